package dev.parallax.text;

import java.io.Serializable;

/**
 * The meaning of a short text (a title and lead, a sentence) as a unit vector whose cosine with
 * another tracks how close their meanings are (Reimers & Gurevych 2019): from the static table
 * distilled from the sentence model ({@link VectorTable}, a lookup per piece), or from the model
 * itself ({@link #model()}, a model call per text). A text's vector depends on that text alone.
 */
public interface SentenceVectors extends Serializable {
  float[] vector(String text);

  int dimensions();

  /** The sentence model itself, loaded once per JVM where it is first used. */
  static SentenceVectors model() {
    return new ModelVectors();
  }

  /** The sentence model behind {@link SentenceVectors#model()}: travels as a name, not weights. */
  final class ModelVectors implements SentenceVectors {
    private static final long serialVersionUID = 1L;

    @Override
    public float[] vector(String text) {
      return SentenceModel.shared().encode(text);
    }

    @Override
    public int dimensions() {
      return SentenceModel.DIMENSIONS;
    }
  }
}
