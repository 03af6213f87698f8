package dev.parallax.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.text.LinkConstraints;
import org.junit.jupiter.api.Test;

/** The researcher's corrections file: rows become constraints, bad rows name line and field. */
class EventCorrectionsTest {
  @Test
  void correctionsFileErrorsNameLineAndField() {
    LinkConstraints parsed =
        EventCorrections.parse(
            "kind,article_id,other_article_id\n# comment\nmust_link,a,b\ncannot_link,c,d\n",
            "f.csv");
    assertThat(parsed.mustLink()).containsExactly(new LinkConstraints.Pair("a", "b"));
    assertThat(parsed.cannotLink()).containsExactly(new LinkConstraints.Pair("c", "d"));
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> EventCorrections.parse("kind,article_id,other_article_id\nmaybe,a,b\n", "f.csv"))
        .hasMessageContaining("f.csv:2")
        .hasMessageContaining("field 'kind' is 'maybe'");
  }
}
