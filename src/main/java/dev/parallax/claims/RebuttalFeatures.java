package dev.parallax.claims;

import dev.parallax.config.ConfigException;
import dev.parallax.model.Claim;
import dev.parallax.model.ClaimMention;
import dev.parallax.model.DenialMention;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What tells a rebuttal without a denial verb from any other sentence of an event: the signals of
 * the sentence itself ({@code conf/rebuttal-signals.txt}: negation and whether it stands inside a
 * quotation, a response verb, a contrast, an evaluation of what was said; first person; attributed
 * or not; where it stands) and how it stands to the claim it would answer — the event's claim that
 * explains most of its terms ({@link DenialLinker}): how much, whether that claim is someone
 * else's, whether the speaker is named in the claim's content (the target of an accusation
 * answering it, METHODS.md), whether other outlets carry the claim, and whether the sentence is
 * itself a claim that several outlets carry.
 */
public final class RebuttalFeatures implements Serializable {
  /** Feature names, in the order of {@link #of}. */
  public static final List<String> NAMES =
      List.of(
          "negation",
          "negation_quoted",
          "first_person",
          "attributed",
          "response",
          "contrast",
          "evaluation",
          "headline",
          "lead",
          "words",
          "share",
          "linked",
          "other_source",
          "target",
          "other_outlet",
          "claim_outlets",
          "shared_claim",
          "negation_x_share",
          "first_person_x_negation",
          "target_x_negation",
          "scope_share",
          "scope_terms",
          "target_any",
          "scope_x_target_any",
          "reported_negation",
          "own_negation",
          "answers_earlier");

  static final List<String> KINDS = List.of("negation", "response", "contrast", "evaluation");

  private static final Pattern FIRST_PERSON =
      Pattern.compile("\\b(?:I|I'm|I’m|I've|I’ve|I'd|I’d|me|my|we|We|we're|we’re|our|Our|us)\\b");

  /** A negation reported of its speaker: "said he never questioned", "says it does not". */
  private static final Pattern REPORTED_NEGATION =
      Pattern.compile(
          "\\b(?:said|says|saying|insisted|insists|maintained|maintains|added|stressed)\\s+"
              + "(?:that\\s+)?(?:he|she|they|it|we|I|the \\w+)\\s+(?:\\w+\\s+)?"
              + "(?:did not|didn['’]t|does not|doesn['’]t|do not|don['’]t|had not|hadn['’]t"
              + "|has not|hasn['’]t|have not|haven['’]t|was not|wasn['’]t|is not|isn['’]t"
              + "|were not|weren['’]t|never|would not|wouldn['’]t)\\b");

