package dev.parallax.claims;

import dev.parallax.config.ConfigException;
import dev.parallax.model.Span;
import dev.parallax.text.PartsOfSpeech;
import dev.parallax.text.Stems;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A learnt tagger of an attribution's source and content given its cue: each token of the cue's
 * sentence is labelled outside, source or content by a first-order sequence model (averaged
 * structured perceptron, Collins 2002, decoded by Viterbi) over hashed features of the token, its
 * lemma-like stem, its UD part of speech ({@link PartsOfSpeech}), its neighbours, the quotation
 * state, the punctuation between it and the cue, its side of and distance to the cue, the cue's own
 * word, capitalisation, and what the rules ({@link AttributionExtractor}) labelled it (Pareti 2016
 * and O'Keefe et al. 2012 find the cue's position, quotation marks and the rules' output the
 * strongest signals for source and content). The cue, source and content are decided together: a
 * cue for which the tagger labels no content is not an attribution, so the tagger also filters the
 * cue candidates of the lexicon and the cue tagger. Weights are learnt on PolNeAR's train split
 * ({@code jobs/evaluate.sh attribution-train}) and shipped in {@code conf/}.
 */
public final class SpanTagger implements Serializable {
  /** Hashed feature space per label. */
  static final int BUCKETS = 1 << 18;

  static final int OUTSIDE = 0;
  static final int SOURCE = 1;
  static final int CONTENT = 2;
  private static final int LABELS = 3;

  /** The labels of the rules' own output, as a feature. */
  private static final int RULE_NONE = 0;

  private static final int RULE_OUTSIDE = 1;
  private static final int RULE_SOURCE = 2;
  private static final int RULE_CONTENT = 3;

  /** Emission weights, label-major ({@code label * BUCKETS + bucket}). */
  private final float[] weights;

  /**
   * Transition weights: {@code previous * LABELS + label}; previous {@code LABELS} is the start.
   */
  private final float[] transitions;

  /**
   * How much lower than the all-outside labelling the best labelling with content may score and
   * still be taken: above zero, cues are kept more readily than the plain decoding keeps them.
   */
  private final double margin;

  SpanTagger(float[] weights, float[] transitions, double margin) {
    if (weights.length != LABELS * BUCKETS || transitions.length != (LABELS + 1) * LABELS) {
      throw new IllegalArgumentException("wrong weight dimensions");
    }
    this.weights = weights;
    this.transitions = transitions;
    this.margin = margin;
  }

  public double margin() {
    return margin;
  }

  /**
   * Weights under this fraction of the largest are dropped from the shipped model (on PolNeAR's
   * train split the largest is about 330: weights under about 5 go; the held-out scores do not
   * change and the file shrinks from 6 MB to 1.5 MB).
   */
  static final float PRUNE_FRACTION = 1f / 64;

  /** The same tagger without its smallest weights ({@link #PRUNE_FRACTION}), as it is shipped. */
  public SpanTagger pruned() {
    float largest = 0;
    for (float weight : weights) {
      largest = Math.max(largest, Math.abs(weight));
    }
    float[] kept = weights.clone();
    for (int i = 0; i < kept.length; i++) {
      if (Math.abs(kept[i]) < largest * PRUNE_FRACTION) {
        kept[i] = 0;
      }
    }
    return new SpanTagger(kept, transitions, margin);
  }

  /** The same weights with another margin. */
  public SpanTagger withMargin(double newMargin) {
    return new SpanTagger(weights, transitions, newMargin);
  }

  /** What the tagger found for one cue: the content is null when the cue attributes nothing. */
  public record Spans(Span source, Span content) {}

