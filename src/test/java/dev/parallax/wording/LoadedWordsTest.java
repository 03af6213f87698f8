package dev.parallax.wording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class LoadedWordsTest {
  private static final LoadedWords LEXICON =
      LoadedWords.of(
          List.of(
              "slam\t0.40",
              "so-called\t0.60",
              "terrorist\t0.93",
              "useful\t0.47",
              "abuse\t0.80",
              "bully\t0.70",
              "partying\t0.30"));

  @Test
  void forTermsRatedNounsAndVerbsCountLessThanModifiersAndFramingWords() {
    dev.parallax.text.PosLexicon classes =
        dev.parallax.text.PosLexicon.parse(
            String.join(
                "\n",
                "? \tNOUN",
                "^ \tPROPN",
                "killed\tVERB",
                "rape\tNOUN",
                "dangerous\tADJ",
                "slammed\tVERB",
                "regime\tNOUN"),
            "test");
    LoadedWords terms =
        LoadedWords.forTerms(
            List.of(
                "killed\t0.90",
                "rape\t0.80",
                "dangerous\t0.50",
                "slammed\t0.20",
                "slammed\t0.60\tframing",
                "regime\t0.60\tframing",
                "reportedly\t0.50\thedge"),
            classes,
            0.5);
    assertThat(terms.of("killed")).isEqualTo(0.45); // what happened, not how it is told
    assertThat(terms.of("rape case")).isEqualTo(0.40);
    assertThat(terms.of("dangerous")).isEqualTo(0.50); // a modifier keeps its weight
    assertThat(terms.of("slammed")).isEqualTo(0.60); // a framing verb keeps its weight
    assertThat(terms.of("regime")).isEqualTo(0.60);
    assertThat(terms.of("reportedly")).isEqualTo(0.50);
    // The plain lexicon (referent labels) reads the same lines as written.
    LoadedWords plain =
        LoadedWords.of(
            List.of(
                "killed\t0.90",
                "slammed\t0.20",
                "slammed\t0.60\tframing",
                "reportedly\t0.50\thedge"));
    assertThat(plain.of("killed")).isEqualTo(0.90);
    assertThat(plain.of("slammed")).isEqualTo(0.60);
    assertThat(plain.of("reportedly")).isZero(); // a hedge qualifies the report, not a referent
    assertThatThrownBy(() -> LoadedWords.of(List.of("killed\t0.90\tnoun")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("framing");
  }

  @Test
  void aTermWeighsAsItsMostLoadedWordMatchedThroughInflections() {
    assertThat(LEXICON.of("slammed")).isEqualTo(0.40);
    assertThat(LEXICON.of("slamming")).isEqualTo(0.40);
    assertThat(LEXICON.of("minister slams")).isEqualTo(0.40);
    assertThat(LEXICON.of("abusing")).isEqualTo(0.80);
    assertThat(LEXICON.of("abused power")).isEqualTo(0.80);
    assertThat(LEXICON.of("bullies")).isEqualTo(0.70);
    assertThat(LEXICON.of("bullied")).isEqualTo(0.70);
    assertThat(LEXICON.of("Terrorist's")).isEqualTo(0.93);
    // Derivations are other words: "use" is not "useful", "party" not "partying".
    assertThat(LEXICON.of("use")).isZero();
    assertThat(LEXICON.of("used")).isZero();
    assertThat(LEXICON.of("party")).isZero();
    assertThat(LEXICON.of("terrorists attack")).isEqualTo(0.93);
    assertThat(LEXICON.of("border wall")).isZero();
    assertThat(LEXICON.of("so-called army")).isEqualTo(0.60); // the compound counts whole
    assertThat(LoadedWords.none().of("terrorist")).isZero();
  }

  @Test
  void badLinesAreRejectedWithTheLine() {
    assertThatThrownBy(() -> LoadedWords.of(List.of("slam 0.4")))
        .hasMessageContaining("word<TAB>weight");
    assertThatThrownBy(() -> LoadedWords.of(List.of("slam\tmuch")))
        .hasMessageContaining("slam\tmuch");
    assertThatThrownBy(() -> LoadedWords.of(List.of("slam\t1.5"))).hasMessageContaining("0..1");
  }
}
