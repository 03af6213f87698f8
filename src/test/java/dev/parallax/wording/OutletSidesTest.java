package dev.parallax.wording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parallax.ingest.OutletRegistryFile;
import dev.parallax.model.OutletRegistry;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutletSidesTest {
  private final OutletRegistry registry =
      OutletRegistryFile.parse(
          "name,domains,aliases,country,ownership\n"
              + "Alpha News,alpha.example,,RS,state\n"
              + "Beta Daily,beta.example,,GB,\n",
          "outlets.csv");

  @Test
  void outletsStandAlone() {
    assertThat(OutletSides.outlets().of("Beta Daily")).isEqualTo("Beta Daily");
    assertThat(OutletSides.outlets().attribute()).isNull();
  }

  @Test
  void groupsComeFromTheAttributeAndEmptyOrUnregisteredOutletsAreUnknown() {
    OutletSides ownership = OutletSides.groups(registry, "ownership");
    assertThat(ownership.of("Alpha News")).isEqualTo("state");
    assertThat(ownership.of("Beta Daily")).isEqualTo("unknown");
    assertThat(ownership.of("Gamma Times")).isEqualTo("unknown");
    assertThat(ownership.of(List.of("Alpha News", "Beta Daily", "Gamma Times")))
        .containsExactly("state", "unknown");
  }

  @Test
  void anAttributeTheRegistryLacksIsRefusedWithTheColumnsItHas() {
    assertThatThrownBy(() -> OutletSides.groups(registry, "owner"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'owner'")
        .hasMessageContaining("country, ownership");
  }
}