  /**
   * One sentence prepared for tagging: its tokens ({@link CueTagger#tokens}: words and colons),
   * their parts of speech, stems and the quotation marks before each. Built once per sentence with
   * a cue, for all its cues.
   */
  public static final class Sentence {
    final String text;
    final List<CueTagger.Token> tokens;
    final int[] word;
    final int[] stem;
    final int[] pos;
    final int[] quotesBefore;
    final int[] gapBefore;
    final int[] capitalised;
    final double[] cueScores;
    final List<Span> lexiconCues;
    final String[] tags;

    /**
     * A sentence with the cue lexicon's spans in it and the cue tagger's score of each token (null:
     * no cue tagger).
     */
    public Sentence(String text, List<Span> lexiconCues, double[] cueScores) {
      this(text, lexiconCues, cueScores, PartsOfSpeech.IN_CONTEXT);
    }

    /**
     * As {@link #Sentence(String, List, double[])}, with its parts of speech from {@code
     * partsOfSpeech}.
     */
    public Sentence(
        String text,
        List<Span> lexiconCues,
        double[] cueScores,
        dev.parallax.text.PosTagger partsOfSpeech) {
      this.text = text;
      this.lexiconCues = lexiconCues;
      this.cueScores = cueScores;
      this.tokens = CueTagger.tokens(text);
      int count = tokens.size();
      String[] surface = new String[count];
      for (int i = 0; i < count; i++) {
        surface[i] = text.substring(tokens.get(i).start(), tokens.get(i).end());
      }
      tags = partsOfSpeech.tags(surface);
      word = new int[count + 2];
      stem = new int[count + 2];
      pos = new int[count + 2];
      Arrays.fill(word, CueTagger.BOUNDARY);
      Arrays.fill(stem, CueTagger.BOUNDARY);
      Arrays.fill(pos, CueTagger.BOUNDARY);
      quotesBefore = new int[count + 1];
      gapBefore = new int[count + 1];
      capitalised = new int[count];
      int quotes = 0;
      int at = 0;
      for (int i = 0; i < count; i++) {
        CueTagger.Token token = tokens.get(i);
        word[i + 1] = token.lower().hashCode();
        stem[i + 1] = Stems.stem(Stems.withoutPossessive(token.lower())).hashCode();
        pos[i + 1] = tags[i].hashCode();
        int hash = 17;
        int kept = 0;
        for (; at < token.start(); at++) {
          char c = text.charAt(at);
          if (CueTagger.isQuote(c)) {
            quotes++;
          }
          if (!Character.isWhitespace(c) && kept < 4) {
            hash = hash * 31 + (CueTagger.isQuote(c) ? '"' : c);
            kept++;
          }
        }
        at = Math.max(at, token.end());
        quotesBefore[i] = quotes;
        gapBefore[i] = hash;
        capitalised[i] = Character.isUpperCase(text.charAt(token.start())) ? 1 : 0;
      }
      int hash = 17;
      int kept = 0;
      for (; at < text.length(); at++) {
        char c = text.charAt(at);
        if (!Character.isWhitespace(c) && kept < 4) {
          hash = hash * 31 + (CueTagger.isQuote(c) ? '"' : c);
          kept++;
        }
      }
      gapBefore[count] = hash;
      quotesBefore[count] = quotes;
    }

    int size() {
      return tokens.size();
    }

    /** Token indices {@code [first, last)} inside a character span, or null when none. */
    int[] tokenRange(Span span) {
      int first = -1;
      int last = -1;
      for (int i = 0; i < tokens.size(); i++) {
        CueTagger.Token token = tokens.get(i);
        if (token.start() < span.end() && span.start() < token.end()) {
          if (first < 0) {
            first = i;
          }
          last = i + 1;
        }
      }
      return first < 0 ? null : new int[] {first, last};
    }

    /** Per token, whether it overlaps the span. */
    boolean[] inside(Span span) {
      boolean[] inside = new boolean[tokens.size()];
      if (span != null) {
        for (int i = 0; i < tokens.size(); i++) {
          CueTagger.Token token = tokens.get(i);
          inside[i] = token.start() < span.end() && span.start() < token.end();
        }
      }
      return inside;
    }
  }

