package dev.parallax.wording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.parallax.config.ConfFiles;
import dev.parallax.config.ConfigKeys;
import dev.parallax.config.ParallaxConfig;
import dev.parallax.model.ReferentLabel;
import dev.parallax.testing.TestRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Referent mentions and their alignment across outlets, with the project's lexicons. */
class ReferentLabelsTest {
  private final ParallaxConfig config = TestRules.config(Map.of());
  private final ReferentLabels labels =
      ReferentLabels.of(
          ConfFiles.contentLines(config, ConfigKeys.WORDING_REFERENT_HEADS),
          ConfFiles.contentLines(config, ConfigKeys.WORDING_LOADED_MODIFIERS));

  @Test
  void mentionsKeepOwnerModifiersAndHead() {
    assertThat(labels.mentions("A", "a1", "Ostland armed Keld's so-called security forces in May."))
        .extracting(
            ReferentLabels.Mention::owner,
            ReferentLabels.Mention::group,
            ReferentLabels.Mention::label)
        .containsExactly(tuple("Keld", "forces", "so-called security forces"));
    assertThat(labels.mentions("B", "b1", "No launchers reached the Keld Security Force, it said."))
        .extracting(ReferentLabels.Mention::owner, ReferentLabels.Mention::label)
        .containsExactly(tuple("Keld", "Keld Security Force"));
    assertThat(labels.mentions("C", "c1", "The province illegally declared independence in 2015."))
        .extracting(
            ReferentLabels.Mention::owner,
            ReferentLabels.Mention::group,
            ReferentLabels.Mention::label)
        .containsExactly(tuple(null, "independence", "illegally declared independence"));
    assertThat(labels.mentions("D", "d1", "The army said nothing."))
        .extracting(ReferentLabels.Mention::owner)
        .containsExactly((String) null);
    assertThat(labels.mentions("E", "e1", "Prices rose in March.")).isEmpty();
  }

  @Test
  void alignmentGivesOwnerlessMentionsTheEventsOwnerAndDropsSingleOutletReferents() {
    List<ReferentLabels.Mention> event = new ArrayList<>();
    event.addAll(labels.mentions("Alpha", "a1", "Launchers went to Keld's so-called army."));
    event.addAll(labels.mentions("Alpha", "a2", "The so-called army of the province grew."));
    event.addAll(labels.mentions("Beta", "b1", "Launchers went to Keld's security forces."));
    event.addAll(labels.mentions("Gamma", "g1", "The Keld Security Force is lightly armed."));
    event.addAll(labels.mentions("Gamma", "g1", "Varnia's government protested."));
    assertThat(ReferentLabels.align(event))
        .extracting(
            ReferentLabel::referent,
            ReferentLabel::outlet,
            ReferentLabel::label,
            ReferentLabel::count,
            ReferentLabel::articleId)
        .containsExactly(
            tuple("Keld forces", "Alpha", "so-called army", 2, "a1"),
            tuple("Keld forces", "Beta", "security forces", 1, "b1"),
            tuple("Keld forces", "Gamma", "Keld Security Force", 1, "g1"));
  }

  @Test
  void namesAreReferentsWithEachOutletsDescriptorsAndLoadedWords() {
    ReferentLabels named =
        labels.withNames(
            LoadedWords.of(ConfFiles.contentLines(config, ConfigKeys.WORDING_LOADED_WORDS)),
            dev.parallax.text.PosLexicon.parse(
                ConfFiles.read(config, ConfigKeys.CLAIMS_POS_LEXICON), "pos-lexicon.tsv"));
    List<ReferentLabels.Mention> event = new ArrayList<>();
    event.addAll(
        named.articleMentions(
            "Alpha",
            "a1",
            List.of(
                "Fiery radio host Dana Orlov slammed the ministry on Sunday.",
                "Orlov repeated the claim.")));
    event.addAll(
        named.articleMentions(
            "Beta",
            "b1",
            List.of(
                "Dana Orlov, a former minister, spoke on Sunday.",
                "Mr. Orlov wildly overstated the cost.")));
    event.addAll(named.articleMentions("Gamma", "g1", List.of("Ada Quill was furious.")));
    assertThat(ReferentLabels.align(event))
        .extracting(
            ReferentLabel::referent,
            ReferentLabel::outlet,
            ReferentLabel::kind,
            ReferentLabel::label,
            ReferentLabel::count)
        .containsExactly(
            tuple("Dana Orlov", "Alpha", "descriptor", "fiery radio host", 1),
            tuple("Dana Orlov", "Alpha", "loaded", "slammed", 1),
            tuple("Dana Orlov", "Beta", "descriptor", "former minister", 1),
            tuple("Dana Orlov", "Beta", "loaded", "wildly", 1));
  }
}
