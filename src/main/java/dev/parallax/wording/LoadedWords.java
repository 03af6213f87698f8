package dev.parallax.wording;

import dev.parallax.text.Stems;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How strongly a term carries evaluation (0..1): the largest weight of its words in a lexicon of
 * loaded words ({@code conf/loaded-words.txt}, from VADER, Hutto & Gilbert 2014), matched as
 * written or through an inflection ("slammed", "slams" and "slamming" find "slam"; "bullies" finds
 * "bully"), never through derivation: a Porter stem would make "use" as loaded as "useful" and
 * "party" of "partying". Framing lives in evaluative words (Recasens et al. 2013 found subjectivity
 * lexicons among the strongest cues of biased wording).
 */
public final class LoadedWords implements Serializable {
  private static final long serialVersionUID = 1L;
  private final Map<String, Double> weightOfWord;

  private LoadedWords(Map<String, Double> weightOfWord) {
    this.weightOfWord = weightOfWord;
  }

  /** No lexicon: every term weighs 0. */
  public static LoadedWords none() {
    return new LoadedWords(Map.of());
  }

  /**
   * From {@code word<TAB>weight} lines (comments and blank lines already removed); a third column
   * {@code framing} marks a word written as framing vocabulary rather than rated for sentiment, and
   * {@code hedge} a hedge of reporting ("reportedly"), which qualifies what is told, not whom
   * ({@link #forTerms} counts it as framing; this lexicon, the referent labels', leaves it out).
   */
  public static LoadedWords of(List<String> lines) {
    return new LoadedWords(Map.copyOf(parse(lines, Lines.LABELS)));
  }

  /**
   * The lexicon as the distinctive-terms ranking weighs it (Recasens et al. 2013: bias lives in
   * evaluative modifiers, hedges and framing verbs more than in what the story is about): a word
   * rated for sentiment whose commonest part of speech ({@code classes}, one word at a time) is a
   * noun or a verb counts {@code topicalFactor} of its weight — "rape", "killed", "care", "help",
   * "win" name what happened — while adjectives, adverbs and the words marked {@code framing}
   * ("so-called", "regime", "slammed") or {@code hedge} ("reportedly") keep theirs.
   */
  public static LoadedWords forTerms(
      List<String> lines, dev.parallax.text.PosLexicon classes, double topicalFactor) {
    Map<String, Double> framing = parse(lines, Lines.FRAMING);
    Map<String, Double> weights = new HashMap<>();
    parse(lines, Lines.ALL)
        .forEach(
            (word, weight) -> {
              String tag = classes.tag(word, false);
              double own =
                  tag.equals("NOUN") || tag.equals("VERB") ? weight * topicalFactor : weight;
              weights.put(word, Math.max(own, framing.getOrDefault(word, 0.0)));
            });
    return new LoadedWords(Map.copyOf(weights));
  }

  /** Which lines {@link #parse} reads. */
  private enum Lines {
    ALL,
    LABELS,
    FRAMING
  }

  /** The weights of the chosen lines: all, all but hedges, or those marked framing or hedge. */
  private static Map<String, Double> parse(List<String> lines, Lines which) {
    Map<String, Double> weights = new HashMap<>();
    for (String line : lines) {
      String[] parts = line.split("\t");
      String mark = parts.length == 3 ? parts[2].strip() : "";
      if (parts.length != 2 && !(mark.equals("framing") || mark.equals("hedge"))) {
        throw new IllegalArgumentException("expected word<TAB>weight[<TAB>framing|hedge]: " + line);
      }
      if (which == Lines.FRAMING && mark.isEmpty()
          || which == Lines.LABELS && mark.equals("hedge")) {
        continue;
      }
      double weight;
      try {
        weight = Double.parseDouble(parts[1].strip());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("weight is not a number: " + line);
      }
      if (!(weight >= 0 && weight <= 1)) {
        throw new IllegalArgumentException("weight must be within 0..1: " + line);
      }
      weights.merge(parts[0].strip().toLowerCase(Locale.ROOT), weight, Math::max);
    }
    return weights;
  }

  /**
   * The weight of a term's most loaded word, a hyphenated word counting whole and by its parts
   * ("so-called army": "so-called", "so", "called", "army").
   */
  public double of(String term) {
    String lower = term.toLowerCase(Locale.ROOT);
    if (lower.indexOf(' ') < 0 && lower.indexOf('-') < 0 && !containsWhitespace(lower)) {
      // One word, as the referent labels ask for every word of a sentence: no split.
      return weightOf(lower);
    }
    double best = 0;
    for (String word : lower.split("\\s+")) {
      best = Math.max(best, weightOf(word));
      if (word.indexOf('-') >= 0) {
        for (String part : word.split("-")) {
          best = Math.max(best, weightOf(part));
        }
      }
    }
    return best;
  }

  private static boolean containsWhitespace(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (Character.isWhitespace(word.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private double weightOf(String word) {
    if (word.isEmpty()) {
      return 0;
    }
    String base = Stems.withoutPossessive(word.replace('\u2019', '\''));
    double best = weightOfWord.getOrDefault(base, 0.0);
    for (String candidate : uninflected(base)) {
      best = Math.max(best, weightOfWord.getOrDefault(candidate, 0.0));
    }
    return best;
  }

  /**
   * The forms a word may be an inflection of: plural and third person ("-s", "-es", "-ies"), past
   * ("-ed", "-d", "-ied") and gerund ("-ing"), with a dropped final "e" and a doubled last
   * consonant undone ("slammed", "abusing").
   */
  static List<String> uninflected(String word) {
    List<String> forms = new java.util.ArrayList<>(4);
    int n = word.length();
    if (n < 4) {
      return forms;
    }
    if (word.endsWith("ies") || word.endsWith("ied")) {
      forms.add(word.substring(0, n - 3) + "y");
    }
    if (word.endsWith("es")) {
      forms.add(word.substring(0, n - 2));
    }
    if (word.endsWith("s") && !word.endsWith("ss")) {
      forms.add(word.substring(0, n - 1));
    }
    if (word.endsWith("ed")) {
      addStem(forms, word.substring(0, n - 2));
    }
    if (word.endsWith("ing") && n > 5) {
      addStem(forms, word.substring(0, n - 3));
    }
    return forms;
  }

  /** A stem left by "-ed"/"-ing": as is, with its final "e" back, and undoubled. */
  private static void addStem(List<String> forms, String stem) {
    forms.add(stem);
    forms.add(stem + "e");
    int n = stem.length();
    if (n >= 3 && stem.charAt(n - 1) == stem.charAt(n - 2)) {
      forms.add(stem.substring(0, n - 1));
    }
  }

  public int size() {
    return weightOfWord.size();
  }
}