  /**
   * The rules' labels of the sentence's tokens for one cue (all {@code RULE_NONE}: no rule fit).
   */
  static int[] ruleLabels(Sentence sentence, Attribution rule) {
    int[] labels = new int[sentence.size()];
    if (rule == null) {
      return labels;
    }
    boolean[] source = sentence.inside(rule.source());
    boolean[] content = sentence.inside(rule.content());
    for (int i = 0; i < labels.length; i++) {
      labels[i] = source[i] ? RULE_SOURCE : content[i] ? RULE_CONTENT : RULE_OUTSIDE;
    }
    return labels;
  }

  /** Hashed features of every token for one cue. */
  static int[][] features(Sentence sentence, int[] cue, int[] rule) {
    int count = sentence.size();
    int[][] features = new int[count][];
    int cueStem = sentence.stem[cue[0] + 1];
    // How sure the cue tagger is (tenths of its top score over the cue's tokens; 10: no tagger),
    // and whether the lexicon lists the cue: together they let the tagger drop weak cues.
    int sure = 10;
    if (sentence.cueScores != null) {
      double top = 0;
      for (int i = cue[0]; i < cue[1]; i++) {
        top = Math.max(top, sentence.cueScores[i]);
      }
      sure = (int) Math.min(9, Math.floor(top * 10));
    }
    int listed = 0;
    CueTagger.Token firstCue = sentence.tokens.get(cue[0]);
    for (Span known : sentence.lexiconCues) {
      if (known.start() <= firstCue.start() && firstCue.end() <= known.end()) {
        listed = 1;
      }
    }
    int confidence = sure * 2 + listed;
    // What stands around the cue: "..., said the minister." (a source after it) against "...,
    // the minister said." (a source before it).
    int around = sentence.pos[cue[0]] * 31 + sentence.pos[cue[1] + 1];
    boolean cueInQuote = sentence.quotesBefore[cue[0]] % 2 == 1;
    for (int i = 0; i < count; i++) {
      int side = i < cue[0] ? 0 : i >= cue[1] ? 2 : 1;
      int distance = side == 0 ? cue[0] - i : side == 2 ? i - cue[1] + 1 : 0;
      int near = distanceBucket(distance);
      int w = sentence.word[i + 1];
      int s = sentence.stem[i + 1];
      int p = sentence.pos[i + 1];
      // Commas and quotation marks between the token and the cue.
      int from = Math.min(i, cue[0]);
      int to = Math.max(i, cue[1] - 1);
      int commas = 0;
      for (int j = from + 1; j <= to && j < count; j++) {
        if (sentence.gapBefore[j] != 17 && hasComma(sentence, j)) {
          commas++;
        }
      }
      int quotesBetween =
          Math.abs(sentence.quotesBefore[Math.max(i, cue[0])] - sentence.quotesBefore[from]);
      boolean inQuote = sentence.quotesBefore[i] % 2 == 1;
      int quote = (inQuote ? 4 : 0) + (cueInQuote ? 2 : 0) + (quotesBetween > 0 ? 1 : 0);
      int r = rule[i];
      int position = i == 0 ? 1 : i == count - 1 ? 2 : 0;
      features[i] =
          new int[] {
            feature(1, side, 0),
            feature(2, side, w),
            feature(3, side, s),
            feature(4, side, p),
            feature(5, side * 16 + near, p),
            feature(6, side * 16 + near, 0),
            feature(7, side, p * 31 + sentence.pos[i]),
            feature(8, side, p * 31 + sentence.pos[i + 2]),
            feature(9, side, sentence.word[i]),
            feature(10, side, sentence.word[i + 2]),
            feature(11, side, cueStem),
            feature(12, side * 4 + r, 0),
            feature(13, side * 4 + r, p),
            feature(14, side * 8 + quote, 0),
            feature(15, side * 8 + Math.min(commas, 3) * 2 + Math.min(quotesBetween, 1), p),
            feature(16, side, sentence.gapBefore[i]),
            feature(17, side, sentence.gapBefore[i + 1]),
            feature(18, side * 2 + sentence.capitalised[i], p),
            feature(19, cueStem, side * 16 + near),
            feature(20, side * 4 + position, 0),
            feature(21, side * 16 + near, w),
            feature(22, side * 4 + r, s),
            feature(23, side * 8 + quote, r),
            feature(24, side * 8 + Math.min(commas, 3) * 2 + Math.min(quotesBetween, 1), r),
            feature(25, side * 32 + confidence, 0),
            feature(26, side * 32 + confidence, near),
            feature(27, confidence, cueStem),
            feature(28, side * 32 + confidence, r),
            feature(29, side, around),
            feature(30, side * 16 + near, around),
            feature(31, side * 16 + near, around * 31 + p),
          };
    }
    return features;
  }

