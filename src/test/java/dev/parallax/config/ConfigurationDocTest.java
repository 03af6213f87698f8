package dev.parallax.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.testing.ProjectPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/configuration.md} lists every key the job knows ({@link ConfigKeys#ALL}), once each,
 * with its default and a meaning: a key cannot be added, renamed or given another default without
 * its line.
 */
class ConfigurationDocTest {
  private static final Pattern ROW =
      Pattern.compile("^\\| `([a-z0-9.-]+)` \\| (.+?) \\| (.+) \\|$");
  private static final Pattern QUOTED_DEFAULT = Pattern.compile("^`([^`]*)`$");

  @Test
  void everyKeyIsDocumentedOnceWithItsDefault() throws IOException {
    List<String> lines = Files.readAllLines(ProjectPaths.root().resolve("docs/configuration.md"));
    Map<String, String> defaults = new LinkedHashMap<>();
    for (String line : lines) {
      Matcher row = ROW.matcher(line);
      if (row.matches()) {
        assertThat(defaults)
            .as("documented twice: %s", row.group(1))
            .doesNotContainKey(row.group(1));
        assertThat(row.group(3).strip()).as("meaning of %s", row.group(1)).hasSizeGreaterThan(3);
        defaults.put(row.group(1), row.group(2).strip());
      }
    }
    assertThat(defaults.keySet())
        .containsExactlyInAnyOrderElementsOf(ConfigKeys.ALL.stream().map(ConfigKey::name).toList());
    for (ConfigKey key : ConfigKeys.ALL) {
      String documented = defaults.get(key.name());
      if (key.defaultValue().isEmpty()) {
        assertThat(documented).as("default of %s", key.name()).startsWith("(empty");
      } else {
        Matcher quoted = QUOTED_DEFAULT.matcher(documented);
        assertThat(quoted.matches())
            .as("default of %s is `quoted`: %s", key.name(), documented)
            .isTrue();
        assertThat(sameValue(quoted.group(1), key.defaultValue()))
            .as(
                "default of %s: documented %s, built in %s",
                key.name(), quoted.group(1), key.defaultValue())
            .isTrue();
      }
    }
  }

  /** The same text, or the same number however written ("1000" and "1000.0"). */
  private static boolean sameValue(String documented, String builtIn) {
    if (documented.equals(builtIn)) {
      return true;
    }
    try {
      return new java.math.BigDecimal(documented).compareTo(new java.math.BigDecimal(builtIn)) == 0;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  @Test
  void theShippedPropertiesSetOnlyDocumentedKeys() throws IOException {
    List<String> lines =
        Files.readAllLines(ProjectPaths.root().resolve("conf/parallax.properties"));
    for (String line : lines) {
      String entry = line.strip();
      if (entry.isEmpty() || entry.startsWith("#")) {
        continue;
      }
      String key = entry.substring(0, entry.indexOf('=')).strip();
      assertThat(ConfigKeys.BY_NAME).as("conf/parallax.properties sets %s", key).containsKey(key);
    }
  }
}
