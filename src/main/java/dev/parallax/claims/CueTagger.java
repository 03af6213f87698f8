package dev.parallax.claims;

import dev.parallax.config.ConfigException;
import dev.parallax.model.Span;
import dev.parallax.text.Stems;
import dev.parallax.text.Tokenizer;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A learnt detector of attribution cues, for the cues no lexicon lists: most gold cues a reporting
 * verb list misses on PolNeAR are words that report speech, thought or stance only in context
 * ("blasted", "want", "support", a colon before a quotation). Each token of a sentence is scored by
 * logistic regression over hashed features of the word, its stem, its neighbours, the quotation
 * marks around it and whether the cue lexicon matches it (Pareti 2016 finds the lexical features of
 * the verb and its context the strongest for cue detection); tokens scoring at least the threshold
 * are cues, adjacent ones joined. Weights are learnt on PolNeAR's train split ({@code
 * jobs/evaluate.sh cue-train}) and shipped in {@code conf/}.
 */
public final class CueTagger implements Serializable {
  /**
   * Hashed feature space: 2^17 weights (2^18 scored the same on PolNeAR dev, at twice the file).
   */
  static final int BUCKETS = 1 << 17;

  private static final java.util.Set<String> PRONOUNS =
      java.util.Set.of("he", "she", "they", "we", "i", "you", "it", "who");

  private final float[] weights;
  private final float bias;
  private final double threshold;

  CueTagger(float[] weights, float bias, double threshold) {
    if (weights.length != BUCKETS) {
      throw new IllegalArgumentException("weights must have " + BUCKETS + " entries");
    }
    this.weights = weights;
    this.bias = bias;
    this.threshold = threshold;
  }

  public double threshold() {
    return threshold;
  }

  /** One token of a sentence. */
  record Token(int start, int end, String lower) {}

  /**
   * The tokens of a sentence: its words as the text stage tokenizes them ({@link Tokenizer}), and
   * its colons (a colon before a quotation can be the cue).
   */
  static List<Token> tokens(String sentence) {
    List<Token> words = new ArrayList<>();
    Tokenizer.tokens(
        sentence,
        0,
        (start, end) -> words.add(new Token(start, end, Tokenizer.form(sentence, start, end))));
    List<Token> tokens = new ArrayList<>(words.size() + 2);
    int word = 0;
    for (int colon = sentence.indexOf(':'); colon >= 0; colon = sentence.indexOf(':', colon + 1)) {
      while (word < words.size() && words.get(word).end() <= colon) {
        tokens.add(words.get(word++));
      }
      if (word == words.size() || words.get(word).start() > colon) {
        tokens.add(new Token(colon, colon + 1, ":"));
      }
    }
    tokens.addAll(words.subList(word, words.size()));
    return tokens;
  }

  /** Cue spans of a sentence: runs of adjacent tokens scoring at least the threshold. */
  public List<Span> cues(String sentence, List<Span> lexiconCues) {
    List<Token> tokens = tokens(sentence);
    double[] scores = scores(sentence, tokens, lexiconCues);
    List<Span> spans = new ArrayList<>();
    int runStart = -1;
    int runEnd = -1;
    for (int i = 0; i < tokens.size(); i++) {
      if (scores[i] >= threshold) {
        if (runStart < 0) {
          runStart = tokens.get(i).start();
        }
        runEnd = tokens.get(i).end();
      } else if (runStart >= 0) {
        spans.add(new Span(runStart, runEnd));
        runStart = -1;
      }
    }
    if (runStart >= 0) {
      spans.add(new Span(runStart, runEnd));
    }
    return spans;
  }

  /** Each token's probability of being (part of) a cue, tokens as {@link #tokens} gives them. */
  double[] scores(String sentence, List<Span> lexiconCues) {
    return scores(sentence, tokens(sentence), lexiconCues);
  }

  /** Each token's probability of being (part of) a cue. */
  double[] scores(String sentence, List<Token> tokens, List<Span> lexiconCues) {
    double[] scores = new double[tokens.size()];
    int[][] features = features(sentence, tokens, lexiconCues);
    for (int i = 0; i < tokens.size(); i++) {
      double sum = bias;
      for (int feature : features[i]) {
        sum += weights[feature];
      }
      scores[i] = 1 / (1 + Math.exp(-sum));
    }
    return scores;
  }

