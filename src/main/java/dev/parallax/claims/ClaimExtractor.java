package dev.parallax.claims;

import dev.parallax.model.AnalysedArticle;
import dev.parallax.model.Article;
import dev.parallax.model.ClaimMention;
import dev.parallax.model.DenialMention;
import dev.parallax.model.Sentence;
import dev.parallax.model.Span;
import dev.parallax.text.PageDebris;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The claims an article carries: every attributed statement ({@link AttributionExtractor}), and
 * unattributed sentences that carry checkable facts — a number, or at least two names. Placement
 * says where each stands (headline, lead, body). A pronoun source ("he said") is resolved to the
 * last multi-word name earlier in the paragraph.
 */
public final class ClaimExtractor implements Serializable {
  private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "we", "i");

  private static final java.util.regex.Pattern DENIED_BY =
      java.util.regex.Pattern.compile(
          "\\bdenied by\\s+([^,.;]+)", java.util.regex.Pattern.CASE_INSENSITIVE);

  private final AttributionExtractor attributions;
  private final DenialCues denialCues;
  private final RebuttalFeatures rebuttals;

  /** An extractor whose denials are the cue sentences only. */
  public ClaimExtractor(AttributionExtractor attributions, DenialCues denialCues) {
    this(attributions, denialCues, null);
  }

  /**
   * @param rebuttals the signals by which a sentence without a denial cue becomes a rebuttal
   *     candidate (a denial mention with an empty cue, for the linker's rebuttal model), or null
   *     for none
   */
  public ClaimExtractor(
      AttributionExtractor attributions, DenialCues denialCues, RebuttalFeatures rebuttals) {
    this.attributions = attributions;
    this.denialCues = denialCues;
    this.rebuttals = rebuttals;
  }

  /** Claims only (no denial detection), for callers that need just the mentions. */
  public List<ClaimMention> extract(AnalysedArticle article) {
    return analyse(article).claims();
  }

  /** Claim mentions and denial mentions of an article. */
  public ArticleClaims analyse(AnalysedArticle analysed) {
    Article article = analysed.article();
    String text = analysed.text();
    List<ClaimMention> claims = new ArrayList<>();
    List<DenialMention> denials = new ArrayList<>();
    List<Sentence> all = analysed.sentences();
    int next = 0;
    if (!all.isEmpty() && all.get(0).isHeadline()) {
      String title = all.get(0).text(text);
      Place place = new Place(analysed, all.get(0).start(), "headline", -1, -1);
      claimsOf(place, title, attributions.extract(title), null, "", claims);
      denialOf(place, title, claims, denials);
      next = 1;
    }
    while (next < all.size()) {
      // One paragraph's sentences: quotations run over them, "he" looks back within them.
      int paragraphEnd = next;
      while (paragraphEnd < all.size()
          && all.get(paragraphEnd).paragraph() == all.get(next).paragraph()) {
        paragraphEnd++;
      }
      List<Sentence> paragraph = all.subList(next, paragraphEnd);
      next = paragraphEnd;
      List<String> sentences = new ArrayList<>();
      List<List<Attribution>> found = new ArrayList<>();
      for (Sentence span : paragraph) {
        String sentence = span.content(text);
        sentences.add(sentence);
        found.add(attributions.extract(sentence, span.quoteOpenAtStart()));
      }
      int[] donors = QuoteRuns.donors(sentences, quoteFlags(found));
      String lastName = "";
      for (int i = 0; i < sentences.size(); i++) {
        String sentence = sentences.get(i);
        Sentence span = paragraph.get(i);
        Place place =
            new Place(
                analysed,
                span.contentStart(),
                span.placement().reportValue(),
                span.paragraph(),
                span.bodyIndex());
        int before = claims.size();
        Continued continued =
            donors[i] < 0 ? null : continued(sentences.get(donors[i]), found.get(donors[i]));
        if (PageDebris.isDebris(sentence)) {
          continue; // an embedded post's signature, a credit, a byline: never a claim
        }
        claimsOf(place, sentence, found.get(i), continued, lastName, claims);
        denialOf(place, sentence, claims.subList(before, claims.size()), denials);
        for (ClaimMention claim : claims.subList(before, claims.size())) {
          if (!claim.source().isEmpty()
              && Character.isUpperCase(claim.source().charAt(0))
              && !PRONOUNS.contains(claim.source().toLowerCase(Locale.ROOT))) {
            lastName = claim.source();
          }
        }
        for (String mention : place.names(0, sentence.length())) {
          if (!mention.startsWith("#") && mention.contains(" ")) {
            lastName = properCase(sentence, mention);
          }
        }
      }
    }
    return new ArticleClaims(claims, denials);
  }

  private void denialOf(
      Place place,
      String sentence,
      List<ClaimMention> sentenceClaims,
      List<DenialMention> denials) {
    DenialCues.Found cue = denialCues.find(sentence);
    if (cue == null && (rebuttals == null || !rebuttals.candidate(sentence))) {
      return;
    }
    String denier = "";
    String denied = sentence.strip();
    // The denier is the source of the sentence's first attribution, or where the denial cue sits
    // in a nested report, of the innermost one holding it: in "Varnia says Ostland armed Keld;
    // Ostland says the claim is fabricated", Ostland.
    String cueText = cue == null ? "" : cue.cue().of(sentence);
    ClaimMention innermost = null;
    for (ClaimMention claim : sentenceClaims) {
      if (claim.sentence() != place.sentence() || claim.source().isEmpty()) {
        continue;
      }
      if (innermost == null
          || !cueText.isEmpty()
              && claim.content().contains(cueText)
              && claim.content().length() < innermost.content().length()
              && innermost.content().contains(claim.content())) {
        innermost = claim;
      }
    }
    if (innermost != null) {
      denier = innermost.source();
      denied = innermost.content();
    }
    java.util.regex.Matcher passive = DENIED_BY.matcher(sentence);
    if (passive.find()) {
      denier = passive.group(1).strip();
    }
    Article article = place.analysed().article();
    denials.add(
        new DenialMention(
            article.id(),
            article.outlet(),
            article.url(),
            place.placement(),
            place.paragraph(),
            place.sentence(),
            sentence.strip(),
            denier,
            denied,
            cue == null ? "denial" : cue.kind(),
            place.terms(0, sentence.length()),
            cue == null ? "" : cue.cue().of(sentence)));
  }

  /**
   * Where a sentence stands: its article, the offset of its text in the article's text, its
   * placement, paragraph and body sentence index. Offsets given to it are within the sentence.
   */
  private record Place(
      AnalysedArticle analysed, int offset, String placement, int paragraph, int sentence) {
    List<String> terms(int start, int end) {
      return analysed.terms(offset + start, offset + end);
    }

    List<String> names(int start, int end) {
      return analysed.mentions(offset + start, offset + end);
    }
  }

  /**
   * An attribution as text: its source and cue read in the sentence that holds them, its content a
   * span of the sentence being read.
   */
  private record Said(String source, String cue, Span content, String kind, String stance) {
    static Said of(Attribution attribution, String holder, Span content, String kind) {
      return new Said(
          attribution.source() == null ? "" : attribution.source().of(holder),
          attribution.cue().of(holder),
          content,
          kind == null ? attribution.kind() : kind,
          attribution.stance());
    }
  }

  /** The sentence without its leading and trailing whitespace, as a span. */
  private static Span stripped(String sentence) {
    int start = 0;
    int end = sentence.length();
    while (start < end && Character.isWhitespace(sentence.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(sentence.charAt(end - 1))) {
      end--;
    }
    return new Span(start, end);
  }

  /** The source and cue of a quote attribution that a later or earlier sentence continues. */
  private record Continued(Attribution attribution, String sentence) {}

  private static boolean[] quoteFlags(List<List<Attribution>> found) {
    boolean[] quoted = new boolean[found.size()];
    for (int i = 0; i < quoted.length; i++) {
      for (Attribution attribution : found.get(i)) {
        quoted[i] |= attribution.kind().equals("quote");
      }
    }
    return quoted;
  }

  private static Continued continued(String sentence, List<Attribution> found) {
    for (Attribution attribution : found) {
      if (attribution.kind().equals("quote")) {
        return new Continued(attribution, sentence);
      }
    }
    return null;
  }

  private void claimsOf(
      Place place,
      String sentence,
      List<Attribution> found,
      Continued continued,
      String lastName,
      List<ClaimMention> claims) {
    List<Said> said = new ArrayList<>();
    for (Attribution attribution : found) {
      said.add(Said.of(attribution, sentence, attribution.content(), null));
    }
    if (found.isEmpty() && continued != null) {
      // A further sentence of a quotation attributed in another sentence of the paragraph.
      said.add(Said.of(continued.attribution(), continued.sentence(), stripped(sentence), "quote"));
    }
    for (Said statement : said) {
      String source = statement.source();
      if (PRONOUNS.contains(source.toLowerCase(Locale.ROOT)) && !lastName.isEmpty()) {
        source = lastName;
      }
      claims.add(
          mention(
              place,
              sentence,
              source,
              statement.cue(),
              statement.content(),
              statement.kind(),
              statement.stance()));
    }
    if (said.isEmpty() && isFactual(place.names(0, sentence.length()))) {
      claims.add(mention(place, sentence, "", "", stripped(sentence), "unattributed", ""));
    } else if (said.isEmpty()) {
      // Neither attributed nor factual: a claim only where it restates another mention closely
      // (ClaimAligner), e.g. a quotation's further sentence whose opening mark another outlet kept.
      Span whole = stripped(sentence);
      if (AttributionExtractor.words(sentence, whole.start(), whole.end()) >= OWN_CLAUSE_WORDS) {
        claims.add(mention(place, sentence, "", "", whole, ClaimMention.RESTATEMENT, ""));
      }
    } else if (!found.isEmpty()) {
      // "The National Bank pushed its key rate to 4.25 percent on Thursday, a move critics say
      // punishes families": the outlet's own statement before the attributed part is a claim too.
      int first = sentence.length();
      for (Attribution attribution : found) {
        first = Math.min(first, attribution.cue().start());
        first = Math.min(first, attribution.content().start());
        if (attribution.source() != null) {
          first = Math.min(first, attribution.source().start());
        }
      }
      Span own = AttributionExtractor.trim(sentence, 0, first);
      if (AttributionExtractor.words(sentence, own.start(), own.end()) >= OWN_CLAUSE_WORDS
          && isFactual(place.names(own.start(), own.end()))) {
        claims.add(mention(place, sentence, "", "", own, "unattributed", ""));
      }
    }
  }

  /** Words an unattributed clause before an attribution needs to be a claim of its own. */
  private static final int OWN_CLAUSE_WORDS = 6;

  private static ClaimMention mention(
      Place place,
      String sentence,
      String source,
      String cue,
      Span content,
      String kind,
      String stance) {
    Article article = place.analysed().article();
    return new ClaimMention(
        article.id(),
        article.outlet(),
        article.url(),
        article.published() == null ? null : article.published().toEpochMilli(),
        place.placement(),
        place.paragraph(),
        place.sentence(),
        sentence,
        source,
        cue,
        content.of(sentence),
        kind,
        stance,
        place.terms(content.start(), content.end()),
        place.names(content.start(), content.end()));
  }

  /** A sentence with a number, or with two or more names, states checkable facts. */
  static boolean isFactual(List<String> names) {
    int count = 0;
    for (String mention : names) {
      if (mention.startsWith("#")) {
        return true;
      }
      count++;
    }
    return count >= 2;
  }

  /** The mention as written in the sentence (mentions are lower-cased). */
  private static String properCase(String sentence, String mention) {
    int at = sentence.toLowerCase(Locale.ROOT).indexOf(mention);
    return at < 0 ? mention : sentence.substring(at, at + mention.length());
  }
}
