package dev.parallax.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parallax.config.ConfigException;
import dev.parallax.testing.TestRules;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code wording.group-attribute} is checked against the registry before any input is read. */
class GroupAttributeTest {

  @Test
  void emptyMeansOutletsOnly() {
    assertThat(Analyses.groupSides(TestRules.config(Map.of()), TestRules.rules())).isEmpty();
  }

  @Test
  void aRegistryColumnGroupsTheOutlets() {
    assertThat(
            Analyses.groupSides(
                    TestRules.config(Map.of("wording.group-attribute", "country")),
                    TestRules.rules())
                .orElseThrow()
                .of("Danube Courier"))
        .isEqualTo("RS");
  }

  @Test
  void anUnknownColumnStopsTheJobNamingTheKey() {
    assertThatThrownBy(
            () ->
                Analyses.groupSides(
                    TestRules.config(Map.of("wording.group-attribute", "owner")),
                    TestRules.rules()))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("wording.group-attribute")
        .hasMessageContaining("'owner'");
  }
}
