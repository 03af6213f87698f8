package dev.parallax.claims;

import dev.parallax.config.ConfigException;
import dev.parallax.text.RawText;
import dev.parallax.text.Terms;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a text does with a claim (a headline), as numbers for {@link StanceModel}: whether it is
 * about the claim at all (headline terms in the text, in its lead), whether its denial cues stand
 * in sentences about the claim (the denial must be tied to the claim: "who denies what"), and the
 * doubt, hedge and negation words around it. Denial cues come from {@code denial-cues.txt}; doubt,
 * hedge and negation cues from {@code stance-cues.txt} ({@code kind|regex}).
 */
public final class StanceFeatures implements Serializable {
  /** Feature names, in the order of {@link #of}. */
  public static final List<String> NAMES =
      List.of(
          "related",
          "related_lead",
          "denial_overlap",
          "denial_sentences_related",
          "denial_sentences",
          "denial_lead",
          "doubt_text",
          "doubt_headline",
          "hedge_text",
          "negated_related",
          "retraction",
          "refusal",
          "sentences",
          "related_high",
          "related_x_doubt_text",
          "related_x_doubt_headline",
          "related_x_doubt_text_only",
          "related_x_doubt_headline_only",
          "related_x_denial_headline",
          "related_x_hedge",
          "doubt_density",
          "doubt_related",
          "doubt_related_lead",
          "denial_overlap_headline_plain");

  private static final int LEAD = 3;
  private static final double ABOUT_THE_CLAIM = 0.2;

  private final DenialCues denials;
  private final Map<String, String> expressions;
  private transient Map<String, Pattern> patterns;

  public StanceFeatures(DenialCues denials, Map<String, String> expressions) {
    for (String kind : List.of("doubt", "hedge", "negation")) {
      if (!expressions.containsKey(kind)) {
        throw new ConfigException("stance cues: no '" + kind + "' line");
      }
    }
    this.denials = denials;
    this.expressions = Map.copyOf(expressions);
    compile();
  }

  /** The cues named by {@code denials.cues} and {@code denials.stance-cues}. */
  public static StanceFeatures from(dev.parallax.config.ParallaxConfig config) {
    return parse(
        DenialCues.from(config),
        dev.parallax.config.ConfFiles.contentLines(
            config, dev.parallax.config.ConfigKeys.DENIALS_STANCE_CUES),
        config.confFile(dev.parallax.config.ConfigKeys.DENIALS_STANCE_CUES).toString());
  }

  /** Parses {@code kind|regex} lines; several lines of one kind are alternatives. */
  public static StanceFeatures parse(DenialCues denials, List<String> lines, String origin) {
    return new StanceFeatures(
        denials, KindExpressions.parse(lines, origin, List.of("doubt", "hedge", "negation")));
  }

  private void compile() {
    patterns = KindExpressions.compile(expressions, "stance cue");
  }

  /** Whether a sentence casts doubt on or denies something: a doubt cue or a denial cue. */
  public boolean doubts(String sentence) {
    if (patterns == null) {
      compile();
    }
    DenialCues.Found cue = denials.find(sentence);
    return (cue != null && !cue.kind().equals("refusal_to_comment"))
        || patterns.get("doubt").matcher(sentence).find();
  }

  /** A text analysed once, to be set against many claims. */
  public record Text(
      List<Set<String>> sentenceTerms,
      List<String> cueKinds,
      boolean[] negated,
      int[] sentenceDoubts,
      int hedges,
      int doubts)
      implements Serializable {
    /** Sentences with a denial cue. */
    public int denialCount() {
      int found = 0;
      for (String kind : cueKinds) {
        if ("denial".equals(kind)) {
          found++;
        }
      }
      return found;
    }
  }

  /** Analyses a text (paragraphs separated by line breaks). */
  public Text analyse(String text) {
    if (patterns == null) {
      compile();
    }
    List<Set<String>> sentenceTerms = new ArrayList<>();
    List<String> cueKinds = new ArrayList<>();
    List<Boolean> negated = new ArrayList<>();
    List<Integer> sentenceDoubts = new ArrayList<>();
    int hedges = 0;
    int doubts = 0;
    for (RawText.Sentence span : RawText.sentences(text)) {
      {
        String sentence = span.span().of(text);
        sentenceTerms.add(new HashSet<>(Terms.of(sentence)));
        DenialCues.Found cue = denials.find(sentence);
        cueKinds.add(cue == null ? null : cue.kind());
        negated.add(patterns.get("negation").matcher(sentence).find());
        hedges += count(patterns.get("hedge"), sentence);
        int doubt = count(patterns.get("doubt"), sentence);
        sentenceDoubts.add(doubt);
        doubts += doubt;
      }
    }
    boolean[] flags = new boolean[negated.size()];
    for (int i = 0; i < flags.length; i++) {
      flags[i] = negated.get(i);
    }
    return new Text(
        sentenceTerms,
        cueKinds,
        flags,
        sentenceDoubts.stream().mapToInt(Integer::intValue).toArray(),
        hedges,
        doubts);
  }

