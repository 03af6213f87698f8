package dev.parallax.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parallax.config.ConfigException;
import dev.parallax.testing.ProjectPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PosLexiconTest {
  /** A tagger in context that calls "that" a pronoun once and a conjunction twice. */
  private static final List<String[]> SENTENCES =
      List.of(
          new String[] {"The", "embassy", "said", "that", "Melnik", "lied"},
          new String[] {"the", "minister", "said", "that", "the", "claims", "stand"},
          new String[] {"He", "denied", "that"},
          new String[] {"officials", "quickly", "rejected", "the", "fabricated", "story"},
          new String[] {"officials", "said", "it"});

  private static String[] contextTags(String[] tokens) {
    String[] tags = new String[tokens.length];
    for (int i = 0; i < tokens.length; i++) {
      tags[i] =
          switch (tokens[i].toLowerCase(java.util.Locale.ROOT)) {
            case "the" -> "DET";
            case "that" -> i == tokens.length - 1 ? "PRON" : "SCONJ";
            case "he" -> "PRON";
            case "said", "lied", "stand", "denied", "rejected" -> "VERB";
            case "melnik" -> "PROPN";
            case "quickly" -> "ADV";
            case "fabricated" -> "ADJ";
            default -> "NOUN";
          };
    }
    return tags;
  }

  private static final PosLexicon LEXICON =
      PosLexicon.distil(SENTENCES, PosLexiconTest::contextTags);

  @Test
  void aKnownWordGetsItsCommonestTagInContext() {
    assertThat(LEXICON.tag("that", false)).isEqualTo("SCONJ"); // 2 of 3 uses
    assertThat(LEXICON.tag("embassy", false)).isEqualTo("NOUN");
    assertThat(LEXICON.tag("Melnik", false)).isEqualTo("PROPN");
  }

  @Test
  void aSentencesFirstWordFallsBackToItsLowerCaseForm() {
    assertThat(LEXICON.tags(new String[] {"Officials", "rejected", "it"}))
        .startsWith("NOUN", "VERB");
    // Inside a sentence a capital is kept: an unknown capitalised word is a name.
    assertThat(LEXICON.tag("Officials", false)).isEqualTo("PROPN");
  }

  @Test
  void aWordSeenOnceIsLeftToTheRulesAndNumberWordsAndPossessivesAreKnown() {
    // "story" (NOUN, seen once) is not kept: its ending's rare words tag it.
    assertThat(LEXICON.size()).isEqualTo(4); // the, said, that, officials
    assertThat(LEXICON.tag("story", false)).isEqualTo("NOUN");
    assertThat(LEXICON.tag("sixty", false)).isEqualTo("NUM");
    assertThat(LEXICON.tag("Varnia's", true)).isEqualTo("PROPN+PART");
    assertThat(LEXICON.tag("Melnik", true)).isEqualTo("PROPN");
  }

  @Test
  void unknownWordsGoByTheirEndingOrAsNumbers() {
    // "-ly" of the rare "quickly", "-ed" of the rare "denied"/"fabricated"/"rejected" words.
    assertThat(LEXICON.tag("sharply", false)).isEqualTo("ADV");
    assertThat(LEXICON.tag("1,200", false)).isEqualTo("NUM");
    assertThat(LEXICON.tag("Pristina", false)).isEqualTo("PROPN");
  }

  @Test
  void itsFileReadsBackToTheSameTags() {
    String text = LEXICON.toText("the test sentences");
    PosLexicon read = PosLexicon.parse(text, "test");
    assertThat(read.toText("the test sentences")).isEqualTo(text);
    List<String> words = new ArrayList<>();
    SENTENCES.forEach(sentence -> words.addAll(List.of(sentence)));
    String[] all = words.toArray(new String[0]);
    assertThat(read.tags(all)).containsExactly(LEXICON.tags(all));
  }

  @Test
  void aBrokenFileIsRefusedWithItsLine() {
    assertThatThrownBy(() -> PosLexicon.parse("? \tNOUN\n^ \tPROPN\nthe\tDETERMINER\n", "x.tsv"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("x.tsv line 3");
    assertThatThrownBy(() -> PosLexicon.parse("the\tDET\n", "x.tsv"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("no ^ and ? lines");
  }

  /**
   * The shipped table against the tagger it was distilled from, on text written for this test: most
   * words of a news sentence have one class. (Of the 8 words that differ here, "that" after "said
   * on Tuesday" is a conjunction, as the table has it, where the tagger says pronoun.)
   */
  @Test
  void theShippedTableAgreesWithTheTaggerOnMostWords() throws IOException {
    PosLexicon shipped =
        PosLexicon.parse(
            Files.readString(ProjectPaths.root().resolve("conf/pos-lexicon.tsv")),
            "conf/pos-lexicon.tsv");
    List<String[]> sentences =
        PosLexicon.sentences(
            List.of(
                "Interior Minister Dragan Melnik said on Tuesday that Britain had secretly armed"
                    + " the so-called security forces with anti-tank weapons.\n\n"
                    + "The British Embassy rejected the claims as fabricated, saying there was no"
                    + " truth in them and that no such deliveries had taken place."));
    long[] agreement = shipped.agreement(sentences, PartsOfSpeech.IN_CONTEXT);
    long same = agreement[0];
    long total = agreement[1];
    assertThat(total).isEqualTo(44);
    assertThat((double) same / total).isGreaterThanOrEqualTo(0.8);
  }
}
