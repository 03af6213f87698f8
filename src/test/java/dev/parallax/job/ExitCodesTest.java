package dev.parallax.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

  @TempDir Path folder;

  /**
   * A bad lexicon, model or corrections file stops the run at start-up with exit 2, naming the
   * file, before any input is read: the input here does not even exist.
   */
  @Test
  void aBadResourceFileIsTwoAndNamesTheFile() throws IOException {
    Path badCues = folder.resolve("bad-denial-cues.txt");
    Files.writeString(badCues, "denial|(unclosed\n");
    Path badCorrections = folder.resolve("bad-corrections.csv");
    Files.writeString(badCorrections, "kind,article_id,other_article_id\nmaybe,a,b\n");
    Path missingLexicon = folder.resolve("missing-cues.txt");
    String missingInput = folder.resolve("no-such-input").toString();
    assertThat(stderrOf("--input", missingInput, "--conf", "denials.cues=" + badCues))
        .contains("(unclosed");
    assertThat(stderrOf("--input", missingInput, "--conf", "events.corrections=" + badCorrections))
        .contains("bad-corrections.csv:2");
    assertThat(stderrOf("--input", missingInput, "--conf", "claims.cues=" + missingLexicon))
        .contains("missing-cues.txt");
    assertThat(
            CompareJob.execute(
                new String[] {
                  "--input", missingInput, "--conf", "ingest.analysis-languages=en,,x"
                }))
        .isEqualTo(2);
  }

  private static String stderrOf(String... args) {
    PrintStream original = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    int status;
    try {
      status = CompareJob.execute(args);
    } finally {
      System.setErr(original);
    }
    assertThat(status).as(String.join(" ", args)).isEqualTo(2);
    return captured.toString(StandardCharsets.UTF_8);
  }
}