  /** The features of a claim and a text. */
  public double[] of(String claim, String text) {
    return of(claim, analyse(text));
  }

  /** The features of a claim and an analysed text. */
  public double[] of(String claim, Text text) {
    if (patterns == null) {
      compile();
    }
    Set<String> claimTerms = new HashSet<>(Terms.of(claim));
    Set<String> textTerms = new HashSet<>();
    Set<String> leadTerms = new HashSet<>();
    double denialOverlap = 0;
    int denialRelated = 0;
    int denialSentences = 0;
    double denialLead = 0;
    int negatedRelated = 0;
    int doubtRelated = 0;
    double doubtRelatedLead = 0;
    double retraction = 0;
    double refusal = 0;
    int sentences = text.sentenceTerms().size();
    for (int i = 0; i < sentences; i++) {
      Set<String> terms = text.sentenceTerms().get(i);
      textTerms.addAll(terms);
      if (i < LEAD) {
        leadTerms.addAll(terms);
      }
      double overlap = share(claimTerms, terms);
      String kind = text.cueKinds().get(i);
      if (kind != null) {
        switch (kind) {
          case "refusal_to_comment" -> refusal = 1;
          case "retraction" -> retraction = Math.max(retraction, overlap > 0 ? 1 : 0.5);
          default -> {
            denialSentences++;
            denialOverlap = Math.max(denialOverlap, overlap);
            if (overlap >= ABOUT_THE_CLAIM) {
              denialRelated++;
              if (i < LEAD) {
                denialLead = 1;
              }
            }
          }
        }
      }
      if (overlap >= ABOUT_THE_CLAIM && text.negated()[i]) {
        negatedRelated++;
      }
      if (overlap >= ABOUT_THE_CLAIM && (text.sentenceDoubts()[i] > 0 || "denial".equals(kind))) {
        doubtRelated++;
        if (i < LEAD) {
          doubtRelatedLead = 1;
        }
      }
    }
    double related = share(claimTerms, textTerms);
    double doubtText = text.doubts() + text.denialCount() > 0 ? 1 : 0;
    int headlineDoubts = count(patterns.get("doubt"), claim);
    double doubtHeadline = headlineDoubts > 0 ? 1 : 0;
    double denialHeadline = denials.find(claim) != null ? 1 : 0;
    return new double[] {
      related,
      share(claimTerms, leadTerms),
      denialOverlap,
      Math.log1p(denialRelated),
      Math.log1p(denialSentences),
      denialLead,
      Math.log1p(text.doubts()),
      Math.log1p(headlineDoubts),
      Math.log1p(text.hedges()),
      Math.log1p(negatedRelated),
      retraction,
      refusal,
      Math.log1p(sentences),
      related >= 0.5 ? 1 : 0,
      related * doubtText,
      related * doubtHeadline,
      related * doubtText * (1 - Math.max(doubtHeadline, denialHeadline)),
      related * Math.max(doubtHeadline, denialHeadline) * (1 - doubtText),
      related * denialHeadline,
      related * Math.log1p(text.hedges()),
      (text.doubts() + text.denialCount()) / (double) Math.max(1, sentences),
      Math.log1p(doubtRelated),
      doubtRelatedLead,
      denialOverlap * (1 - Math.max(doubtHeadline, denialHeadline))
    };
  }

  private static double share(Set<String> claim, Set<String> text) {
    if (claim.isEmpty()) {
      return 0;
    }
    int shared = 0;
    for (String term : claim) {
      if (text.contains(term)) {
        shared++;
      }
    }
    return (double) shared / claim.size();
  }

  private static int count(Pattern pattern, String text) {
    Matcher matcher = pattern.matcher(text);
    int found = 0;
    while (matcher.find()) {
      found++;
    }
    return found;
  }
}
