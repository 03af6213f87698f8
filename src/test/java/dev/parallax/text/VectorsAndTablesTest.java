package dev.parallax.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** WordPiece, the vector table and its file, principal components, random projections. */
class VectorsAndTablesTest {
  private static final WordPiece PIECES =
      new WordPiece(
          Map.of(
              "[UNK]", 0, "[CLS]", 1, "[SEP]", 2, "keld", 3, "army", 4, "so", 5, "-", 6, "called",
              7, "arm", 8, "##ies", 9));

  @Test
  void wordPieceCutsWordsIntoTheLongestPieces() {
    assertThat(PIECES.ids("Keld's so-called ARMIES")).containsExactly(3, 0, 0, 5, 6, 7, 8, 9);
    assertThat(PIECES.piece(7)).isEqualTo("called");
    assertThat(WordPiece.basicWords("Café, “Keld”!"))
        .containsExactly("cafe", ",", "“", "keld", "”", "!");
  }

  @Test
  void aTableSumsItsPiecesRowsAndItsFileRoundTripsByteForByte() {
    float[][] rows = new float[10][];
    rows[3] = new float[] {1, 0, 0};
    rows[4] = new float[] {0, 1, 0};
    rows[7] = new float[] {0, 0, 2};
    VectorTable table = VectorTable.of(PIECES, rows);
    float[] vector = table.vector("keld army");
    assertThat(vector[0]).isCloseTo((float) Math.sqrt(0.5), Offset.offset(0.01f));
    assertThat(vector[1]).isCloseTo((float) Math.sqrt(0.5), Offset.offset(0.01f));
    assertThat(table.vector("nothing known")).containsOnly(0f);
    List<String> pieceOfId =
        List.of("[UNK]", "[CLS]", "[SEP]", "keld", "army", "so", "-", "called", "arm", "##ies");
    byte[] file = table.toBytes(pieceOfId);
    assertThat(VectorTable.of(PIECES, rows).toBytes(pieceOfId)).isEqualTo(file);
    VectorTable read = VectorTable.fromBytes(file, "t.bin");
    assertThat(read.vector("keld army")).containsExactly(vector);
    assertThatThrownBy(() -> VectorTable.fromBytes(new byte[] {1, 2, 3}, "bad.bin"))
        .hasMessageContaining("bad.bin");
  }

  @Test
  void principalComponentsFindTheDirectionOfMostVariance() {
    double[][] rows = new double[200][];
    java.util.Random random = new java.util.Random(3);
    for (int i = 0; i < rows.length; i++) {
      double t = random.nextGaussian();
      rows[i] =
          new double[] {3 * t + 0.1 * random.nextGaussian(), 3 * t, 0.2 * random.nextGaussian()};
    }
    double[][] components = PrincipalComponents.of(rows, 2);
    assertThat(components[0][0]).isCloseTo(Math.sqrt(0.5), Offset.offset(0.02));
    assertThat(components[0][1]).isCloseTo(Math.sqrt(0.5), Offset.offset(0.02));
    assertThat(Math.abs(components[0][2])).isLessThan(0.05);
    double dot = 0;
    for (int d = 0; d < 3; d++) {
      dot += components[0][d] * components[1][d];
    }
    assertThat(dot).isCloseTo(0, Offset.offset(1e-9));
  }

  @Test
  void randomProjectionsGiveCloseVectorsTheSameKeysMoreOften() {
    RandomProjections projections = new RandomProjections(64, 8, 6, 42);
    java.util.Random random = new java.util.Random(9);
    int near = 0;
    int far = 0;
    for (int round = 0; round < 200; round++) {
      float[] a = new float[64];
      float[] b = new float[64];
      float[] c = new float[64];
      for (int d = 0; d < 64; d++) {
        a[d] = (float) random.nextGaussian();
        b[d] = a[d] + 0.2f * (float) random.nextGaussian();
        c[d] = (float) random.nextGaussian();
      }
      int[] keysA = projections.keys(Vectors.normalised(a));
      assertThat(projections.keys(a)).containsExactly(keysA);
      int[] keysB = projections.keys(Vectors.normalised(b));
      int[] keysC = projections.keys(Vectors.normalised(c));
      for (int band = 0; band < 8; band++) {
        near += keysA[band] == keysB[band] ? 1 : 0;
        far += keysA[band] == keysC[band] ? 1 : 0;
      }
    }
    assertThat(near).isGreaterThan(10 * Math.max(1, far));
  }

  @Test
  void theTimeRuleKeepsTopicsCoveredNowAndThenApart() {
    TimeRule rule = TimeRule.days(7, 30, 365, 0.2);
    long day = TimeRule.DAY_MILLIS;
    assertThat(rule.allows(0, 10 * day, 15 * day, 20 * day, 0.16)).as("a gap of 5 days").isTrue();
    assertThat(rule.allows(0, 2 * day, 25 * day, 28 * day, 0.16)).as("within 30 days").isTrue();
    assertThat(rule.allows(0, 2 * day, 60 * day, 61 * day, 0.16)).as("months apart").isFalse();
    assertThat(rule.allows(0, 2 * day, 60 * day, 61 * day, 0.25)).as("strongly alike").isTrue();
    assertThat(rule.allows(0, 200 * day, 204 * day, 400 * day, 0.9)).as("over a year").isFalse();
    assertThat(rule.allows(Long.MAX_VALUE, Long.MIN_VALUE, 0, day, 0.16)).as("undated").isTrue();
  }
}
