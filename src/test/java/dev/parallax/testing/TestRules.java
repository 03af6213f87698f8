package dev.parallax.testing;

import dev.parallax.config.ConfigKeys;
import dev.parallax.config.ParallaxConfig;
import dev.parallax.ingest.IngestRules;
import java.util.Map;

/** Ingest rules from the project's own {@code conf/} folder, with overrides. */
public final class TestRules {
  private TestRules() {}

  public static ParallaxConfig config(Map<String, String> overrides) {
    java.util.Map<String, String> all = new java.util.HashMap<>(overrides);
    all.putIfAbsent(ConfigKeys.CONF_DIR.name(), ProjectPaths.root().resolve("conf").toString());
    return ParallaxConfig.of(all);
  }

  public static IngestRules rules(Map<String, String> overrides) {
    return IngestRules.from(config(overrides));
  }

  public static IngestRules rules() {
    return rules(Map.of());
  }
}
