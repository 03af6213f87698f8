package dev.parallax.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The sentence encoder: paraphrases close, unrelated sentences far, vectors of unit length. */
class SentenceModelTest {
  @Test
  void paraphrasesAreCloserThanUnrelatedSentences() {
    SentenceModel model = SentenceModel.shared();
    float[] accusation =
        model.encode("Interior minister says Ostland armed Keld with anti-tank launchers");
    float[] denial = model.encode("Ostland embassy rejects claim it shipped weapons to Keld");
    float[] unrelated = model.encode("Otters return to the upper river after forty years");
    assertThat(Vectors.dot(accusation, accusation))
        .isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-4));
    assertThat(Vectors.dot(accusation, denial))
        .isGreaterThan(Vectors.dot(accusation, unrelated) + 0.2);
    assertThat(model.pieces().ids("unaffable"))
        .containsExactly(
            model.pieces().id("una"), model.pieces().id("##ffa"), model.pieces().id("##ble"));
  }

  @Test
  void speed() {
    SentenceModel model = SentenceModel.shared();
    String lead =
        "Varnia's Interior Minister Dragan Melnik said on Monday that Ostland had delivered sixty"
            + " Harrow anti-tank launchers to Keld in February, in what he called a dangerous"
            + " escalation. The Ostland embassy in Varno said the claims were fabricated.";
    long start = System.nanoTime();
    int n = 50;
    for (int i = 0; i < n; i++) {
      model.encode(lead + " " + i);
    }
    System.out.printf("sentence model: %.1f ms per lead%n", (System.nanoTime() - start) / 1e6 / n);
    assertThat(List.of(1)).hasSize(1);
  }
}
