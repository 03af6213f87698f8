package dev.parallax.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.parallax.testing.ProjectPaths;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Names with their descriptors, and their resolution within an article or an event. */
class NamesTest {
  /** The shipped part-of-speech lexicon, as the job uses it. */
  static final PosTagger POS = lexicon();

  private static PosTagger lexicon() {
    try {
      return PosLexicon.parse(
          Files.readString(ProjectPaths.root().resolve("conf/pos-lexicon.tsv")),
          "conf/pos-lexicon.tsv");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Names.Name> names(String sentence) {
    return Names.find(Names.tokens(sentence), POS);
  }

  @Test
  void premodifiersAndTitlesDescribeTheNameAndHonorificsDoNot() {
    assertThat(names("Fiery radio host Dana Orlov closed the summit on Sunday."))
        .extracting(Names.Name::name, Names.Name::descriptor)
        .containsExactly(tuple("Dana Orlov", "fiery radio host"));
    assertThat(names("Varnia Republican Rep. Tomas Brell called the vote rigged."))
        .extracting(Names.Name::name, Names.Name::descriptor)
        .containsExactly(tuple("Tomas Brell", "Varnia Republican Rep."));
    assertThat(names("Mr. Brell declined to comment."))
        .extracting(Names.Name::name, Names.Name::descriptor)
        .containsExactly(tuple("Brell", ""));
    assertThat(names("Sen. Ada Quill (D-Vt.) spoke first."))
        .extracting(Names.Name::name, Names.Name::descriptor)
        .containsExactly(tuple("Ada Quill", "Sen."));
  }

  @Test
  void appositionsOnEitherSideDescribeTheName() {
    assertThat(names("Ilse Marek, a lawyer for the ministry, denied it."))
        .extracting(Names.Name::name, Names.Name::descriptor)
        .containsExactly(tuple("Ilse Marek", "lawyer for the ministry"));
    assertThat(names("On Friday the deputy director, Paul Sandor, resigned."))
        .extracting(Names.Name::name, Names.Name::descriptor)
        .containsExactly(tuple("Paul Sandor", "deputy director"));
    // A clause after the comma is no apposition.
    assertThat(names("Ilse Marek, who denied it, left."))
        .extracting(Names.Name::name, Names.Name::descriptor)
        .containsExactly(tuple("Ilse Marek", ""));
  }

  @Test
  void functionWordsDaysAndTitleCaseHeadlinesNameNoOne() {
    assertThat(names("But Marek said nothing on Monday."))
        .extracting(Names.Name::name)
        .containsExactly("Marek");
    assertThat(names("White House aides said nothing."))
        .extracting(Names.Name::name)
        .containsExactly("White House");
    assertThat(names("\u201cIt was a mistake,\u201d I said.")).isEmpty();
    assertThat(names("Minister Denies Arming Keld Forces In May")).isEmpty();
  }

  @Test
  void surnamesAndSpellingsResolveToTheFullNameUsedMost() {
    Map<String, String> referents =
        Entities.resolve(
            Map.of(
                "Eric Dorn", 2,
                "Dorn", 3,
                "Paul D. Ryle", 1,
                "Paul Ryle", 2,
                "Ryle", 4,
                "Barack Olen", 5,
                "Michelle Olen", 1,
                "Olen", 3));
    assertThat(referents)
        .containsEntry("Dorn", "Eric Dorn")
        .containsEntry("Eric Dorn", "Eric Dorn")
        .containsEntry("Paul D. Ryle", "Paul Ryle")
        .containsEntry("Ryle", "Paul Ryle")
        .containsEntry("Olen", "Barack Olen")
        .containsEntry("Michelle Olen", "Michelle Olen");
  }
}
