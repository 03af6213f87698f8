package dev.parallax.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.model.Reject;
import dev.parallax.model.RejectReason;
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
    RecordCursor lines = cursor(sourceFile, input, 0, Long.MAX_VALUE, 0);
    while (lines.next(sink)) {
      // every line goes to the sink
    }
  }

  /**
   * The lines of a part of a file: those whose first byte lies in {@code [start, end)}. When {@code
   * start > 0}, {@code input} must be positioned at byte {@code start - 1}, so that the cursor sees
   * whether a line begins at {@code start} or the part begins inside a line (the part before reads
   * that line); else at the file's first byte.
   *
   * @param linesBefore the {@code \n} bytes before {@code start}: line numbers stay the file's
   */
  public RecordCursor cursor(
      String sourceFile, InputStream input, long start, long end, long linesBefore) {
    return new Lines(sourceFile, input, start, end, linesBefore);
  }

  /** The line reader: its own buffer, one line in memory at a time. */
  private final class Lines implements RecordCursor {
    private final String sourceFile;
    private final InputStream input;
    private final long end;
    private final byte[] buffer;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream(4096);
    private int position;
    private int limit;
    private long offset;
    private long lines;
    private boolean atEnd;

    Lines(String sourceFile, InputStream input, long start, long end, long linesBefore) {
      this.sourceFile = sourceFile;
      this.input = input;
      this.end = end;
      this.lines = linesBefore;
      this.offset = start > 0 ? start - 1 : 0;
      this.skipFrom = start;
      // A small part needs no large buffer (a line running past its end refills it).
      this.buffer = new byte[(int) Math.max(512, Math.min(1 << 16, end - start + 1))];
    }

    /** When the part starts after byte 0: the byte from which a skipped line break counts. */
    private long skipFrom;

    private int read() throws IOException {
      if (position == limit) {
        if (atEnd) {
          return -1;
        }
        int read = input.read(buffer, 0, buffer.length);
        if (read <= 0) {
          atEnd = true;
          return -1;
        }
        position = 0;
        limit = read;
      }
      offset++;
      return buffer[position++] & 0xff;
    }

    @Override
    public boolean next(RecordSink sink) throws IOException {
      if (skipFrom > 0) {
        // Skip to the end of the line holding byte start - 1: a line break there is counted in
        // linesBefore, one further on is not.
        int b;
        while ((b = read()) != -1) {
          if (b == '\n') {
            if (offset - 1 >= skipFrom) {
              lines++;
            }
            break;
          }
        }
        skipFrom = 0;
      }
      boolean[] sent = {false};
      RecordSink counting =
          new RecordSink() {
            @Override
            public void record(RawRecord record) {
              sent[0] = true;
              sink.record(record);
            }

            @Override
            public void reject(Reject reject) {
              sent[0] = true;
              sink.reject(reject);
            }
          };
      while (!sent[0]) {
        if (offset >= end) {
          return false; // the next line starts in the next part
        }
        line.reset();
        boolean tooLong = false;
        boolean newline = false;
        int b;
        while ((b = read()) != -1) {
          if (b == '\n') {
            newline = true;
            break;
          }
          if (!tooLong) {
            line.write(b);
            tooLong = line.size() > maxRecordChars;
          }
        }
        if (!newline && line.size() == 0 && !tooLong) {
          return false;
        }
        long lineNumber = ++lines;
        if (tooLong) {
          counting.reject(
              new Reject(
                  sourceFile,
                  lineNumber,
                  null,
                  null,
                  RejectReason.TOO_LARGE,
                  "line is longer than ingest.max-record-chars=" + maxRecordChars,
                  Utf8Text.decode(line.toByteArray()).text()));
        } else {
          parseLine(sourceFile, lineNumber, line.toByteArray(), counting);
        }
      }
      return true;
    }

    @Override
    public void close() throws IOException {
      input.close();
    }
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
