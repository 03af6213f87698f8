package dev.parallax.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ParallaxConfigTest {

  @Test
  void defaultsAreDocumentedValues() {
    ParallaxConfig config = ParallaxConfig.defaults();
    assertThat(config.getInt(ConfigKeys.INGEST_MIN_WORDS)).isEqualTo(5);
    assertThat(config.getDouble(ConfigKeys.SYNDICATION_NEAR_THRESHOLD)).isEqualTo(0.8);
    assertThat(config.asMap()).containsOnlyKeys(ConfigKeys.BY_NAME.keySet());
  }

  @Test
  void unknownKeysAndBadValuesNameKeyAndValue() {
    assertThatThrownBy(() -> ParallaxConfig.of(Map.of("ingest.min-wrods", "3")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("unknown configuration key 'ingest.min-wrods'");
    assertThatThrownBy(() -> ParallaxConfig.of(Map.of("ingest.min-words", "-1")))
        .isInstanceOf(ConfigException.class)
        .hasMessage("'ingest.min-words' is set to '-1' but must be an integer in [0, 1000000]");
    assertThatThrownBy(() -> ParallaxConfig.of(Map.of("ingest.date-order", "YMD")))
        .hasMessageContaining("'ingest.date-order' is set to 'YMD' but must be one of [MDY, DMY]");
    assertThatThrownBy(() -> ParallaxConfig.of(Map.of("ingest.require-date", "yes")))
        .hasMessageContaining("must be true or false");
  }

  @Test
  void commandLineSeparatesSparkKeysAndChecksValues() {
    JobArguments arguments =
        JobArguments.parse(
            "--input",
            "a",
            "--input",
            "b",
            "--conf",
            "spark.executor.memory=2g",
            "--conf",
            "ingest.min-words=1",
            "--run-date",
            "2026-03-02");
    assertThat(arguments.inputs()).containsExactly("a", "b");
    assertThat(arguments.sparkOverrides()).containsEntry("spark.executor.memory", "2g");
    assertThat(arguments.parallaxOverrides()).containsEntry("ingest.min-words", "1");
    assertThat(arguments.runDate()).hasToString("2026-03-02");
    assertThat(JobArguments.parse().inputs()).containsExactly("data/sample");
    assertThatThrownBy(() -> JobArguments.parse("--run-date", "2026-13-01"))
        .hasMessageContaining("--run-date is '2026-13-01'");
    assertThatThrownBy(() -> JobArguments.parse("--bogus"))
        .hasMessageContaining("unknown argument '--bogus'");
    assertThatThrownBy(() -> JobArguments.parse("--conf", "novalue"))
        .hasMessageContaining("KEY=VALUE");
  }
}
