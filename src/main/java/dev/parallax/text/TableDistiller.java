package dev.parallax.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Distils a static vector table from the sentence model (Model2Vec's recipe, Tulkens & van Dongen
 * 2024): every piece of the vocabulary encoded alone ({@code [CLS] piece [SEP]}), the vectors
 * reduced by principal component analysis to {@code dimensions}, and each row weighted by how rare
 * its piece is in news text — smooth inverse frequency, {@code a / (a + p)} (Arora, Liang & Ma
 * 2017) — with the piece frequencies counted on a corpus. The rows' frequency-weighted mean, what
 * every text shares, is taken out of each row. Deterministic: the same model and corpus give the
 * same table.
 */
public final class TableDistiller {
  /** Smooth inverse frequency: weight = a / (a + p). */
  static final double SIF_A = 1e-3;

  private TableDistiller() {}

  /** The pieces that get a row: all but special and unused ones ("[CLS]", "[unused7]"). */
  public static List<Integer> kept(List<String> pieceOfId) {
    List<Integer> kept = new ArrayList<>();
    for (int id = 0; id < pieceOfId.size(); id++) {
      String piece = pieceOfId.get(id);
      if (!(piece.startsWith("[") && piece.endsWith("]"))) {
        kept.add(id);
      }
    }
    return kept;
  }

  /** Each kept piece's model vector, alone between [CLS] and [SEP]. */
  public static double[][] encode(SentenceModel model, List<Integer> kept) {
    int cls = model.pieces().id("[CLS]");
    int sep = model.pieces().id("[SEP]");
    double[][] encoded = new double[kept.size()][];
    for (int i = 0; i < kept.size(); i++) {
      float[] vector = model.encodePieces(new int[] {cls, kept.get(i), sep});
      encoded[i] = new double[vector.length];
      for (int d = 0; d < vector.length; d++) {
        encoded[i][d] = vector[d];
      }
    }
    return encoded;
  }

  /**
   * The table's rows, piece id to row (null for pieces without one).
   *
   * @param counts how often each piece id occurs in the corpus
   */
  public static float[][] rows(
      int size, List<Integer> kept, double[][] encoded, long[] counts, int dimensions) {
    double[][] components = PrincipalComponents.of(encoded, dimensions);
    double[] mean = PrincipalComponents.mean(encoded);
    double total = 0;
    for (int id : kept) {
      total += counts[id] + 1;
    }
    double[][] weighted = new double[kept.size()][dimensions];
    double[] background = new double[dimensions];
    for (int i = 0; i < kept.size(); i++) {
      double probability = (counts[kept.get(i)] + 1) / total;
      double weight = SIF_A / (SIF_A + probability);
      for (int c = 0; c < dimensions; c++) {
        double projection = 0;
        for (int d = 0; d < mean.length; d++) {
          projection += (encoded[i][d] - mean[d]) * components[c][d];
        }
        weighted[i][c] = weight * projection;
        background[c] += probability * weighted[i][c];
      }
    }
    float[][] rows = new float[size][];
    for (int i = 0; i < kept.size(); i++) {
      float[] row = new float[dimensions];
      for (int c = 0; c < dimensions; c++) {
        row[c] = (float) (weighted[i][c] - background[c]);
      }
      rows[kept.get(i)] = row;
    }
    return rows;
  }
}