  /** The speaker's own negated statement: a quotation opening with "I" or "we" and a negation. */
  private static final Pattern OWN_NEGATION =
      Pattern.compile("[\"“]\\s*(?:I|We|we)\\b[^\"”]{0,40}?(?:\\b(?:not|never|no)\\b|n['’]t\\b)");

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}']+");
  private static final Set<String> NOT_NAMES =
      Set.of(
          "he",
          "she",
          "they",
          "we",
          "i",
          "it",
          "the",
          "a",
          "an",
          "mr",
          "mrs",
          "ms",
          "dr",
          "sen",
          "rep",
          "president",
          "officials",
          "official",
          "spokesman",
          "spokeswoman",
          "of",
          "and",
          "said",
          "says");

  private final Map<String, String> expressions;
  private transient Map<String, Pattern> patterns;

  public RebuttalFeatures(Map<String, String> expressions) {
    for (String kind : KINDS) {
      if (!expressions.containsKey(kind)) {
        throw new ConfigException("rebuttal signals: no '" + kind + "' line");
      }
    }
    this.expressions = Map.copyOf(expressions);
    compile();
  }

  /** The signals named by {@code denials.rebuttal-signals}. */
  public static RebuttalFeatures from(dev.parallax.config.ParallaxConfig config) {
    return parse(
        dev.parallax.config.ConfFiles.contentLines(
            config, dev.parallax.config.ConfigKeys.DENIALS_REBUTTAL_SIGNALS),
        config.confFile(dev.parallax.config.ConfigKeys.DENIALS_REBUTTAL_SIGNALS).toString());
  }

  /** Parses {@code kind|regex} lines; several lines of one kind are alternatives. */
  public static RebuttalFeatures parse(List<String> lines, String origin) {
    return new RebuttalFeatures(KindExpressions.parse(lines, origin, KINDS));
  }

  private void compile() {
    patterns = KindExpressions.compile(expressions, "rebuttal signal");
  }

  private Pattern pattern(String kind) {
    if (patterns == null) {
      compile();
    }
    return patterns.get(kind);
  }

  /**
   * Whether a sentence without a denial cue is worth scoring as a rebuttal: it negates something,
   * or answers, counters or evaluates what was said.
   */
  public boolean candidate(String sentence) {
    for (String kind : KINDS) {
      if (!kind.equals("contrast") && pattern(kind).matcher(sentence).find()) {
        return true;
      }
    }
    return false;
  }

  /**
   * How a candidate stands to the event's claims.
   *
   * @param best the claim the linker would tie it to, or null
   * @param share the share of the sentence's terms that claim explains (0 without one)
   * @param sharedClaim whether the sentence is itself a member of a claim of 2+ outlets
   * @param scopeShare the largest share of the negation scopes' terms ({@link #scopeTerms}) that
   *     one claim of the event uses (the sentence's own mentions left out)
   * @param scopeCount how many scope terms that claim uses
   * @param targetAny whether the speaker is named in the content of a claim someone else makes
   * @param answersEarlier whether the claim has a member earlier in the same article, by someone
   *     else (the sentence answers what the article reported before)
   */
  public record Link(
      Claim best,
      double share,
      boolean sharedClaim,
      double scopeShare,
      int scopeCount,
      boolean targetAny,
      boolean answersEarlier) {}

  /** The features of a candidate sentence against its event's claims, in {@link #NAMES} order. */
  public double[] of(DenialMention candidate, Link link) {
    String sentence = candidate.sentenceText();
    int negations = 0;
    boolean negationQuoted = false;
    Matcher negation = pattern("negation").matcher(sentence);
    while (negation.find()) {
      negations++;
      negationQuoted |= insideQuotes(sentence, negation.start());
    }
    boolean firstPerson = FIRST_PERSON.matcher(sentence).find();
    boolean attributed = !candidate.denier().isEmpty();
    Claim best = link.best();
    boolean linked = best != null;
    boolean otherSource =
        linked && !lastWord(best.source()).isEmpty() && !sameSpeaker(best.source(), candidate);
    boolean target = linked && attributed && named(candidate.denier(), best);
    boolean otherOutlet =
        linked && best.outletsPresent().stream().anyMatch(o -> !o.equals(candidate.outlet()));
    double[] values = new double[NAMES.size()];
    values[0] = Math.min(negations, 3);
    values[1] = negationQuoted ? 1 : 0;
    values[2] = firstPerson ? 1 : 0;
    values[3] = attributed ? 1 : 0;
    values[4] = pattern("response").matcher(sentence).find() ? 1 : 0;
    values[5] = pattern("contrast").matcher(sentence).find() ? 1 : 0;
    values[6] = pattern("evaluation").matcher(sentence).find() ? 1 : 0;
    values[7] = candidate.placement().equals("headline") ? 1 : 0;
    values[8] = candidate.placement().equals("lead") ? 1 : 0;
    values[9] = Math.log1p(words(sentence));
    values[10] = link.share();
    values[11] = linked ? 1 : 0;
    values[12] = otherSource ? 1 : 0;
    values[13] = target ? 1 : 0;
    values[14] = otherOutlet ? 1 : 0;
    values[15] = linked ? Math.min(best.outletsPresent().size(), 5) : 0;
    values[16] = link.sharedClaim() ? 1 : 0;
    values[17] = negations > 0 ? link.share() : 0;
    values[18] = firstPerson && negations > 0 ? 1 : 0;
    values[19] = target && negations > 0 ? 1 : 0;
    values[20] = link.scopeShare();
    values[21] = Math.min(link.scopeCount(), 4);
    values[22] = link.targetAny() ? 1 : 0;
    values[23] = link.targetAny() ? link.scopeShare() : 0;
    values[24] = REPORTED_NEGATION.matcher(sentence).find() ? 1 : 0;
    values[25] = OWN_NEGATION.matcher(sentence).find() ? 1 : 0;
    values[26] = link.answersEarlier() ? 1 : 0;
    return values;
  }

  /**
   * The stemmed content terms in the scope of the sentence's negations: from each negation to the
   * end of its clause (a comma, semicolon, colon, dash or quotation mark) — what is negated, which
   * a rebuttal shares with the claim it answers (de Marneffe et al. 2008).
   */
  public Set<String> scopeTerms(String sentence) {
    Set<String> terms = new java.util.LinkedHashSet<>();
    Matcher negation = pattern("negation").matcher(sentence);
    while (negation.find()) {
      int end = negation.end();
      while (end < sentence.length() && ",;:—–\"“”".indexOf(sentence.charAt(end)) < 0) {
        end++;
      }
      terms.addAll(dev.parallax.text.Terms.of(sentence.substring(negation.end(), end)));
    }
    return terms;
  }

  /** Whether an odd number of quotation marks stand before the offset. */
  static boolean insideQuotes(String sentence, int offset) {
    int marks = 0;
    for (int i = 0; i < offset; i++) {
      char c = sentence.charAt(i);
      if (c == '"' || c == '“' || c == '”') {
        marks++;
      }
    }
    return marks % 2 == 1;
  }

  private static int words(String sentence) {
    int count = 0;
    Matcher matcher = WORD.matcher(sentence);
    while (matcher.find()) {
      count++;
    }
    return count;
  }

  private static boolean sameSpeaker(String source, DenialMention candidate) {
    String claimSpeaker = lastWord(source);
    return !candidate.denier().isEmpty() && claimSpeaker.equals(lastWord(candidate.denier()));
  }

  /** Whether a name word of the speaker occurs in the content of one of the claim's members. */
  static boolean named(String speaker, Claim claim) {
    List<String> names = nameWords(speaker);
    if (names.isEmpty()) {
      return false;
    }
    for (ClaimMention member : claim.members()) {
      String content = member.content().toLowerCase(Locale.ROOT);
      for (String name : names) {
        if (containsWord(content, name)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The capitalised words of a speaker ("Sen. Jim DeMint" → jim, demint), lower-cased. */
  static List<String> nameWords(String speaker) {
    List<String> names = new java.util.ArrayList<>();
    Matcher matcher = WORD.matcher(speaker);
    while (matcher.find()) {
      String word = matcher.group();
      String lower = word.toLowerCase(Locale.ROOT);
      if (Character.isUpperCase(word.charAt(0))
          && word.length() > 1
          && !NOT_NAMES.contains(lower)) {
        names.add(lower);
      }
    }
    return names;
  }

  private static boolean containsWord(String text, String word) {
    int from = 0;
    while (true) {
      int at = text.indexOf(word, from);
      if (at < 0) {
        return false;
      }
      int end = at + word.length();
      boolean startOk = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
      boolean endOk = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
      if (startOk && endOk) {
        return true;
      }
      from = at + 1;
    }
  }

  static String lastWord(String source) {
    if (source == null) {
      return "";
    }
    String[] words = source.strip().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
    return words.length == 0 ? "" : words[words.length - 1];
  }
}
