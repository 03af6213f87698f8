package dev.parallax.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;

/**
 * Universal Dependencies part-of-speech tags (NOUN, VERB, PROPN, ADP, AUX, DET, PRON, ...) by
 * OpenNLP's perceptron tagger with its published English model (UD English-EWT, shipped in the
 * {@code opennlp-models-pos-en} jar; Apache-2.0). The model loads once per JVM, on first use; each
 * thread keeps its own tagger (OpenNLP's are not thread-safe). About 50,000 tokens a second on one
 * thread here, so callers tag only the sentences that need tags (the attribution span tagger: the
 * sentences with a cue; word choice: the sentences of candidate terms).
 */
public final class PartsOfSpeech {
  /** The model file inside the model jar. */
  static final String MODEL_RESOURCE = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

  /** Closed-class UD tags: words that carry grammar, not framing. */
  public static final Set<String> CLOSED_CLASS =
      Set.of("ADP", "AUX", "CCONJ", "DET", "PART", "PRON", "SCONJ", "NUM", "PUNCT", "SYM");

  private PartsOfSpeech() {}

  private static final class Holder {
    static final POSModel MODEL = load();
    static final ThreadLocal<POSTaggerME> TAGGER =
        ThreadLocal.withInitial(() -> new POSTaggerME(MODEL, POSTagFormat.UD));

    private static POSModel load() {
      try (InputStream model = PartsOfSpeech.class.getResourceAsStream(MODEL_RESOURCE)) {
        if (model == null) {
          throw new IllegalStateException(
              MODEL_RESOURCE.substring(1)
                  + " (the OpenNLP English POS model, opennlp-models-pos-en) is not on the"
                  + " classpath");
        }
        return new POSModel(model);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot load " + MODEL_RESOURCE.substring(1), e);
      }
    }
  }

  /**
   * Loads the model now (a missing or corrupt model then fails at start-up, not in the first task).
   */
  public static void load() {
    Holder.TAGGER.get();
  }

  /** One UD tag per token; the tokens are words as written (case kept), punctuation its own. */
  public static String[] tags(String[] tokens) {
    if (tokens.length == 0) {
      return new String[0];
    }
    return Holder.TAGGER.get().tag(tokens);
  }

  /** As {@link #tags(String[])}, for a list. */
  public static String[] tags(List<String> tokens) {
    return tags(tokens.toArray(new String[0]));
  }
}
