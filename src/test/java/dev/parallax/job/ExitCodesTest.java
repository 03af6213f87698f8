package dev.parallax.job;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Bad arguments and configuration exit with 2 before any Spark work; --help exits with 0. */
class ExitCodesTest {

  @Test
  void helpIsZero() {
    assertThat(CompareJob.execute(new String[] {"--help"})).isZero();
  }

  @Test
  void badArgumentsAndConfigurationAreTwo() {
    assertThat(CompareJob.execute(new String[] {"--no-such-option"})).isEqualTo(2);
    assertThat(CompareJob.execute(new String[] {"--run-date", "yesterday"})).isEqualTo(2);
    assertThat(CompareJob.execute(new String[] {"--conf", "events.threshold=7"})).isEqualTo(2);
    assertThat(CompareJob.execute(new String[] {"--conf", "no.such.key=1"})).isEqualTo(2);
    assertThat(CompareJob.execute(new String[] {"--format", "docx"})).isEqualTo(2);
  }
}