  /** Hashed features of every token. */
  static int[][] features(String sentence, List<Token> tokens, List<Span> lexiconCues) {
    int[][] features = new int[tokens.size()][];
    int[] quotesBefore = new int[tokens.size()];
    int quotes = 0;
    int at = 0;
    for (int i = 0; i < tokens.size(); i++) {
      for (; at < tokens.get(i).start(); at++) {
        if (isQuote(sentence.charAt(at))) {
          quotes++;
        }
      }
      quotesBefore[i] = quotes;
    }
    for (; at < sentence.length(); at++) {
      if (isQuote(sentence.charAt(at))) {
        quotes++;
      }
    }
    // Features are hashed from the parts' hash codes: no feature string is built.
    int count = tokens.size();
    int[] word = new int[count + 4];
    int[] stem = new int[count + 4];
    Arrays.fill(word, BOUNDARY);
    Arrays.fill(stem, BOUNDARY);
    int[] gapAfter = new int[count + 1];
    for (int i = 0; i < count; i++) {
      String lower = tokens.get(i).lower();
      word[i + 2] = lower.hashCode();
      stem[i + 2] = stemOf(lower).hashCode();
      gapAfter[i] =
          gap(
              sentence,
              tokens.get(i).end(),
              i + 1 < count ? tokens.get(i + 1).start() : sentence.length());
    }
    for (int i = 0; i < count; i++) {
      Token token = tokens.get(i);
      int w = word[i + 2];
      int s = stem[i + 2];
      int previous = word[i + 1];
      int next = word[i + 3];
      int lexicon = 0;
      for (Span cue : lexiconCues) {
        if (token.start() >= cue.start() && token.end() <= cue.end()) {
          lexicon = token.start() == cue.start() ? 1 : 2;
        }
      }
      boolean inQuote = quotesBefore[i] % 2 == 1;
      int quoteShape =
          (inQuote ? 4 : 0) + (quotesBefore[i] > 0 ? 2 : 0) + (quotes > quotesBefore[i] ? 1 : 0);
      int gapBefore = i > 0 ? gapAfter[i - 1] : gap(sentence, 0, token.start());
      int capitalised =
          (Character.isUpperCase(sentence.charAt(token.start())) ? 2 : 0)
              + (i > 0 && Character.isUpperCase(sentence.charAt(tokens.get(i - 1).start()))
                  ? 1
                  : 0);
      String lower = token.lower();
      int suffix = (lower.length() > 3 ? lower.substring(lower.length() - 3) : lower).hashCode();
      int[] hashed = {
        feature(1, w, 0),
        feature(2, s, 0),
        feature(3, suffix, 0),
        feature(4, previous, 0),
        feature(5, word[i], 0),
        feature(6, next, 0),
        feature(7, word[i + 4], 0),
        feature(8, previous, w),
        feature(9, w, next),
        feature(10, previous, s),
        feature(11, s, next),
        feature(12, lexicon, 0),
        feature(13, lexicon, s),
        feature(14, quoteShape, 0),
        feature(15, inQuote ? 1 : 0, s),
        feature(16, gapBefore, 0),
        feature(17, gapAfter[i], 0),
        feature(18, gapAfter[i], s),
        feature(19, gapBefore, s),
        feature(20, capitalised, 0),
        feature(21, i > 0 && PRONOUNS.contains(tokens.get(i - 1).lower()) ? 1 : 0, 0),
        feature(22, Math.min(i, 3), Math.min(count - 1 - i, 3)),
      };
      features[i] = hashed;
    }
    return features;
  }

  /** Hash code standing for the words before the first and after the last token. */
  static final int BOUNDARY = 0x5bd1e995;

  /** A feature's bucket from its kind and up to two parts. */
  private static int feature(int kind, int first, int second) {
    int h = kind * 0x9E3779B1 + first;
    h = h * 0x01000193 ^ second;
    h ^= h >>> 16;
    h *= 0x85EBCA6B;
    h ^= h >>> 13;
    return h & (BUCKETS - 1);
  }

  /** The word's stem by the text stage's stemmer ({@link Stems}). */
  private static String stemOf(String lower) {
    return Stems.stem(Stems.withoutPossessive(lower));
  }

  static boolean isQuote(char c) {
    return c == '"' || c == '“' || c == '”';
  }

  /**
   * The punctuation between two tokens (quotes as one kind, spaces dropped, at most four marks), as
   * a hash code.
   */
  private static int gap(String sentence, int from, int to) {
    int hash = 17;
    int kept = 0;
    for (int i = from; i < to && kept < 4; i++) {
      char c = sentence.charAt(i);
      if (!Character.isWhitespace(c)) {
        hash = hash * 31 + (isQuote(c) ? '"' : c);
        kept++;
      }
    }
    return hash;
  }

