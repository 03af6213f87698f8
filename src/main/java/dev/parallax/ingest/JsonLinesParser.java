package dev.parallax.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.model.Reject;
import dev.parallax.model.RejectReason;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/** JSON Lines: one JSON object per line; blank lines are skipped; line numbers are 1-based. */
public final class JsonLinesParser implements RecordParser {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private final int maxRecordChars;

  public JsonLinesParser(int maxRecordChars) {
    this.maxRecordChars = maxRecordChars;
  }

  @Override
  public void parse(String sourceFile, InputStream input, RecordSink sink) throws IOException {
    BufferedInputStream in = new BufferedInputStream(input, 1 << 16);
    ByteArrayOutputStream line = new ByteArrayOutputStream(4096);
    long lineNumber = 0;
    boolean tooLong = false;
    int next;
    do {
      next = in.read();
      if (next == '\n' || next == -1) {
        if (next == -1 && line.size() == 0 && !tooLong) {
          break;
        }
        lineNumber++;
        if (tooLong) {
          sink.reject(
              new Reject(
                  sourceFile,
                  lineNumber,
                  null,
                  null,
                  RejectReason.TOO_LARGE,
                  "line is longer than ingest.max-record-chars=" + maxRecordChars,
                  Utf8Text.decode(line.toByteArray()).text()));
        } else {
          parseLine(sourceFile, lineNumber, line.toByteArray(), sink);
        }
        line.reset();
        tooLong = false;
      } else if (!tooLong) {
        line.write(next);
        if (line.size() > maxRecordChars) {
          tooLong = true;
        }
      }
    } while (next != -1);
  }

  private void parseLine(String sourceFile, long lineNumber, byte[] bytes, RecordSink sink) {
    Utf8Text decoded = Utf8Text.decode(bytes);
    String text = decoded.text().strip();
    if (text.isEmpty()) {
      return;
    }
    if (decoded.looksBinary()) {
      sink.reject(
          new Reject(
              sourceFile,
              lineNumber,
              null,
              null,
              RejectReason.BINARY,
              "line holds binary data, not JSON text",
              text));
      return;
    }
    JsonNode node;
    try {
      node = MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      sink.reject(
          new Reject(
              sourceFile,
              lineNumber,
              null,
              null,
              RejectReason.MALFORMED_JSON,
              e.getOriginalMessage(),
              text));
      return;
    }
    if (node == null || !node.isObject()) {
      sink.reject(
          new Reject(
              sourceFile,
              lineNumber,
              null,
              null,
              RejectReason.MALFORMED_JSON,
              "line is not a JSON object",
              text));
      return;
    }
    sink.record(
        new RawRecord(sourceFile, lineNumber, JsonFields.of(node), null, decoded.repaired(), text));
  }
}