  private static boolean hasComma(Sentence sentence, int token) {
    int start = token == 0 ? 0 : sentence.tokens.get(token - 1).end();
    int end = sentence.tokens.get(token).start();
    for (int i = start; i < end; i++) {
      char c = sentence.text.charAt(i);
      if (c == ',' || c == ';' || c == '—' || c == '(' || c == ')') {
        return true;
      }
    }
    return false;
  }

  private static int distanceBucket(int distance) {
    if (distance <= 3) {
      return distance;
    }
    if (distance <= 5) {
      return 4;
    }
    if (distance <= 8) {
      return 5;
    }
    if (distance <= 12) {
      return 6;
    }
    return distance <= 20 ? 7 : 8;
  }

  /** The source and content for a cue of the sentence, given the rules' attribution (or null). */
  public Spans tag(Sentence sentence, Span cue, Attribution rule) {
    int[] range = sentence.tokenRange(cue);
    if (range == null) {
      return new Spans(null, null);
    }
    int[] rules = ruleLabels(sentence, rule);
    int[][] features = features(sentence, range, rules);
    Scorer scorer = new Scorer(weights, transitions);
    double[] score = new double[1];
    int[] labels = decodeWithContent(scorer, features, range, score);
    if (labels == null || score[0] + margin < outsideScore(scorer, features)) {
      return new Spans(null, null);
    }
    return spans(sentence, labels, range, rules);
  }

  /** The score of labelling every token outside. */
  private static double outsideScore(Scorer scorer, int[][] features) {
    double total = 0;
    for (int i = 0; i < features.length; i++) {
      total += scorer.transition(i == 0 ? LABELS : OUTSIDE, OUTSIDE);
      for (int feature : features[i]) {
        total += scorer.emission(OUTSIDE, feature);
      }
    }
    return total;
  }

