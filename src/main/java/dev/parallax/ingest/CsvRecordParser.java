package dev.parallax.ingest;

import dev.parallax.model.Reject;
import dev.parallax.model.RejectReason;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * RFC 4180 CSV with a header row; quoted fields may span lines. A record's number is the line it
 * starts on (empty lines counted). A quote left open ends the file: its remaining lines are one
 * reject.
 */
public final class CsvRecordParser implements RecordParser {
  private final int maxRecordChars;

  public CsvRecordParser(int maxRecordChars) {
    this.maxRecordChars = maxRecordChars;
  }

  @Override
  public void parse(String sourceFile, InputStream input, RecordSink sink) throws IOException {
    RecordCursor records = cursor(sourceFile, input.readAllBytes(), null, 0, null);
    while (records.next(sink)) {
      // every record goes to the sink
    }
  }

  /**
   * The records of a whole file, or of one part of a large one.
   *
   * @param bytes the file's bytes, or the part's (from a record's first byte to the next part's)
   * @param header the file's header names for a part after the first; null: the first row of {@code
   *     bytes} is the header
   * @param linesBefore line breaks in the file before {@code bytes}
   * @param part for a part, its byte range as shown in rejects ("bytes 0-8388608"); else null
   */
  public RecordCursor cursor(
      String sourceFile, byte[] bytes, List<String> header, long linesBefore, String part) {
    return new Records(sourceFile, Utf8Text.decode(bytes), header, linesBefore, part);
  }

  /** The header names of a file, from its first row; null when they cannot be read. */
  public static List<String> header(byte[] headerBytes) {
    try (CSVParser parser =
        CSVParser.parse(
            new StringReader(Utf8Text.decode(headerBytes).text()), format(null).get())) {
      return parser.getHeaderNames();
    } catch (IllegalArgumentException | IOException | UncheckedIOException e) {
      return null;
    }
  }

  private static CSVFormat.Builder format(List<String> header) {
    CSVFormat.Builder format =
        CSVFormat.RFC4180
            .builder()
            .setIgnoreEmptyLines(true)
            .setAllowMissingColumnNames(true)
            .setTrim(false);
    return header == null
        ? format.setHeader().setSkipHeaderRecord(true)
        : format.setHeader(header.toArray(String[]::new)).setSkipHeaderRecord(false);
  }

  /** One record per step, from the decoded text. */
  private final class Records implements RecordCursor {
    private final String sourceFile;
    private final String text;
    private final boolean repaired;
    private final long linesBefore;
    private final String part;
    private CSVParser parser;
    private List<String> header;
    private Iterator<CSVRecord> records;
    private long nextLine;
    private Reject first;
    private boolean done;

    Records(
        String sourceFile, Utf8Text decoded, List<String> header, long linesBefore, String part) {
      this.sourceFile = sourceFile;
      this.text = decoded.text();
      this.repaired = decoded.repaired();
      this.linesBefore = linesBefore;
      this.part = part;
      String where = part == null ? "file" : "part of the file (" + part + ")";
      if (decoded.looksBinary()) {
        first = reject(linesBefore + 1, RejectReason.BINARY, where + " holds binary data", text);
        return;
      }
      if (header != null && header.isEmpty()) {
        first =
            reject(
                linesBefore + 1,
                RejectReason.MALFORMED_CSV,
                "the file's header cannot be read: records of this " + where + " unread",
                excerptFrom(text, 1));
        return;
      }
      try {
        parser = CSVParser.parse(new StringReader(text), format(header).get());
        this.header = parser.getHeaderNames();
        records = parser.iterator();
        nextLine = linesBefore + parser.getCurrentLineNumber() + 1;
      } catch (IllegalArgumentException | IOException | UncheckedIOException e) {
        first =
            reject(
                linesBefore + 1,
                RejectReason.MALFORMED_CSV,
                header == null
                    ? "bad header: " + e.getMessage()
                    : "the file's header cannot be read: records of this " + where + " unread",
                excerptFrom(text, 1));
      }
    }

    private Reject reject(long line, RejectReason reason, String detail, String raw) {
      return new Reject(sourceFile, line, null, null, reason, detail, raw);
    }

    @Override
    public boolean next(RecordSink sink) throws IOException {
      if (done) {
        return false;
      }
      if (first != null) {
        sink.reject(first);
        done = true;
        return true;
      }
      CSVRecord record;
      try {
        if (!records.hasNext()) {
          done = true;
          return false;
        }
        record = records.next();
      } catch (UncheckedIOException | IllegalStateException e) {
        sink.reject(
            reject(
                nextLine,
                RejectReason.MALFORMED_CSV,
                "unreadable from here to the end of the "
                    + (part == null ? "file" : "part of the file (" + part + ")")
                    + ": "
                    + rootMessage(e),
                excerptFrom(text, nextLine - linesBefore)));
        done = true;
        return true;
      }
      long startLine = lineAt(record.getCharacterPosition());
      nextLine = linesBefore + parser.getCurrentLineNumber() + 1;
      String raw = String.join(",", record.values());
      if (record.size() != header.size()) {
        sink.reject(
            reject(
                startLine,
                RejectReason.MALFORMED_CSV,
                "row has " + record.size() + " fields but the header has " + header.size(),
                raw));
        return true;
      }
      if (raw.length() > maxRecordChars) {
        sink.reject(
            reject(
                startLine,
                RejectReason.TOO_LARGE,
                "row is longer than ingest.max-record-chars=" + maxRecordChars,
                raw));
        return true;
      }
      Map<String, FieldValue> fields = new LinkedHashMap<>();
      for (int i = 0; i < header.size(); i++) {
        String value = record.get(i);
        if (!header.get(i).isEmpty() && !value.isEmpty()) {
          fields.put(header.get(i), FieldValue.string(value));
        }
      }
      sink.record(new RawRecord(sourceFile, startLine, fields, null, repaired, raw));
      return true;
    }

    private int counted;
    private long breaks;

    /**
     * The file's line number of a character of the text: line breaks before it ({@code \r\n},
     * {@code \n}, a lone {@code \r}), counted on from the previous record (the parser's own line
     * count runs ahead of the record, its position before the empty lines it skips).
     */
    private long lineAt(long position) {
      int until = (int) Math.min(position, text.length());
      // The parser's position is that of the empty lines it skipped before the record.
      while (until < text.length() && (text.charAt(until) == '\n' || text.charAt(until) == '\r')) {
        until++;
      }
      for (; counted < until; counted++) {
        char c = text.charAt(counted);
        if (c == '\n'
            || c == '\r' && (counted + 1 >= text.length() || text.charAt(counted + 1) != '\n')) {
          breaks++;
        }
      }
      return linesBefore + breaks + 1;
    }

    @Override
    public void close() throws IOException {
      if (parser != null) {
        parser.close();
      }
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause.getMessage();
  }

  private static String excerptFrom(String text, long line) {
    String[] lines = text.split("\n", -1);
    int index = (int) Math.min(Math.max(line - 1, 0), lines.length - 1);
    return lines[index];
  }
}
