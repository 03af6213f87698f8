package dev.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.model.Reject;
import dev.parallax.model.RejectReason;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParsersTest {
  private static final int LIMIT = 10_000;

  /** Collects what a parser emits. */
  private static final class Collected implements RecordSink {
    final List<RawRecord> records = new ArrayList<>();
    final List<Reject> rejects = new ArrayList<>();

    @Override
    public void record(RawRecord record) {
      records.add(record);
    }

    @Override
    public void reject(Reject reject) {
      rejects.add(reject);
    }
  }

  private static Collected parse(InputFormat format, String file, byte[] content)
      throws IOException {
    Collected collected = new Collected();
    RecordParser.forFormat(format, LIMIT).parse(file, new ByteArrayInputStream(content), collected);
    return collected;
  }

  private static Collected parse(InputFormat format, String file, String content)
      throws IOException {
    return parse(format, file, content.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void jsonLinesKeepLineNumbersAndRejectBadLines() throws IOException {
    String content =
        String.join(
            "\n",
            "{\"id\":\"a\",\"outlet\":\"X\",\"text\":\"one two three four five\"}",
            "",
            "{\"id\":\"b\", broken",
            "[1,2]",
            "{\"id\":\"c\",\"text\":[\"para one\",\"para two\"],\"n\":3}");
    Collected collected = parse(InputFormat.JSONL, "f.jsonl", content);
    assertThat(collected.records).extracting(RawRecord::record).containsExactly(1L, 5L);
    assertThat(collected.rejects)
        .extracting(Reject::record, Reject::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(3L, RejectReason.MALFORMED_JSON),
            org.assertj.core.groups.Tuple.tuple(4L, RejectReason.MALFORMED_JSON));
    RawRecord listText = collected.records.get(1);
    assertThat(listText.fields().get("text").text()).isEqualTo("para one\n\npara two");
    assertThat(listText.fields().get("n").shape()).isEqualTo(FieldValue.Shape.SCALAR);
  }

  @Test
  void jsonLinesRejectOverlongLinesAndBinary() throws IOException {
    String longLine = "{\"text\":\"" + "x".repeat(LIMIT + 10) + "\"}";
    byte[] binary = new byte[] {'{', 0, 1, 2, 3, 0, '}', '\n'};
    byte[] content = (longLine + "\n").getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[content.length + binary.length];
    System.arraycopy(content, 0, all, 0, content.length);
    System.arraycopy(binary, 0, all, content.length, binary.length);
    Collected collected = parse(InputFormat.JSONL, "f.jsonl", all);
    assertThat(collected.rejects)
        .extracting(Reject::record, Reject::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1L, RejectReason.TOO_LARGE),
            org.assertj.core.groups.Tuple.tuple(2L, RejectReason.BINARY));
    assertThat(collected.rejects.get(0).excerpt()).hasSize(Reject.MAX_EXCERPT);
  }

  @Test
  void invalidUtf8IsRepairedAndFlagged() throws IOException {
    byte[] content = "{\"text\":\"caf\u00e9 ok\"}\n".getBytes(StandardCharsets.UTF_8);
    content[12] = (byte) 0xFF;
    Collected collected = parse(InputFormat.JSONL, "f.jsonl", content);
    assertThat(collected.rejects).isEmpty();
    assertThat(collected.records.get(0).repairedUtf8()).isTrue();
    assertThat(collected.records.get(0).fields().get("text").text()).contains("\uFFFD");
  }

  @Test
  void jsonDocumentIsOneArticleNamedByItsFile() throws IOException {
    Collected collected =
        parse(
            InputFormat.JSON,
            "/data/in/story-42.json",
            "{\"title\":\"T\",\"maintext\":\"Body text here\",\"date_publish\":\"2022-04-22\"}");
    assertThat(collected.records).hasSize(1);
    assertThat(collected.records.get(0).fileStem()).isEqualTo("story-42");
    assertThat(collected.records.get(0).fields()).containsKeys("title", "maintext");
  }

  @Test
  void jsonArrayGivesOneRecordPerObject() throws IOException {
    Collected collected =
        parse(InputFormat.JSON, "a.json", "[{\"text\":\"a b\"}, 7, {\"text\":\"c d\"}]");
    assertThat(collected.records).extracting(RawRecord::record).containsExactly(1L, 3L);
    assertThat(collected.records.get(0).fileStem()).isNull();
    assertThat(collected.rejects).extracting(Reject::record).containsExactly(2L);
  }

  @Test
  void malformedJsonDocumentIsOneRejectWithItsLine() throws IOException {
    Collected collected = parse(InputFormat.JSON, "a.json", "{\n\"text\": \"a\",\n oops\n}");
    assertThat(collected.records).isEmpty();
    assertThat(collected.rejects)
        .singleElement()
        .satisfies(
            reject -> {
              assertThat(reject.reason()).isEqualTo(RejectReason.MALFORMED_JSON);
              assertThat(reject.detail()).startsWith("line 3");
            });
  }

  @Test
  void csvRecordsStartOnTheirLineAndMayHoldLineBreaks() throws IOException {
    String content =
        "id,outlet,text\r\n"
            + "a,X,\"first para\n\nsecond para\"\r\n"
            + "b,Y\r\n"
            + "c,Z,\"plain, with comma\"\r\n";
    Collected collected = parse(InputFormat.CSV, "f.csv", content);
    assertThat(collected.records).extracting(RawRecord::record).containsExactly(2L, 6L);
    assertThat(collected.records.get(0).fields().get("text").text())
        .isEqualTo("first para\n\nsecond para");
    assertThat(collected.rejects)
        .singleElement()
        .satisfies(
            reject -> {
              assertThat(reject.record()).isEqualTo(5L);
              assertThat(reject.reason()).isEqualTo(RejectReason.MALFORMED_CSV);
              assertThat(reject.detail()).contains("2 fields").contains("3");
            });
  }

  @Test
  void csvWithAnOpenQuoteRejectsTheRestOfTheFile() throws IOException {
    String content = "id,text\na,\"fine\"\nb,\"never closed\nc,more\n";
    Collected collected = parse(InputFormat.CSV, "f.csv", content);
    assertThat(collected.records).extracting(RawRecord::record).containsExactly(2L);
    assertThat(collected.rejects)
        .singleElement()
        .satisfies(
            reject -> {
              assertThat(reject.record()).isEqualTo(3L);
              assertThat(reject.reason()).isEqualTo(RejectReason.MALFORMED_CSV);
            });
  }

  @Test
  void textFileFrontMatterGivesFieldsAndBodyGivesText() throws IOException {
    String content =
        "---\noutlet: Balkan Wire\ntitle: \"A: title\"\n---\n\nBody one.\n\nBody two.\n";
    Collected collected = parse(InputFormat.TEXT, "x/bw-1.md", content);
    RawRecord record = collected.records.get(0);
    assertThat(record.fields().get("outlet").text()).isEqualTo("Balkan Wire");
    assertThat(record.fields().get("title").text()).isEqualTo("A: title");
    assertThat(record.fields().get("text").text()).isEqualTo("\nBody one.\n\nBody two.\n\n");
    assertThat(record.fileStem()).isEqualTo("bw-1");
  }

  @Test
  void textFileWithoutFrontMatterIsAllBody() throws IOException {
    Collected collected = parse(InputFormat.TEXT, "x/plain.txt", "Just a body: with a colon.");
    assertThat(collected.records.get(0).fields()).containsOnlyKeys("text");
  }

  @Test
  void unclosedOrBrokenFrontMatterIsRejected() throws IOException {
    assertThat(parse(InputFormat.TEXT, "a.md", "---\noutlet: X\nbody").rejects)
        .extracting(Reject::reason)
        .containsExactly(RejectReason.MALFORMED_FRONT_MATTER);
    assertThat(parse(InputFormat.TEXT, "a.md", "---\nno colon here\n---\nbody").rejects)
        .extracting(Reject::record, Reject::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(2L, RejectReason.MALFORMED_FRONT_MATTER));
  }
}