  /**
   * Viterbi restricted to labellings with at least one content token (states: label, and whether
   * content was seen); the best one's score goes into {@code score[0]}; null when none is possible.
   */
  private static int[] decodeWithContent(
      Scorer scorer, int[][] features, int[] cue, double[] score) {
    int count = features.length;
    if (count == 0) {
      return null;
    }
    double[][] best = new double[count][LABELS * 2];
    int[][] back = new int[count][LABELS * 2];
    for (double[] row : best) {
      Arrays.fill(row, Double.NEGATIVE_INFINITY);
    }
    for (int i = 0; i < count; i++) {
      boolean cueToken = i >= cue[0] && i < cue[1];
      for (int label = 0; label < LABELS; label++) {
        if (cueToken && label != OUTSIDE) {
          continue;
        }
        double emission = 0;
        for (int feature : features[i]) {
          emission += scorer.emission(label, feature);
        }
        for (int seen = label == CONTENT ? 1 : 0; seen < 2; seen++) {
          int state = label * 2 + seen;
          if (i == 0) {
            if (seen == (label == CONTENT ? 1 : 0)) {
              best[i][state] = emission + scorer.transition(LABELS, label);
            }
            continue;
          }
          double top = Double.NEGATIVE_INFINITY;
          int from = -1;
          for (int previous = 0; previous < LABELS * 2; previous++) {
            int previousSeen = previous % 2;
            if ((previousSeen == 1 || label == CONTENT ? 1 : 0) != seen
                || best[i - 1][previous] == Double.NEGATIVE_INFINITY) {
              continue;
            }
            double value = best[i - 1][previous] + scorer.transition(previous / 2, label);
            if (value > top) {
              top = value;
              from = previous;
            }
          }
          if (from >= 0) {
            best[i][state] = top + emission;
            back[i][state] = from;
          }
        }
      }
    }
    int last = -1;
    for (int label = 0; label < LABELS; label++) {
      int state = label * 2 + 1;
      if (best[count - 1][state] > Double.NEGATIVE_INFINITY
          && (last < 0 || best[count - 1][state] > best[count - 1][last])) {
        last = state;
      }
    }
    if (last < 0) {
      return null;
    }
    score[0] = best[count - 1][last];
    int[] labels = new int[count];
    for (int i = count - 1; i >= 0; i--) {
      labels[i] = last / 2;
      last = back[i][last];
    }
    return labels;
  }

  /** Reads emission and transition weights from either the final or the training arrays. */
  private record Scorer(
      float[] floats, float[] floatTransitions, double[] doubles, double[] doubleTransitions) {
    Scorer(float[] weights, float[] transitions) {
      this(weights, transitions, null, null);
    }

    Scorer(double[] weights, double[] transitions) {
      this(null, null, weights, transitions);
    }

    double emission(int label, int bucket) {
      return floats != null ? floats[label * BUCKETS + bucket] : doubles[label * BUCKETS + bucket];
    }

    double transition(int previous, int label) {
      int index = previous * LABELS + label;
      return floatTransitions != null ? floatTransitions[index] : doubleTransitions[index];
    }
  }

  private static int[] decode(Scorer scorer, int[][] features, int[] cue) {
    int count = features.length;
    double[][] best = new double[count][LABELS];
    int[][] back = new int[count][LABELS];
    for (int i = 0; i < count; i++) {
      boolean cueToken = i >= cue[0] && i < cue[1];
      for (int label = 0; label < LABELS; label++) {
        if (cueToken && label != OUTSIDE) {
          best[i][label] = Double.NEGATIVE_INFINITY;
          continue;
        }
        double emission = 0;
        for (int feature : features[i]) {
          emission += scorer.emission(label, feature);
        }
        if (i == 0) {
          best[i][label] = emission + scorer.transition(LABELS, label);
          continue;
        }
        double top = Double.NEGATIVE_INFINITY;
        int from = 0;
        for (int previous = 0; previous < LABELS; previous++) {
          double score = best[i - 1][previous] + scorer.transition(previous, label);
          if (score > top) {
            top = score;
            from = previous;
          }
        }
        best[i][label] = top + emission;
        back[i][label] = from;
      }
    }
    int[] labels = new int[count];
    if (count == 0) {
      return labels;
    }
    int last = 0;
    for (int label = 1; label < LABELS; label++) {
      if (best[count - 1][label] > best[count - 1][last]) {
        last = label;
      }
    }
    for (int i = count - 1; i >= 0; i--) {
      labels[i] = last;
      last = back[i][last];
    }
    return labels;
  }

