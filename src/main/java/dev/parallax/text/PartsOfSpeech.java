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
 * thread keeps its own tagger (OpenNLP's are not thread-safe). Decoding is greedy ({@link
 * #greedy}): about 200,000 tokens a second on one warm thread here, so callers tag only the
 * sentences that need tags (the attribution span tagger: the sentences with a cue; word choice: the
 * sentences of candidate terms).
 */
public final class PartsOfSpeech {
  /** The model file inside the model jar. */
  static final String MODEL_RESOURCE = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

  /** Closed-class UD tags: words that carry grammar, not framing. */
  public static final Set<String> CLOSED_CLASS =
      Set.of("ADP", "AUX", "CCONJ", "DET", "PART", "PRON", "SCONJ", "NUM", "PUNCT", "SYM");

  /** Every UD part-of-speech tag. */
  public static final Set<String> TAGS =
      Set.of(
          "ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON",
          "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X");

  /** The tagger in context, as a {@link PosTagger}. */
  public static final PosTagger IN_CONTEXT = PartsOfSpeech::tags;

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
        return new POSModel(new java.io.ByteArrayInputStream(greedy(model.readAllBytes())));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot load " + MODEL_RESOURCE.substring(1), e);
      }
    }
  }

  /**
   * The model package with its manifest's beam size set to 1: greedy decoding, the best tag of each
   * token in turn, instead of a beam of 3 sequences. On PolNeAR's dev texts (68,019 tokens) it
   * gives the same tag to every token, 1.75x faster (0.33 s against 0.58 s on one warm thread).
   * OpenNLP reads the beam size from the manifest only.
   */
  static byte[] greedy(byte[] modelPackage) throws IOException {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(modelPackage.length);
    try (java.util.zip.ZipInputStream in =
            new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(modelPackage));
        java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
      for (java.util.zip.ZipEntry entry = in.getNextEntry();
          entry != null;
          entry = in.getNextEntry()) {
        byte[] content = in.readAllBytes();
        if (entry.getName().equals("manifest.properties")) {
          java.util.Properties manifest = new java.util.Properties();
          manifest.load(new java.io.ByteArrayInputStream(content));
          manifest.setProperty("BeamSize", "1");
          java.io.ByteArrayOutputStream written = new java.io.ByteArrayOutputStream();
          manifest.store(written, null);
          content = written.toByteArray();
        }
        zip.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
        zip.write(content);
        zip.closeEntry();
      }
    }
    return out.toByteArray();
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
