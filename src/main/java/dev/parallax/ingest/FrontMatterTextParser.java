package dev.parallax.ingest;

import dev.parallax.model.Reject;
import dev.parallax.model.RejectReason;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A {@code .md} or {@code .txt} file holding one article, optionally opened by a front-matter block
 * ({@code ---}, then {@code key: value} lines, then {@code ---}). The body becomes the {@code text}
 * field; the file name without extension is the default id.
 */
public final class FrontMatterTextParser implements RecordParser {
  private static final String FENCE = "---";
  private final int maxRecordChars;

  public FrontMatterTextParser(int maxRecordChars) {
    this.maxRecordChars = maxRecordChars;
  }

  @Override
  public void parse(String sourceFile, InputStream input, RecordSink sink) throws IOException {
    Utf8Text decoded = Utf8Text.decode(input.readAllBytes());
    String text = decoded.text();
    if (decoded.looksBinary()) {
      sink.reject(
          new Reject(
              sourceFile, 1, null, null, RejectReason.BINARY, "file holds binary data", text));
      return;
    }
    if (text.length() > maxRecordChars) {
      sink.reject(
          new Reject(
              sourceFile,
              1,
              null,
              null,
              RejectReason.TOO_LARGE,
              "file is longer than ingest.max-record-chars=" + maxRecordChars,
              text));
      return;
    }
    Map<String, FieldValue> fields = new LinkedHashMap<>();
    String body = text;
    String[] lines = text.split("\\R", -1);
    if (lines.length > 0 && lines[0].strip().equals(FENCE)) {
      int close = -1;
      for (int i = 1; i < lines.length; i++) {
        if (lines[i].strip().equals(FENCE)) {
          close = i;
          break;
        }
        String line = lines[i];
        int colon = line.indexOf(':');
        if (line.isBlank() || line.strip().startsWith("#")) {
          continue;
        }
        if (colon <= 0) {
          sink.reject(
              new Reject(
                  sourceFile,
                  i + 1,
                  null,
                  null,
                  RejectReason.MALFORMED_FRONT_MATTER,
                  "front-matter line is not 'key: value'",
                  line));
          return;
        }
        String key = line.substring(0, colon).strip();
        String value = unquote(line.substring(colon + 1).strip());
        if (!value.isEmpty()) {
          fields.put(key, FieldValue.string(value));
        }
      }
      if (close < 0) {
        sink.reject(
            new Reject(
                sourceFile,
                1,
                null,
                null,
                RejectReason.MALFORMED_FRONT_MATTER,
                "front matter opened by '---' is never closed",
                text));
        return;
      }
      StringBuilder rest = new StringBuilder();
      for (int i = close + 1; i < lines.length; i++) {
        rest.append(lines[i]).append('\n');
      }
      body = rest.toString();
    }
    if (!body.isBlank()) {
      fields.put("text", FieldValue.string(body));
    }
    sink.record(
        new RawRecord(sourceFile, 1, fields, FileNames.stem(sourceFile), decoded.repaired(), text));
  }

  private static String unquote(String value) {
    if (value.length() >= 2
        && ((value.startsWith("\"") && value.endsWith("\""))
            || (value.startsWith("'") && value.endsWith("'")))) {
      return value.substring(1, value.length() - 1);
    }
    return value;
  }
}