  /**
   * Spans from labels: the source is the run of source tokens nearest the cue; the content runs
   * from the first content token to the last, with the quotation marks around it.
   */
  static Spans spans(Sentence sentence, int[] labels, int[] cue, int[] rules) {
    List<CueTagger.Token> tokens = sentence.tokens;
    int firstContent = -1;
    int lastContent = -1;
    int contentWords = 0;
    for (int i = 0; i < labels.length; i++) {
      if (labels[i] == CONTENT) {
        firstContent = firstContent < 0 ? i : firstContent;
        lastContent = i;
        if (!tokens.get(i).lower().equals(":")) {
          contentWords++;
        }
      }
    }
    if (contentWords < 2) {
      return new Spans(null, null);
    }
    // Where the rules read the same content on the same side of the cue, the content starts where
    // theirs does: the tagger often drops its first words ("said [inflation of] 5.1 percent").
    if (firstContent >= cue[1]) {
      for (int i = cue[1]; i < firstContent; i++) {
        if (rules[i] == RULE_CONTENT && rules[firstContent] == RULE_CONTENT) {
          firstContent = i;
          break;
        }
      }
    }
    // The tagger tends to stop a clause's content at a comma ("Obama of 'projecting weakness'
    // with his foreign policy, particularly in ..."): content on one side of the cue with nothing
    // else labelled beyond it runs to the sentence's edge, as the gold content mostly does.
    if (firstContent >= cue[1] && onlyOutside(labels, lastContent + 1, labels.length)) {
      lastContent = labels.length - 1;
    }
    if (lastContent < cue[0] && onlyOutside(labels, 0, firstContent)) {
      firstContent = 0;
    }
    Span source = null;
    int bestDistance = Integer.MAX_VALUE;
    for (int i = 0; i < labels.length; ) {
      if (labels[i] != SOURCE) {
        i++;
        continue;
      }
      int end = i;
      while (end < labels.length && labels[end] == SOURCE) {
        end++;
      }
      int distance = end <= cue[0] ? cue[0] - end : i - cue[1];
      if (distance < bestDistance) {
        bestDistance = distance;
        source = new Span(tokens.get(i).start(), tokens.get(end - 1).end());
      }
      i = end;
    }
    if (source != null) {
      // The tagger often labels only the head of a source ("…, the fire service said": "service");
      // the rest of its noun phrase joins it, and leaves the content.
      int[] run = sentence.tokenRange(source);
      int from = run[0];
      int to = run[1];
      if (to <= cue[0]) {
        while (from > 0 && sentence.gapBefore[from] == NO_GAP && nominal(sentence.tags[from - 1])) {
          from--;
        }
      } else {
        while (to < labels.length
            && sentence.gapBefore[to] == NO_GAP
            && nominal(sentence.tags[to])) {
          to++;
        }
      }
      source = new Span(tokens.get(from).start(), tokens.get(to - 1).end());
      if (lastContent >= from && firstContent < from) {
        lastContent = from - 1;
      } else if (firstContent < to && lastContent >= to) {
        firstContent = to;
      }
      if (firstContent > lastContent) {
        return new Spans(null, null);
      }
    }
    String text = sentence.text;
    int start = tokens.get(firstContent).start();
    int end = tokens.get(lastContent).end();
    int before = start;
    while (before > 0 && Character.isWhitespace(text.charAt(before - 1))) {
      before--;
    }
    if (before > 0 && CueTagger.isQuote(text.charAt(before - 1))) {
      start = before - 1;
    }
    int after = end;
    while (after < text.length() && ".,!?".indexOf(text.charAt(after)) >= 0) {
      after++;
    }
    if (after < text.length() && CueTagger.isQuote(text.charAt(after))) {
      end = after + 1;
    }
    return new Spans(source, new Span(start, end));
  }

  /** The gap hash of two tokens with nothing but spaces between them. */
  private static final int NO_GAP = 17;

  private static final java.util.Set<String> NOMINAL =
      java.util.Set.of("DET", "ADJ", "NOUN", "PROPN", "NUM");

  /** Parts of speech a noun phrase is made of. */
  private static boolean nominal(String tag) {
    return NOMINAL.contains(tag);
  }

  private static boolean onlyOutside(int[] labels, int from, int to) {
    for (int i = from; i < to; i++) {
      if (labels[i] != OUTSIDE) {
        return false;
      }
    }
    return true;
  }

