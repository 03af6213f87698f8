package dev.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.model.Reject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A large file read in parts yields exactly what reading it whole yields: the same records and
 * rejects, in the same order, with the same line numbers, for every part size down to a few bytes
 * (cuts inside lines, inside quoted CSV fields, between the two bytes of a CRLF).
 */
class FilePartsTest {
  private static final int LIMIT = 300;

  /** What a reader emits, as comparable lines. */
  private static List<String> drain(RecordCursor cursor) throws IOException {
    List<String> out = new ArrayList<>();
    RecordSink sink =
        new RecordSink() {
          @Override
          public void record(RawRecord record) {
            out.add(
                "record "
                    + record.sourceFile()
                    + ":"
                    + record.record()
                    + " "
                    + fields(record)
                    + " repaired="
                    + record.repairedUtf8());
          }

          @Override
          public void reject(Reject reject) {
            out.add(
                "reject " + reject.sourceFile() + ":" + reject.record() + " " + reject.reason());
          }
        };
    while (cursor.next(sink)) {
      // collect
    }
    cursor.close();
    return out;
  }

  private static String fields(RawRecord record) {
    java.util.TreeMap<String, String> fields = new java.util.TreeMap<>();
    record.fields().forEach((name, value) -> fields.put(name, value.text()));
    return fields.toString();
  }

  private static FileParts.Source source(byte[] bytes) {
    return position -> {
      InputStream input = new ByteArrayInputStream(bytes);
      input.skipNBytes(position);
      return input;
    };
  }

  private static List<String> whole(InputFormat format, byte[] bytes) throws IOException {
    return drain(FileParts.open(FilePart.whole("f", format), LIMIT, source(bytes)));
  }

  private static List<String> inParts(InputFormat format, byte[] bytes, int partBytes)
      throws IOException {
    List<FilePart> parts;
    if (format == InputFormat.JSONL) {
      List<long[]> ranges = FileParts.ranges(bytes.length, partBytes);
      long[] newlines = new long[ranges.size()];
      for (int i = 0; i < ranges.size(); i++) {
        InputStream input = source(bytes).openAt(ranges.get(i)[0]);
        newlines[i] = FileParts.countNewlines(input, ranges.get(i)[1] - ranges.get(i)[0]);
      }
      parts = FileParts.jsonLines("f", ranges, newlines);
    } else {
      parts = FileParts.csv("f", source(bytes).openAt(0), bytes.length, partBytes);
    }
    List<String> out = new ArrayList<>();
    for (FilePart part : parts) {
      out.addAll(drain(FileParts.open(part, LIMIT, source(bytes))));
    }
    return out;
  }