  /** A training sentence: its text, the lexicon's cues in it, and gold cue spans. */
  public record Example(String sentence, List<Span> lexiconCues, List<Span> goldCues) {}

  /**
   * Learns weights by logistic regression with AdaGrad steps over the examples' tokens, L2
   * penalised, in a seeded order (deterministic); a token is positive when it overlaps a gold cue.
   */
  public static CueTagger train(List<Example> examples, int epochs, double threshold) {
    List<int[]> tokenFeatures = new ArrayList<>();
    List<Boolean> labels = new ArrayList<>();
    for (Example example : examples) {
      List<Token> tokens = tokens(example.sentence());
      int[][] features = features(example.sentence(), tokens, example.lexiconCues());
      for (int i = 0; i < tokens.size(); i++) {
        Token token = tokens.get(i);
        boolean positive = false;
        for (Span cue : example.goldCues()) {
          positive |= token.start() < cue.end() && cue.start() < token.end();
        }
        tokenFeatures.add(features[i]);
        labels.add(positive);
      }
    }
    float[] weights = new float[BUCKETS];
    double[] squares = new double[BUCKETS];
    double bias = 0;
    double biasSquares = 0;
    double rate = 0.1;
    double penalty = 1e-6;
    int[] order = new int[tokenFeatures.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Random random = new Random(2018);
    for (int epoch = 0; epoch < epochs; epoch++) {
      for (int i = order.length - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        int swap = order[i];
        order[i] = order[j];
        order[j] = swap;
      }
      for (int index : order) {
        int[] features = tokenFeatures.get(index);
        double sum = bias;
        for (int feature : features) {
          sum += weights[feature];
        }
        double gradient = 1 / (1 + Math.exp(-sum)) - (labels.get(index) ? 1 : 0);
        for (int feature : features) {
          double step = gradient + penalty * weights[feature];
          squares[feature] += step * step;
          weights[feature] -= (float) (rate * step / Math.sqrt(squares[feature] + 1e-8));
        }
        biasSquares += gradient * gradient;
        bias -= rate * gradient / Math.sqrt(biasSquares + 1e-8);
      }
    }
    return new CueTagger(weights, (float) bias, threshold);
  }

  /** The same weights with another threshold. */
  public CueTagger withThreshold(double newThreshold) {
    return new CueTagger(weights, bias, newThreshold);
  }

  /** The model as text: a header, then one line per weight that is not (nearly) zero. */
  public String toText(String provenance) {
    StringBuilder text = new StringBuilder();
    text.append("# Cue tagger weights (CueTagger): ").append(provenance).append('\n');
    text.append("# Written by jobs/evaluate.sh cue-train; one 'index weight' line per weight.\n");
    text.append("buckets=").append(BUCKETS).append('\n');
    text.append("bias=").append(bias).append('\n');
    text.append("threshold=").append(threshold).append('\n');
    for (int i = 0; i < BUCKETS; i++) {
      if (Math.abs(weights[i]) >= 0.005f) {
        text.append(i).append(' ').append(String.format(Locale.ROOT, "%.3f", weights[i]));
        text.append('\n');
      }
    }
    return text.toString();
  }

  /** Reads {@link #toText}; errors name the origin and line. */
  public static CueTagger parse(String text, String origin) {
    float[] weights = new float[BUCKETS];
    Float bias = null;
    Double threshold = null;
    String[] lines = text.split("\\R");
    for (int number = 1; number <= lines.length; number++) {
      String line = lines[number - 1].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      try {
        if (line.startsWith("buckets=")) {
          if (Integer.parseInt(line.substring(8)) != BUCKETS) {
            throw new ConfigException(origin + ":" + number + ": buckets must be " + BUCKETS);
          }
        } else if (line.startsWith("bias=")) {
          bias = Float.parseFloat(line.substring(5));
        } else if (line.startsWith("threshold=")) {
          threshold = Double.parseDouble(line.substring(10));
        } else {
          String[] parts = line.split(" ");
          weights[Integer.parseInt(parts[0])] = Float.parseFloat(parts[1]);
        }
      } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
        throw new ConfigException(origin + ":" + number + ": not a weight line: " + line);
      }
    }
    if (bias == null || threshold == null) {
      throw new ConfigException(origin + ": needs bias= and threshold= lines");
    }
    return new CueTagger(weights, bias, threshold);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CueTagger tagger
        && Arrays.equals(weights, tagger.weights)
        && bias == tagger.bias
        && threshold == tagger.threshold;
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(weights);
  }
}