  private static int feature(int kind, int first, int second) {
    int h = kind * 0x9E3779B1 + first;
    h = h * 0x01000193 ^ second;
    h ^= h >>> 16;
    h *= 0x85EBCA6B;
    h ^= h >>> 13;
    h *= 0xC2B2AE35;
    h ^= h >>> 16;
    return h & (BUCKETS - 1);
  }

  /** A training example: a cue of a sentence, the rules' attribution for it and the gold labels. */
  public record Example(Sentence sentence, Span cue, Attribution rule, int[] gold) {}

  /**
   * Learns the weights by the averaged structured perceptron over the examples in a seeded order
   * per epoch (deterministic: the same examples give the same weights).
   */
  public static SpanTagger train(List<Example> examples, int epochs) {
    List<int[][]> features = new ArrayList<>();
    List<int[]> cues = new ArrayList<>();
    for (Example example : examples) {
      int[] range = example.sentence().tokenRange(example.cue());
      cues.add(range);
      features.add(
          range == null
              ? null
              : features(
                  example.sentence(), range, ruleLabels(example.sentence(), example.rule())));
    }
    double[] weights = new double[LABELS * BUCKETS];
    double[] transitions = new double[(LABELS + 1) * LABELS];
    // Averaging by the usual trick: sums of update * step, subtracted at the end.
    double[] weightSums = new double[weights.length];
    double[] transitionSums = new double[transitions.length];
    Scorer scorer = new Scorer(weights, transitions);
    int[] order = new int[examples.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Random random = new Random(2018);
    long step = 1;
    for (int epoch = 0; epoch < epochs; epoch++) {
      for (int i = order.length - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        int swap = order[i];
        order[i] = order[j];
        order[j] = swap;
      }
      for (int index : order) {
        int[][] tokenFeatures = features.get(index);
        if (tokenFeatures == null) {
          continue;
        }
        int[] gold = examples.get(index).gold();
        int[] predicted = decode(scorer, tokenFeatures, cues.get(index));
        if (!Arrays.equals(gold, predicted)) {
          for (int t = 0; t < gold.length; t++) {
            if (gold[t] != predicted[t]) {
              for (int feature : tokenFeatures[t]) {
                weights[gold[t] * BUCKETS + feature] += 1;
                weightSums[gold[t] * BUCKETS + feature] += step;
                weights[predicted[t] * BUCKETS + feature] -= 1;
                weightSums[predicted[t] * BUCKETS + feature] -= step;
              }
            }
            int goldPrevious = t == 0 ? LABELS : gold[t - 1];
            int predictedPrevious = t == 0 ? LABELS : predicted[t - 1];
            if (goldPrevious != predictedPrevious || gold[t] != predicted[t]) {
              transitions[goldPrevious * LABELS + gold[t]] += 1;
              transitionSums[goldPrevious * LABELS + gold[t]] += step;
              transitions[predictedPrevious * LABELS + predicted[t]] -= 1;
              transitionSums[predictedPrevious * LABELS + predicted[t]] -= step;
            }
          }
        }
        step++;
      }
    }
    float[] averaged = new float[weights.length];
    for (int i = 0; i < weights.length; i++) {
      averaged[i] = (float) (weights[i] - weightSums[i] / step);
    }
    float[] averagedTransitions = new float[transitions.length];
    for (int i = 0; i < transitions.length; i++) {
      averagedTransitions[i] = (float) (transitions[i] - transitionSums[i] / step);
    }
    return new SpanTagger(averaged, averagedTransitions, 0);
  }

  /** The model as text: a header, the transitions, then one line per weight not (nearly) zero. */
  public String toText(String provenance) {
    StringBuilder text = new StringBuilder();
    text.append("# Attribution span tagger weights (SpanTagger): ").append(provenance).append('\n');
    text.append("# Written by jobs/evaluate.sh attribution-train; one 'label bucket weight' line");
    text.append(" per weight kept.\n");
    text.append("buckets=").append(BUCKETS).append('\n');
    text.append("margin=").append(margin).append('\n');
    text.append("transitions=");
    for (int i = 0; i < transitions.length; i++) {
      text.append(i == 0 ? "" : " ").append(String.format(Locale.ROOT, "%.4f", transitions[i]));
    }
    text.append('\n');
    for (int label = 0; label < LABELS; label++) {
      for (int i = 0; i < BUCKETS; i++) {
        float weight = weights[label * BUCKETS + i];
        if (Math.abs(weight) >= 0.005f) {
          text.append(label).append(' ').append(i).append(' ');
          text.append(String.format(Locale.ROOT, "%.2f", weight)).append('\n');
        }
      }
    }
    return text.toString();
  }

  /** Reads {@link #toText}; errors name the origin and line. */
  public static SpanTagger parse(String text, String origin) {
    float[] weights = new float[LABELS * BUCKETS];
    float[] transitions = null;
    Double margin = null;
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
        } else if (line.startsWith("margin=")) {
          margin = Double.parseDouble(line.substring(7));
        } else if (line.startsWith("transitions=")) {
          String[] parts = line.substring(12).strip().split(" ");
          if (parts.length != (LABELS + 1) * LABELS) {
            throw new ConfigException(
                origin + ":" + number + ": transitions needs " + (LABELS + 1) * LABELS + " values");
          }
          transitions = new float[parts.length];
          for (int i = 0; i < parts.length; i++) {
            transitions[i] = Float.parseFloat(parts[i]);
          }
        } else {
          String[] parts = line.split(" ");
          int label = Integer.parseInt(parts[0]);
          int bucket = Integer.parseInt(parts[1]);
          if (label < 0 || label >= LABELS || bucket < 0 || bucket >= BUCKETS) {
            throw new ConfigException(origin + ":" + number + ": label or bucket out of range");
          }
          weights[label * BUCKETS + bucket] = Float.parseFloat(parts[2]);
        }
      } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
        throw new ConfigException(origin + ":" + number + ": not a weight line: " + line);
      }
    }
    if (transitions == null || margin == null) {
      throw new ConfigException(origin + ": needs margin= and transitions= lines");
    }
    return new SpanTagger(weights, transitions, margin);
  }

  /**
   * Java serialization (Spark's closures carry the extractor to executors) writes the weights that
   * are not zero, about 115,000 of 786,432 once pruned: 0.9 MB in each stage's task binary instead
   * of 3 MB.
   */
  private Object writeReplace() {
    int kept = 0;
    for (float weight : weights) {
      if (weight != 0) {
        kept++;
      }
    }
    int[] indices = new int[kept];
    float[] values = new float[kept];
    int next = 0;
    for (int i = 0; i < weights.length; i++) {
      if (weights[i] != 0) {
        indices[next] = i;
        values[next++] = weights[i];
      }
    }
    return new Sparse(indices, values, transitions, margin);
  }

  private void readObject(java.io.ObjectInputStream in) throws java.io.InvalidObjectException {
    throw new java.io.InvalidObjectException("a SpanTagger is read through its sparse form");
  }

  /** The serialized form of a {@link SpanTagger}. */
  private record Sparse(int[] indices, float[] values, float[] transitions, double margin)
      implements Serializable {
    private Object readResolve() {
      float[] weights = new float[LABELS * BUCKETS];
      for (int i = 0; i < indices.length; i++) {
        weights[indices[i]] = values[i];
      }
      return new SpanTagger(weights, transitions, margin);
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SpanTagger tagger
        && Arrays.equals(weights, tagger.weights)
        && Arrays.equals(transitions, tagger.transitions)
        && margin == tagger.margin;
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(weights) * 31 + Arrays.hashCode(transitions);
  }
}
