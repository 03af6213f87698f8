package dev.parallax.text;

import dev.parallax.model.Span;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;

/**
 * Sentence boundaries by OpenNLP's maximum-entropy detector with its published English model (UD
 * English-EWT, shipped in the {@code opennlp-models-sentdetect-en} jar): it keeps "U.S.", "Mr." and
 * decimals inside sentences. Each paragraph (blank-line separated) is split on its own.
 */
public final class SentenceSplitter {
  private static final SentenceModel MODEL = load();
  private static final ThreadLocal<SentenceDetectorME> DETECTOR =
      ThreadLocal.withInitial(() -> new SentenceDetectorME(MODEL));

  private SentenceSplitter() {}

  /** Sentence spans of one paragraph. */
  public static List<Span> sentences(String paragraph) {
    List<Span> spans = new ArrayList<>();
    for (opennlp.tools.util.Span span : DETECTOR.get().sentPosDetect(paragraph)) {
      spans.add(new Span(span.getStart(), span.getEnd()));
    }
    return spans;
  }

  private static SentenceModel load() {
    try (InputStream model =
        SentenceSplitter.class.getResourceAsStream("/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin")) {
      if (model == null) {
        throw new IllegalStateException(
            "the OpenNLP English sentence model is not on the classpath");
      }
      return new SentenceModel(model);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load the sentence model", e);
    }
  }
}
