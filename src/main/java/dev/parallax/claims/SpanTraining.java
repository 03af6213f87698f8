package dev.parallax.claims;

import dev.parallax.model.Span;
import dev.parallax.text.Quotations;
import dev.parallax.text.RawText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Learns the {@link SpanTagger} from a PolNeAR-style corpus ({@link CueTraining#read}): every cue
 * candidate the extractor considers (lexicon and cue tagger) in every sentence, labelled with the
 * source and content of the gold relation whose cue it overlaps — or nothing, when it overlaps no
 * gold cue, so that the tagger learns to drop such cues — and every gold cue the candidates miss,
 * with its gold spans. Sentences and quotations are followed as {@link
 * AttributionExtractor#extractAll} follows them. The scores of a tagger learnt on four fifths of
 * the documents are reported on the fifth held out; the weights are then learnt on all documents.
 */
public final class SpanTraining {
  /** Passes over the examples: the held-out F1 is flat from about eight on. */
  static final int EPOCHS = 10;

  /** Folds for the cross-fitted cue candidates; the last is also the held-out fifth reported. */
  static final int FOLDS = 5;

  /**
   * Margins tried (in the perceptron's own units): the one with the best sum of cue, source and
   * content F1 on the held-out fifth is shipped.
   */
  private static final double[] MARGINS = {0, 25, 50, 100, 200, 400};

  private SpanTraining() {}

  /** The outcome: the tagger and the held-out scores with and without it. */
  public record Outcome(SpanTagger tagger, List<String> report) {}

  /** Trains on {@code documents}, reporting scores on a held-out fifth of them. */
  public static Outcome train(List<CueTraining.Document> documents, AttributionExtractor rules) {
    Folds folds = crossFitted(documents, rules, FOLDS);
    List<CueTraining.Document> heldOut = new ArrayList<>();
    for (int i = 0; i < documents.size(); i++) {
      if (i % FOLDS == FOLDS - 1) {
        heldOut.add(documents.get(i));
      }
    }
    // The held-out fifth is read with a cue tagger and a span tagger that never saw it.
    AttributionExtractor reader = folds.readers().get(FOLDS - 1);
    SpanTagger candidate = SpanTagger.train(folds.allBut(FOLDS - 1), EPOCHS).pruned();
    List<String> report = new ArrayList<>();
    report.add(
        "held-out fifth, rules: " + String.join("; ", CueTraining.score(heldOut, reader).lines()));
    double bestMargin = MARGINS[0];
    double bestSum = -1;
    for (double margin : MARGINS) {
      AttributionScores scores =
          CueTraining.score(heldOut, reader.withSpanTagger(candidate.withMargin(margin)));
      report.add(
          String.format(Locale.ROOT, "held-out fifth, span tagger, margin %.0f: ", margin)
              + String.join("; ", scores.lines()));
      double sum = scores.f1("cue") + scores.f1("source") + scores.f1("content");
      if (sum > bestSum) {
        bestSum = sum;
        bestMargin = margin;
      }
    }
    report.add(String.format(Locale.ROOT, "chosen margin %.0f", bestMargin));
    SpanTagger tagger = SpanTagger.train(folds.allBut(-1), EPOCHS).withMargin(bestMargin).pruned();
    return new Outcome(tagger, report);
  }

  /**
   * The training examples of the documents with cue candidates and scores from cue taggers that did
   * not see them: document {@code i} is read with a cue tagger learnt on the documents of the other
   * folds ({@code i % folds}), so the span tagger learns how far to trust the cue tagger on unseen
   * text, not on its own training data. Returns the examples per fold and each fold's extractor.
   */
  public record Folds(List<List<SpanTagger.Example>> examples, List<AttributionExtractor> readers) {
    public List<SpanTagger.Example> allBut(int fold) {
      List<SpanTagger.Example> all = new ArrayList<>();
      for (int f = 0; f < examples.size(); f++) {
        if (f != fold) {
          all.addAll(examples.get(f));
        }
      }
      return all;
    }
  }

  public static Folds crossFitted(
      List<CueTraining.Document> documents, AttributionExtractor rules, int folds) {
    double threshold = rules.cueTagger() == null ? 0.5 : rules.cueTagger().threshold();
    List<List<SpanTagger.Example>> examples = new ArrayList<>();
    List<AttributionExtractor> readers = new ArrayList<>();
    for (int fold = 0; fold < folds; fold++) {
      List<CueTraining.Document> inFold = new ArrayList<>();
      List<CueTraining.Document> others = new ArrayList<>();
      for (int i = 0; i < documents.size(); i++) {
        (i % folds == fold ? inFold : others).add(documents.get(i));
      }
      CueTagger cues =
          CueTagger.train(
              CueTraining.examples(others, rules.lexicon()), CueTraining.EPOCHS, threshold);
      AttributionExtractor reader = rules.withSpanTagger(null).withTagger(cues);
      readers.add(reader);
      examples.add(examples(inFold, reader));
    }
    return new Folds(examples, readers);
  }

  /** The training examples of the documents. */
  public static List<SpanTagger.Example> examples(
      List<CueTraining.Document> documents, AttributionExtractor extractor) {
    List<SpanTagger.Example> examples = new ArrayList<>();
    for (CueTraining.Document document : documents) {
      String text = document.text();
      List<RawText.Sentence> sentences = RawText.sentences(text);
      boolean open = false;
      int paragraph = Integer.MIN_VALUE;
      for (RawText.Sentence sentence : sentences) {
        if (sentence.paragraph() != paragraph) {
          paragraph = sentence.paragraph();
          open = false;
        }
        Span span = sentence.span();
        String sentenceText = span.of(text);
        SpanTagger.Sentence tagged = null;
        List<Span> covered = new ArrayList<>();
        for (AttributionExtractor.Candidate candidate : extractor.candidates(sentenceText, open)) {
          if (tagged == null) {
            tagged = extractor.prepare(sentenceText);
          }
          Span cue = candidate.cue();
          BratAttributions.Gold gold = goldFor(document.gold(), cue.shift(span.start()));
          if (gold != null) {
            covered.add(gold.cue().get(0));
          }
          examples.add(
              new SpanTagger.Example(
                  tagged, cue, candidate.rules(), labels(tagged, cue, gold, span.start())));
        }
        for (BratAttributions.Gold gold : document.gold()) {
          if (gold.cue().isEmpty() || covered.contains(gold.cue().get(0))) {
            continue;
          }
          Span first = gold.cue().get(0);
          if (first.start() < span.start() || first.end() > span.end()) {
            continue;
          }
          if (tagged == null) {
            tagged = extractor.prepare(sentenceText);
          }
          Span cue = new Span(first.start() - span.start(), first.end() - span.start());
          examples.add(
              new SpanTagger.Example(
                  tagged,
                  cue,
                  extractor.byRules(sentenceText, cue),
                  labels(tagged, cue, gold, span.start())));
        }
        open = Quotations.openAfter(sentenceText, open);
      }
    }
    return examples;
  }

  /** The gold relation whose cue overlaps the span most, or null. */
  private static BratAttributions.Gold goldFor(List<BratAttributions.Gold> golds, Span cue) {
    BratAttributions.Gold best = null;
    int bestOverlap = 0;
    for (BratAttributions.Gold gold : golds) {
      for (Span part : gold.cue()) {
        int overlap = Math.min(part.end(), cue.end()) - Math.max(part.start(), cue.start());
        if (overlap > bestOverlap) {
          bestOverlap = overlap;
          best = gold;
        }
      }
    }
    return best;
  }

  /** Gold labels of the sentence's tokens for one cue: the relation's source and content. */
  static int[] labels(
      SpanTagger.Sentence sentence, Span cue, BratAttributions.Gold gold, int offset) {
    int[] labels = new int[sentence.size()];
    if (gold == null) {
      return labels;
    }
    int[] cueTokens = sentence.tokenRange(cue);
    for (int i = 0; i < labels.length; i++) {
      if (cueTokens != null && i >= cueTokens[0] && i < cueTokens[1]) {
        continue;
      }
      CueTagger.Token token = sentence.tokens.get(i);
      int start = token.start() + offset;
      int end = token.end() + offset;
      if (gold.source() != null && overlaps(gold.source(), start, end)) {
        labels[i] = SpanTagger.SOURCE;
      } else if (overlaps(gold.content(), start, end)) {
        labels[i] = SpanTagger.CONTENT;
      }
    }
    return labels;
  }

  private static boolean overlaps(List<Span> spans, int start, int end) {
    for (Span span : spans) {
      if (span.start() < end && start < span.end()) {
        return true;
      }
    }
    return false;
  }
}
