package dev.parallax.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvReportWriterTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "=SUM(A1)    | '=SUM(A1)",
        "+1 call     | '+1 call",
        "-rm         | '-rm",
        "@cmd        | '@cmd",
        "-0.1234     | -0.1234",
        "plain = ok  | plain = ok",
      })
  void neutralisesFormulaCells(String cell, String expected) {
    assertThat(CsvReportWriter.neutralise(cell)).isEqualTo(expected);
  }

  @Test
  void writesRfc4180WithHeaderAndOptionalBom() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (CsvReportWriter writer = new CsvReportWriter(bytes, List.of("a", "b"), false)) {
      writer.row(List.of("he said \"no\"", "x,y"));
      writer.row(List.of("line\nbreak", "\tTab"));
    }
    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .isEqualTo("a,b\r\n\"he said \"\"no\"\"\",\"x,y\"\r\n\"line\nbreak\",'\tTab\r\n");
    ByteArrayOutputStream withBom = new ByteArrayOutputStream();
    new CsvReportWriter(withBom, List.of("a"), true).close();
    assertThat(withBom.toString(StandardCharsets.UTF_8)).isEqualTo("\uFEFFa\r\n");
  }

  @Test
  void cellsFollowTheConventions() {
    assertThat(Cells.decimal(0.5)).isEqualTo("0.5000");
    assertThat(Cells.decimal(null)).isEmpty();
    assertThat(Cells.bool(true)).isEqualTo("true");
    assertThat(Cells.list(List.of("a", "b"))).isEqualTo("a | b");
    assertThat(Cells.epochMillis(0L)).isEqualTo("1970-01-01T00:00:00Z");
  }
}
