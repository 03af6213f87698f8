package dev.parallax.claims;

import dev.parallax.model.Span;
import dev.parallax.text.Quotations;
import dev.parallax.text.RawText;
import dev.parallax.text.Tokenizer;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds attribution relations in sentences with rules over a reporting-cue lexicon, covering the
 * forms news uses (Pareti et al. 2013: direct quotes are only 30-50% of attributions):
 *
 * <ul>
 *   <li>content first: {@code "…," Melnik said.} / {@code …, sources said.} / {@code …, said the
 *       embassy.}
 *   <li>source first: {@code Melnik said (on Monday) (that) …} / {@code The Post reports that …} /
 *       {@code X told reporters …} / {@code X said: "…"}
 *   <li>{@code according to X}, at the start or the end of the sentence.
 * </ul>
 *
 * Spans are relative to the text given to {@link #extractAll}.
 */
public final class AttributionExtractor implements Serializable {
  private static final int MAX_SOURCE_WORDS = 8;
  private static final int MAX_TRAILER_WORDS = 6;
  private static final Set<String> LEADING_SKIP =
      Set.of("but", "and", "however", "yet", "so", "also", "still", "meanwhile", "instead");
  private static final Set<String> NOT_SOURCES =
      Set.of(
          "it", "this", "that", "which", "what", "there", "as", "who", "when", "if", "than", "to",
          "be", "been", "being", "not", "never", "would", "could", "should", "will", "can");
  private static final Pattern TIME_OR_OBJECT =
      Pattern.compile(
          "^(?:\\s*(?:earlier|later|previously|again|also|repeatedly)\\b|\\s*(?:on|late|early|last|this|in|at|during)\\s+(?:\\p{L}+\\s+){0,2}?"
              + "(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|year|"
              + "morning|afternoon|evening|night|statement|interview|speech|release|post)\\b)+",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern THAT =
      Pattern.compile("^\\s*(?:,\\s*)?that\\b\\s*", Pattern.CASE_INSENSITIVE);

  /** Cues that report speech whatever the sentence's shape; others need a rule to fit. */
  private static final Set<String> SPEECH_CUES =
      Set.of(
          "said",
          "says",
          "say",
          "saying",
          "told",
          "tells",
          "added",
          "adding",
          "adds",
          "wrote",
          "writes",
          "noted",
          "notes",
          "stated",
          "claimed",
          "claiming",
          "insisted",
          "argued",
          "arguing",
          "warned",
          "asked",
          "announced",
          "reported",
          "tweeted",
          "according to");

  private static final Set<String> DETERMINERS =
      Set.of(
          "the", "a", "an", "these", "those", "this", "that", "his", "her", "their", "its", "our",
          "my", "your", "news", "new", "such", "any", "some", "no", "of", "false", "many");

  private static final Pattern PREVIOUS_WORD = Pattern.compile("([\\p{L}]+)\\s+$");
  private static final Pattern TOLD_OBJECT =
      Pattern.compile("^\\s*(?:\\p{L}[\\p{L}.'’-]*\\s+){0,3}?(?=that\\b|[,:“\"])|^\\s*\\p{L}+\\s*");

  private final CueLexicon cues;
  private final CueTagger tagger;
  private final SpanTagger spanTagger;

  /** Parts of speech for the span tagger's sentences. */
  private final dev.parallax.text.PosTagger pos;

  /** Cues from the lexicon only. */
  public AttributionExtractor(CueLexicon cues) {
    this(cues, null, null);
  }

  /** Cues from the lexicon and, where it finds none, from a learnt tagger (null: none). */
  public AttributionExtractor(CueLexicon cues, CueTagger tagger) {
    this(cues, tagger, null);
  }

  /**
   * As {@link #AttributionExtractor(CueLexicon, CueTagger)}, with a learnt span tagger that decides
   * each cue's source and content (null: the rules decide them).
   */
  public AttributionExtractor(CueLexicon cues, CueTagger tagger, SpanTagger spanTagger) {
    this(cues, tagger, spanTagger, dev.parallax.text.PartsOfSpeech.IN_CONTEXT);
  }

  /**
   * As {@link #AttributionExtractor(CueLexicon, CueTagger, SpanTagger)}, with the parts of speech
   * the span tagger reads from {@code pos}.
   */
  public AttributionExtractor(
      CueLexicon cues, CueTagger tagger, SpanTagger spanTagger, dev.parallax.text.PosTagger pos) {
    this.cues = cues;
    this.tagger = tagger;
    this.spanTagger = spanTagger;
    this.pos = java.util.Objects.requireNonNull(pos, "pos");
  }

  /**
   * The extractor with the cue lexicon named by {@code claims.cues}, the tagger named by {@code
   * claims.cue-tagger} (empty: no tagger), the span tagger named by {@code claims.span-tagger}
   * (empty: rules) and the part-of-speech lexicon named by {@code claims.pos-lexicon} (empty:
   * OpenNLP's tagger in context).
   */
  public static AttributionExtractor from(dev.parallax.config.ParallaxConfig config) {
    return from(config, posTagger(config));
  }

  /**
   * The part-of-speech tagger of {@code claims.pos-lexicon}: the lexicon it names, or OpenNLP's
   * tagger in context when it is empty (its model loaded on first use).
   */
  public static dev.parallax.text.PosTagger posTagger(dev.parallax.config.ParallaxConfig config) {
    dev.parallax.text.PosTagger pos =
        model(
            config,
            dev.parallax.config.ConfigKeys.CLAIMS_POS_LEXICON,
            dev.parallax.text.PosLexicon::parse);
    return pos == null ? dev.parallax.text.PartsOfSpeech.IN_CONTEXT : pos;
  }

  /** As {@link #from(dev.parallax.config.ParallaxConfig)}, with the tagger already read. */
  public static AttributionExtractor from(
      dev.parallax.config.ParallaxConfig config, dev.parallax.text.PosTagger pos) {
    CueLexicon lexicon =
        CueLexicon.parse(
            dev.parallax.config.ConfFiles.contentLines(
                config, dev.parallax.config.ConfigKeys.CLAIMS_CUES),
            config.confFile(dev.parallax.config.ConfigKeys.CLAIMS_CUES).toString());
    CueTagger tagger =
        model(config, dev.parallax.config.ConfigKeys.CLAIMS_CUE_TAGGER, CueTagger::parse);
    SpanTagger spans =
        model(config, dev.parallax.config.ConfigKeys.CLAIMS_SPAN_TAGGER, SpanTagger::parse);
    if (pos == dev.parallax.text.PartsOfSpeech.IN_CONTEXT && spans != null) {
      dev.parallax.text.PartsOfSpeech.load();
    }
    return new AttributionExtractor(lexicon, tagger, spans, pos);
  }

  /** The model in the conf file named by {@code key}, read by {@code parse}; empty value: null. */
  private static <T> T model(
      dev.parallax.config.ParallaxConfig config,
      dev.parallax.config.ConfigKey key,
      java.util.function.BiFunction<String, String, T> parse) {
    if (config.get(key).isBlank()) {
      return null;
    }
    return parse.apply(
        dev.parallax.config.ConfFiles.read(config, key), config.confFile(key).toString());
  }

  /** The same rules with another cue tagger (null: lexicon only). */
  public AttributionExtractor withTagger(CueTagger newTagger) {
    return new AttributionExtractor(cues, newTagger, spanTagger, pos);
  }

  /** The same cues with another span tagger (null: the rules decide source and content). */
  public AttributionExtractor withSpanTagger(SpanTagger newSpanTagger) {
    return new AttributionExtractor(cues, tagger, newSpanTagger, pos);
  }

  public CueTagger cueTagger() {
    return tagger;
  }

  public SpanTagger spanTagger() {
    return spanTagger;
  }

  public CueLexicon lexicon() {
    return cues;
  }

  /**
   * Cue spans of a sentence: the lexicon's, and the tagger's that overlap none of them, in order of
   * position.
   */
  List<Span> cueSpans(String sentence) {
    List<Span> lexiconCues = cues.find(sentence);
    if (tagger == null) {
      return lexiconCues;
    }
    List<Span> all = new ArrayList<>(lexiconCues);
    for (Span learnt : tagger.cues(sentence, lexiconCues)) {
      boolean overlaps = false;
      for (Span known : lexiconCues) {
        overlaps |= learnt.start() < known.end() && known.start() < learnt.end();
      }
      if (!overlaps) {
        all.add(learnt);
      }
    }
    all.sort(java.util.Comparator.comparingInt(Span::start));
    return all;
  }

  /**
   * Attributions in a whole raw text, sentences as {@link RawText} finds them. A quotation running
   * over several sentences is one attribution whose content covers them all ({@link QuoteRuns}).
   */
  public List<Attribution> extractAll(String text) {
    List<Attribution> found = new ArrayList<>();
    List<RawText.Sentence> all = RawText.sentences(text);
    for (int first = 0; first < all.size(); ) {
      int last = first;
      while (last < all.size() && all.get(last).paragraph() == all.get(first).paragraph()) {
        last++;
      }
      List<Span> spans = new ArrayList<>();
      all.subList(first, last).forEach(sentence -> spans.add(sentence.span()));
      first = last;
      List<String> sentences = new ArrayList<>();
      List<List<Attribution>> bySentence = new ArrayList<>();
      boolean[] quoted = new boolean[spans.size()];
      boolean open = false;
      for (Span sentence : spans) {
        sentences.add(sentence.of(text));
        bySentence.add(new ArrayList<>(extract(sentence.of(text), open)));
        open = Quotations.openAfter(sentence.of(text), open);
      }
      for (int i = 0; i < spans.size(); i++) {
        int offset = spans.get(i).start();
        List<Attribution> inSentence = bySentence.get(i);
        for (int j = 0; j < inSentence.size(); j++) {
          quoted[i] |= inSentence.get(j).kind().equals("quote");
          inSentence.set(j, shift(inSentence.get(j), offset));
        }
      }
      int[] donors = QuoteRuns.donors(sentences, quoted);
      for (int i = 0; i < donors.length; i++) {
        if (donors[i] < 0) {
          continue;
        }
        List<Attribution> donor = bySentence.get(donors[i]);
        for (int j = 0; j < donor.size(); j++) {
          if (donor.get(j).kind().equals("quote")) {
            int offset = spans.get(i).start();
            Span continued = trim(sentences.get(i), 0, sentences.get(i).length()).shift(offset);
            donor.set(j, donor.get(j).withContentCovering(continued));
            break;
          }
        }
      }
      bySentence.forEach(found::addAll);
    }
    return found;
  }

  /**
   * Attributions in one sentence, one per cue: the first rule that fits (according to, content
   * first, source first); a cue no rule fits still yields its nearest source and the longer side of
   * the sentence as content.
   */
  public List<Attribution> extract(String sentence) {
    return extract(sentence, false);
  }

  /**
   * As {@link #extract(String)}, for a sentence that may start inside a quotation opened by an
   * earlier one: a cue inside a quotation is the quoted speaker's word ("They are training it while
   * telling the world …"), not a report of the quotation, and is passed over.
   */
  public List<Attribution> extract(String sentence, boolean openAtStart) {
    List<Attribution> found = new ArrayList<>();
    SpanTagger.Sentence tagged = null;
    for (Span cue : cueSpans(sentence)) {
      if (passedOver(sentence, cue, openAtStart)
          || (spanTagger == null ? outsideContents(found, cue) : inSource(found, cue))) {
        continue;
      }
      Attribution attribution = byRules(sentence, cue);
      if (spanTagger != null) {
        if (tagged == null) {
          tagged = prepare(sentence); // parts of speech: only for sentences with a cue
        }
        SpanTagger.Spans spans = spanTagger.tag(tagged, cue, attribution);
        Span source = spans.source() != null ? spans.source() : nominalSource(tagged, attribution);
        attribution =
            spans.content() == null
                ? null
                : spans.source() == null && within(spans.content(), source)
                    // Content inside the source ("The ministry rejected ..."): the tagger lost the
                    // cue's sides; the rules' reading stands.
                    ? attribution
                    : attribution(
                        sentence,
                        source,
                        cue,
                        withoutLeadingThat(sentence, spans.content()),
                        isAccordingTo(sentence, cue) ? "according_to" : null);
      }
      if (attribution != null) {
        found.add(attribution);
      }
    }
    return found;
  }

  private static boolean within(Span a, Span b) {
    return b != null && a.start() >= b.start() && a.end() <= b.end();
  }

  /** POS tags that cannot start a source ("in what he called", "and the operator said"). */
  private static final Set<String> NOT_SOURCE_STARTS =
      Set.of("ADP", "SCONJ", "CCONJ", "ADV", "VERB", "AUX", "PART", "PUNCT");

  /**
   * The rules' source where the tagger names none ("Ostland's embassy in Varno on Monday dismissed
   * ..."), when it starts as a noun phrase does.
   */
  private static Span nominalSource(SpanTagger.Sentence tagged, Attribution rules) {
    if (rules == null || rules.source() == null) {
      return null;
    }
    int[] range = tagged.tokenRange(rules.source());
    return range == null || NOT_SOURCE_STARTS.contains(tagged.tags[range[0]])
        ? null
        : rules.source();
  }

  /**
   * "that the Utah Data Center is ...": the content as the claim reads, without the complementiser
   * (PolNeAR's content spans include it; the claim rows should not).
   */
  private static Span withoutLeadingThat(String sentence, Span content) {
    Matcher that = THAT.matcher(content.of(sentence));
    return that.find() && content.start() + that.end() < content.end()
        ? trim(sentence, content.start() + that.end(), content.end())
        : content;
  }

  /** A sentence made ready for the span tagger: its lexicon cues and cue tagger scores. */
  SpanTagger.Sentence prepare(String sentence) {
    List<Span> lexiconCues = cues.find(sentence);
    return new SpanTagger.Sentence(
        sentence, lexiconCues, tagger == null ? null : tagger.scores(sentence, lexiconCues), pos);
  }

  /** A cue candidate of a sentence and what the rules make of it (null: no rule fits). */
  record Candidate(Span cue, Attribution rules) {}

  /**
   * The cues of a sentence that {@link #extract(String, boolean)} considers, each with the rules'
   * attribution: what the span tagger learns from.
   */
  List<Candidate> candidates(String sentence, boolean openAtStart) {
    List<Candidate> candidates = new ArrayList<>();
    List<Attribution> found = new ArrayList<>();
    for (Span cue : cueSpans(sentence)) {
      if (passedOver(sentence, cue, openAtStart) || inSource(found, cue)) {
        continue;
      }
      Attribution rules = byRules(sentence, cue);
      candidates.add(new Candidate(cue, rules));
      if (rules != null) {
        found.add(rules);
      }
    }
    return candidates;
  }

  /** A cue used as a noun ("the claims"), or inside a quotation: the quoted speaker's word. */
  private static boolean passedOver(String sentence, Span cue, boolean openAtStart) {
    return afterDeterminer(sentence, cue.start())
        || Quotations.openAfter(sentence.substring(0, cue.start()), openAtStart);
  }

  private static boolean isAccordingTo(String sentence, Span cue) {
    return cue.of(sentence).toLowerCase(Locale.ROOT).startsWith("according");
  }

  /** The first rule that fits the cue (according to, content first, source first, fallback). */
  Attribution byRules(String sentence, Span cue) {
    Attribution attribution = isAccordingTo(sentence, cue) ? accordingTo(sentence, cue) : null;
    if (attribution == null) {
      attribution = contentFirst(sentence, cue);
    }
    if (attribution == null) {
      attribution = sourceFirst(sentence, cue);
    }
    if (attribution == null
        && (SPEECH_CUES.contains(cue.of(sentence).toLowerCase(Locale.ROOT))
            || !cues.isCue(cue.of(sentence)))) {
      attribution = fallback(sentence, cue);
    }
    return attribution;
  }

  /** A cue inside the source of an attribution already found. */
  private static boolean inSource(List<Attribution> found, Span cue) {
    for (Attribution attribution : found) {
      Span source = attribution.source();
      if (source != null && cue.start() < source.end() && source.start() < cue.end()) {
        return true;
      }
    }
    return false;
  }

  /** A cue in the source or trailer of an attribution already found ("said in a statement"). */
  private static boolean outsideContents(List<Attribution> found, Span cue) {
    for (Attribution attribution : found) {
      Span content = attribution.content();
      boolean inContent = cue.start() >= content.start() && cue.end() <= content.end();
      if (!inContent && cue.start() >= Math.min(content.end(), attribution.cue().start())) {
        return true;
      }
    }
    return false;
  }

  /** "the claims", "news reports", "his plans": the cue word used as a noun. */
  private static boolean afterDeterminer(String sentence, int cueStart) {
    Matcher previous =
        PREVIOUS_WORD.matcher(sentence.substring(Math.max(0, cueStart - 40), cueStart));
    return previous.find() && DETERMINERS.contains(previous.group(1).toLowerCase(Locale.ROOT));
  }

  private Attribution fallback(String sentence, Span cue) {
    Span source =
        skipLeadingWords(sentence, trim(sentence, clauseStart(sentence, cue.start()), cue.start()));
    int sourceWords = words(sentence, source.start(), source.end());
    if (sourceWords > MAX_SOURCE_WORDS || !validSource(source.of(sentence))) {
      source = null;
    }
    Span after = trim(sentence, cue.end(), sentence.length());
    Span before = trim(sentence, 0, source == null ? cue.start() : source.start());
    Span content =
        words(sentence, after.start(), after.end()) >= words(sentence, before.start(), before.end())
            ? after
            : before;
    if (words(sentence, content.start(), content.end()) < 2) {
      return null;
    }
    return attribution(sentence, source, cue, content, null);
  }

  private Attribution accordingTo(String sentence, Span cue) {
    String before = sentence.substring(0, cue.start());
    if (before.replaceAll("[\\s\"“”'‘’(]", "").isEmpty()) {
      int comma = sentence.indexOf(',', cue.end());
      if (comma < 0 || words(sentence, cue.end(), comma) > MAX_SOURCE_WORDS) {
        return null;
      }
      Span source = trim(sentence, cue.end(), comma);
      Span content = trim(sentence, comma + 1, sentence.length());
      return content.isEmpty() ? null : attribution(sentence, source, cue, content, "according_to");
    }
    int end = sentence.indexOf(',', cue.end());
    end = end < 0 ? sentence.length() : end;
    Span source = trim(sentence, cue.end(), end);
    Span content = trim(sentence, 0, cue.start());
    if (source.isEmpty()
        || content.isEmpty()
        || words(sentence, source.start(), source.end()) > MAX_SOURCE_WORDS) {
      return null;
    }
    return attribution(sentence, source, cue, content, "according_to");
  }

  /** {@code CONTENT, SOURCE CUE (trailer).} or {@code CONTENT, CUE SOURCE.} */
  private Attribution contentFirst(String sentence, Span cue) {
    String after = sentence.substring(cue.end());
    int separator = lastSeparator(sentence, cue.start());
    // After a closed quotation the trailer may run on ("…," Christie said in an interview that
    // aired Wednesday night.); after plain text it must be short, or the clause is the content.
    boolean afterQuotation =
        separator > 0 && sentence.substring(0, separator).matches("(?s).*[”\"],?\\s*$");
    if (separator > 0
        && words(sentence, separator, cue.start()) >= 1
        && words(sentence, separator, cue.start()) <= MAX_SOURCE_WORDS
        && (afterQuotation || words(sentence, cue.end(), sentence.length()) <= MAX_TRAILER_WORDS)) {
      Span source = trim(sentence, separator, cue.start());
      Span content = trim(sentence, 0, separator);
      if (validSource(source.of(sentence)) && words(sentence, 0, separator) >= 3) {
        return attribution(sentence, source, cue, content, null);
      }
    }
    // "…," said Doug Cole, a consultant whose firm …: the source ends at an apposition's comma.
    int comma = sentence.indexOf(',', cue.end());
    int sourceEnd = comma < 0 ? sentence.length() : comma;
    if (separator > 0
        && sentence.substring(separator, cue.start()).isBlank()
        && words(sentence, cue.end(), sourceEnd) >= 1
        && words(sentence, cue.end(), sourceEnd) <= MAX_SOURCE_WORDS
        && words(sentence, 0, separator) >= 3) {
      Span source = trim(sentence, cue.end(), sourceEnd);
      Span content = trim(sentence, 0, separator);
      return attribution(sentence, source, cue, content, null);
    }
    return null;
  }

  /** {@code SOURCE CUE (object) (time) (that) CONTENT}. */
  private Attribution sourceFirst(String sentence, Span cue) {
    int start = clauseStart(sentence, cue.start());
    Span source = trim(sentence, start, cue.start());
    source = skipLeadingWords(sentence, source);
    source = dropTrailingAuxiliaries(sentence, source);
    int sourceWords = words(sentence, source.start(), source.end());
    if (sourceWords < 1 || sourceWords > MAX_SOURCE_WORDS || !validSource(source.of(sentence))) {
      return null;
    }
    int contentStart = cue.end();
    String cueText = cue.of(sentence).toLowerCase(Locale.ROOT);
    String rest = sentence.substring(contentStart);
    if (cueText.startsWith("told") || cueText.startsWith("tell")) {
      Matcher object =
          Pattern.compile(
                  "^\\s*(?:\\p{L}[\\p{L}.'’-]*\\s+){0,3}?(?=that\\b|[,:“\"])|^\\s*\\p{L}+\\s*")
              .matcher(rest);
      if (object.find()) {
        contentStart += object.end();
      }
    }
    Matcher time = TIME_OR_OBJECT.matcher(sentence.substring(contentStart));
    if (time.find()) {
      contentStart += time.end();
    }
    Matcher that = THAT.matcher(sentence.substring(contentStart));
    if (that.find()) {
      contentStart += that.end();
    }
    while (contentStart < sentence.length()
        && ":,—– ".indexOf(sentence.charAt(contentStart)) >= 0) {
      contentStart++;
    }
    Span content = trim(sentence, contentStart, sentence.length());
    if (words(sentence, content.start(), content.end()) < 3) {
      return null;
    }
    return attribution(sentence, source, cue, content, null);
  }

  private Attribution attribution(
      String sentence, Span source, Span cue, Span content, String kind) {
    String resolvedKind = kind;
    if (resolvedKind == null) {
      String text = content.of(sentence);
      resolvedKind =
          text.matches("(?s)^[\"“‘].*") || text.matches("(?s).*[\"”’]$") ? "quote" : "indirect";
    }
    return new Attribution(
        source == null || source.isEmpty() ? null : source,
        cue,
        content,
        resolvedKind,
        cues.stanceOf(cue.of(sentence)));
  }

  private static boolean validSource(String source) {
    String lower = source.toLowerCase(Locale.ROOT).strip();
    String first = lower.split("\\s+")[0];
    return !lower.isEmpty()
        && !NOT_SOURCES.contains(first)
        && words(source, 0, source.length()) > 0;
  }

  /** Position just after the last comma, closing quote or dash before {@code limit}, or -1. */
  private static int lastSeparator(String sentence, int limit) {
    for (int i = limit - 1; i >= 0; i--) {
      char c = sentence.charAt(i);
      if (c == ',' || c == '”' || c == '—' || c == '"' && i > 0 && sentence.charAt(i - 1) == ',') {
        return i + 1;
      }
    }
    return -1;
  }

  private static int clauseStart(String sentence, int limit) {
    for (int i = limit - 1; i >= 0; i--) {
      char c = sentence.charAt(i);
      if (c == ',' || c == ';' || c == ':' || c == '“' || c == '”' || c == '"' || c == '('
          || c == '—') {
        return i + 1;
      }
    }
    return 0;
  }

  private static final Pattern TRAILING_AUXILIARY =
      Pattern.compile(
          "(?:\\s+(?:has|have|had|was|were|is|are|also|then|once|previously|repeatedly|reportedly))+$",
          Pattern.CASE_INSENSITIVE);

  /** "Melnik had said": the source is Melnik. */
  private static Span dropTrailingAuxiliaries(String sentence, Span source) {
    Matcher auxiliary = TRAILING_AUXILIARY.matcher(source.of(sentence));
    return auxiliary.find()
        ? trim(sentence, source.start(), source.start() + auxiliary.start())
        : source;
  }

  private static Span skipLeadingWords(String sentence, Span span) {
    int[] start = {span.start()};
    boolean[] skipping = {true};
    String part = sentence.substring(span.start(), span.end());
    Tokenizer.tokens(
        part,
        span.start(),
        (from, to) -> {
          if (skipping[0] && LEADING_SKIP.contains(Tokenizer.form(sentence, from, to))) {
            start[0] = to;
          } else {
            skipping[0] = false;
          }
        });
    return trim(sentence, start[0], span.end());
  }

  /** How many words {@code text[start, end)} holds ({@link Tokenizer#countWords}). */
  static int words(String text, int start, int end) {
    return Tokenizer.countWords(text, start, end);
  }

  /** The span without surrounding spaces and separating punctuation (quotes are kept). */
  static Span trim(String text, int start, int end) {
    int from = Math.max(0, start);
    int to = Math.min(text.length(), end);
    while (from < to && " \t\n,;:—–".indexOf(text.charAt(from)) >= 0) {
      from++;
    }
    while (to > from && " \t\n,;:.—–".indexOf(text.charAt(to - 1)) >= 0) {
      to--;
    }
    return new Span(from, to);
  }

  private static Attribution shift(Attribution attribution, int offset) {
    return new Attribution(
        attribution.source() == null ? null : attribution.source().shift(offset),
        attribution.cue().shift(offset),
        attribution.content().shift(offset),
        attribution.kind(),
        attribution.stance());
  }
}
