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
 * starts on. A quote left open ends the file: its remaining lines are one reject.
 */
public final class CsvRecordParser implements RecordParser {
  private final int maxRecordChars;

  public CsvRecordParser(int maxRecordChars) {
    this.maxRecordChars = maxRecordChars;
  }

  @Override
  public void parse(String sourceFile, InputStream input, RecordSink sink) throws IOException {
    Utf8Text decoded = Utf8Text.decode(input.readAllBytes());
    if (decoded.looksBinary()) {
      sink.reject(
          new Reject(
              sourceFile,
              1,
              null,
              null,
              RejectReason.BINARY,
              "file holds binary data",
              decoded.text()));
      return;
    }
    String text = decoded.text();
    CSVFormat format =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setAllowMissingColumnNames(true)
            .setTrim(false)
            .get();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      List<String> header = parser.getHeaderNames();
      Iterator<CSVRecord> records = parser.iterator();
      long nextLine = parser.getCurrentLineNumber() + 1;
      while (true) {
        CSVRecord record;
        try {
          if (!records.hasNext()) {
            break;
          }
          record = records.next();
        } catch (UncheckedIOException | IllegalStateException e) {
          sink.reject(
              new Reject(
                  sourceFile,
                  nextLine,
                  null,
                  null,
                  RejectReason.MALFORMED_CSV,
                  "unreadable from here to the end of the file: " + rootMessage(e),
                  excerptFrom(text, nextLine)));
          return;
        }
        long startLine = nextLine;
        nextLine = parser.getCurrentLineNumber() + 1;
        String raw = String.join(",", record.values());
        if (record.size() != header.size()) {
          sink.reject(
              new Reject(
                  sourceFile,
                  startLine,
                  null,
                  null,
                  RejectReason.MALFORMED_CSV,
                  "row has " + record.size() + " fields but the header has " + header.size(),
                  raw));
          continue;
        }
        if (raw.length() > maxRecordChars) {
          sink.reject(
              new Reject(
                  sourceFile,
                  startLine,
                  null,
                  null,
                  RejectReason.TOO_LARGE,
                  "row is longer than ingest.max-record-chars=" + maxRecordChars,
                  raw));
          continue;
        }
        Map<String, FieldValue> fields = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
          String value = record.get(i);
          if (!header.get(i).isEmpty() && !value.isEmpty()) {
            fields.put(header.get(i), FieldValue.string(value));
          }
        }
        sink.record(new RawRecord(sourceFile, startLine, fields, null, decoded.repaired(), raw));
      }
    } catch (IllegalArgumentException e) {
      sink.reject(
          new Reject(
              sourceFile,
              1,
              null,
              null,
              RejectReason.MALFORMED_CSV,
              "bad header: " + e.getMessage(),
              excerptFrom(text, 1)));
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
