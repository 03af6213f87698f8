package dev.parallax.claims;

import dev.parallax.model.Span;
import dev.parallax.text.RawText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Learns the {@link CueTagger} from a PolNeAR-style corpus ({@code text/*.txt}, BRAT {@code
 * attributions/<doc>_<annotator>.ann}, the first annotator file by name as gold): sentences as the
 * extractor splits them, each token labelled by the gold cues. The threshold is the one that gives
 * the best relation-level cue F1 of the whole extractor on a fifth of the documents held out from
 * training; the weights are then learnt again on all documents.
 */
public final class CueTraining {
  /** Passes over the tokens: the held-out F1 is flat from about four on. */
  static final int EPOCHS = 5;

  private static final double[] THRESHOLDS = {0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7};

  private CueTraining() {}

  /** One annotated document. */
  public record Document(String text, List<BratAttributions.Gold> gold) {}

  /** The outcome: the tagger and, per threshold tried, the held-out scores. */
  public record Outcome(CueTagger tagger, List<String> report) {}

  /** Every text of {@code textDir} with an annotation file in {@code annDir}, in name order. */
  public static List<Document> read(Path textDir, Path annDir) {
    List<Document> documents = new ArrayList<>();
    try (var texts = Files.list(textDir);
        var annotations = Files.list(annDir)) {
      List<Path> sorted = texts.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
      List<String> names = annotations.map(p -> p.getFileName().toString()).sorted().toList();
      for (Path text : sorted) {
        String stem = text.getFileName().toString().replaceAll("\\.txt$", "");
        String gold =
            names.stream()
                .filter(name -> name.startsWith(stem + "_") && name.endsWith(".ann"))
                .findFirst()
                .orElse(null);
        if (gold != null) {
          documents.add(
              new Document(
                  Files.readString(text, StandardCharsets.UTF_8),
                  BratAttributions.parse(
                      Files.readString(annDir.resolve(gold), StandardCharsets.UTF_8))));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + textDir + " or " + annDir, e);
    }
    return documents;
  }

  /** Trains on {@code documents}, choosing the threshold on a held-out fifth of them. */
  public static Outcome train(List<Document> documents, AttributionExtractor rules) {
    List<Document> fit = new ArrayList<>();
    List<Document> heldOut = new ArrayList<>();
    for (int i = 0; i < documents.size(); i++) {
      (i % 5 == 4 ? heldOut : fit).add(documents.get(i));
    }
    CueTagger candidate = CueTagger.train(examples(fit, rules.lexicon()), EPOCHS, 0.5);
    List<String> report = new ArrayList<>();
    double bestThreshold = THRESHOLDS[0];
    double bestF1 = -1;
    AttributionScores lexiconOnly = score(heldOut, rules.withTagger(null));
    report.add("held-out, lexicon only: " + String.join("; ", lexiconOnly.lines()));
    for (double threshold : THRESHOLDS) {
      AttributionScores scores =
          score(heldOut, rules.withTagger(candidate.withThreshold(threshold)));
      report.add(
          String.format(Locale.ROOT, "held-out, threshold %.2f: ", threshold)
              + String.join("; ", scores.lines()));
      if (scores.f1("cue") > bestF1) {
        bestF1 = scores.f1("cue");
        bestThreshold = threshold;
      }
    }
    report.add(String.format(Locale.ROOT, "chosen threshold %.2f", bestThreshold));
    CueTagger tagger = CueTagger.train(examples(documents, rules.lexicon()), EPOCHS, bestThreshold);
    return new Outcome(tagger, report);
  }

  /** The extractor's scores over documents. */
  public static AttributionScores score(List<Document> documents, AttributionExtractor extractor) {
    AttributionScores scores = new AttributionScores();
    for (Document document : documents) {
      scores.add(document.text(), extractor.extractAll(document.text()), document.gold());
    }
    return scores;
  }

  /** Sentences of the documents with the lexicon's cues and the gold cues in each. */
  static List<CueTagger.Example> examples(List<Document> documents, CueLexicon lexicon) {
    List<CueTagger.Example> examples = new ArrayList<>();
    for (Document document : documents) {
      List<Span> goldCues = new ArrayList<>();
      for (BratAttributions.Gold relation : document.gold()) {
        goldCues.addAll(relation.cue());
      }
      for (RawText.Sentence sentence : RawText.sentences(document.text())) {
        {
          int offset = sentence.span().start();
          String text = sentence.span().of(document.text());
          List<Span> inSentence = new ArrayList<>();
          for (Span cue : goldCues) {
            int start = Math.max(cue.start() - offset, 0);
            int end = Math.min(cue.end() - offset, text.length());
            if (start < end) {
              inSentence.add(new Span(start, end));
            }
          }
          examples.add(new CueTagger.Example(text, lexicon.find(text), inSentence));
        }
      }
    }
    return examples;
  }
}