  private static String jsonLines(Random random, int lines) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < lines; i++) {
      switch (random.nextInt(8)) {
        case 0 -> text.append("");
        case 1 -> text.append("{\"id\":\"broken").append(i);
        case 2 ->
            text.append("{\"id\":\"long\",\"text\":\"").append("x".repeat(LIMIT)).append("\"}");
        case 3 -> text.append("  {\"id\":\"crlf").append(i).append("\",\"text\":\"a b\"}\r");
        default ->
            text.append("{\"id\":\"a")
                .append(i)
                .append("\",\"text\":\"")
                .append("word ".repeat(random.nextInt(30)))
                .append("\"}");
      }
      if (i < lines - 1 || random.nextBoolean()) {
        text.append('\n');
      }
    }
    return text.toString();
  }

  private static String csv(Random random, int rows, String lineBreak) {
    StringBuilder text = new StringBuilder("id,outlet,text" + lineBreak);
    for (int i = 0; i < rows; i++) {
      switch (random.nextInt(7)) {
        case 0 -> text.append(lineBreak); // an empty line
        case 1 ->
            text.append("q")
                .append(i)
                .append(",X,\"a quoted field")
                .append(lineBreak)
                .append("over two lines, with \"\"quotes\"\", a comma\"");
        case 2 -> text.append("short").append(i).append(",X");
        case 3 -> text.append("\"").append(i).append("\",\"Y\",\"\"\"\"");
        default ->
            text.append("r")
                .append(i)
                .append(",X,")
                .append("word ".repeat(random.nextInt(20)))
                .append("end");
      }
      if (i < rows - 1 || random.nextBoolean()) {
        text.append(lineBreak);
      }
    }
    return text.toString();
  }

  @Test
  void jsonLinesInPartsReadAsWhole() throws IOException {
    Random random = new Random(17);
    for (int trial = 0; trial < 20; trial++) {
      byte[] bytes = jsonLines(random, 5 + random.nextInt(60)).getBytes(StandardCharsets.UTF_8);
      List<String> expected = whole(InputFormat.JSONL, bytes);
      assertThat(expected).isNotEmpty();
      for (int partBytes : new int[] {1, 2, 3, 7, 40, 97, 500, bytes.length, bytes.length + 1}) {
        assertThat(inParts(InputFormat.JSONL, bytes, partBytes))
            .as("trial %d, parts of %d bytes", trial, partBytes)
            .isEqualTo(expected);
      }
    }
  }

  @Test
  void csvInPartsReadAsWhole() throws IOException {
    Random random = new Random(23);
    for (int trial = 0; trial < 30; trial++) {
      String lineBreak = List.of("\n", "\r\n", "\r").get(trial % 3);
      byte[] bytes =
          csv(random, 3 + random.nextInt(50), lineBreak).getBytes(StandardCharsets.UTF_8);
      List<String> expected = whole(InputFormat.CSV, bytes);
      assertThat(expected).isNotEmpty();
      for (int partBytes : new int[] {1, 2, 5, 16, 61, 300, bytes.length}) {
        assertThat(inParts(InputFormat.CSV, bytes, partBytes))
            .as(
                "trial %d (line break %s), parts of %d bytes",
                trial, lineBreak.replace("\r", "CR").replace("\n", "LF"), partBytes)
            .isEqualTo(expected);
      }
    }
  }

  @Test
  void partsOfACsvFileStartAtRecordsAndKnowTheHeader() throws IOException {
    String text = "id,text\n1,\"a\nb\"\n2,c\n3,d\n";
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    List<FilePart> parts = FileParts.csv("f", new ByteArrayInputStream(bytes), bytes.length, 9);
    // The cut at byte 9 falls inside the quoted field "a\nb": the second part starts at row 2.
    assertThat(parts)
        .extracting(FilePart::start, FilePart::linesBefore, FilePart::headerEnd)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(0L, 0L, -1L),
            org.assertj.core.groups.Tuple.tuple((long) text.indexOf("2,c"), 3L, 8L),
            org.assertj.core.groups.Tuple.tuple((long) text.indexOf("3,d"), 4L, 8L));
    assertThat(inParts(InputFormat.CSV, bytes, 9))
        .containsExactly(
            "record f:2 {id=1, text=a\nb} repaired=false",
            "record f:4 {id=2, text=c} repaired=false",
            "record f:5 {id=3, text=d} repaired=false");
  }

  @Test
  void aJsonLinesPartStartingInsideALineLeavesItToThePartBefore() throws IOException {
    byte[] bytes = "{\"a\":1}\n{\"b\":2}\n\n{\"c\":3}".getBytes(StandardCharsets.UTF_8);
    assertThat(inParts(InputFormat.JSONL, bytes, 10))
        .extracting(line -> line.substring(0, line.indexOf(' ', 7)))
        .containsExactly("record f:1", "record f:2", "record f:4");
  }

  @Test
  void smallFilesAreGroupedByBytesKeepingTheirOrder() {
    List<Integer> files = new ArrayList<>();
    long[] sizes = new long[100];
    for (int i = 0; i < 100; i++) {
      files.add(i);
      sizes[i] = i % 10 == 0 ? 1_000 : 100; // ten larger files
    }
    // 19,000 bytes in groups of about 5,000: four groups, every file once, in order.
    List<List<Integer>> groups = FileParts.groups(files, sizes, 5_000, 2, 50);
    assertThat(groups).hasSize(4);
    assertThat(groups.stream().flatMap(List::stream).toList()).isEqualTo(files);
    for (List<Integer> group : groups) {
      long bytes = group.stream().mapToLong(i -> sizes[i]).sum();
      assertThat(bytes).isBetween(3_500L, 6_000L);
    }
    // A small corpus still gets the minimum number of tasks; no group is empty.
    List<List<Integer>> few =
        FileParts.groups(files.subList(0, 5), new long[] {1, 1, 1, 1, 1}, 5_000, 8, 50);
    assertThat(few).hasSize(5).allSatisfy(group -> assertThat(group).hasSize(1));
    assertThat(FileParts.groups(List.of(), new long[0], 5_000, 8, 50)).isEmpty();
    // Unknown sizes count as the given bytes.
    assertThat(
            FileParts.groups(
                files.subList(0, 10),
                new long[] {-1, -1, -1, -1, -1, -1, -1, -1, -1, -1},
                100,
                1,
                50))
        .hasSize(5);
  }
}
