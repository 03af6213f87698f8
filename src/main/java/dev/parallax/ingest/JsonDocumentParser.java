package dev.parallax.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.model.Reject;
import dev.parallax.model.RejectReason;
import java.io.IOException;
import java.io.InputStream;

/**
 * A {@code .json} file: one object (news-please style; its file name is the default id) or an array
 * of objects (records numbered from 1).
 */
public final class JsonDocumentParser implements RecordParser {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private final int maxRecordChars;

  public JsonDocumentParser(int maxRecordChars) {
    this.maxRecordChars = maxRecordChars;
  }

  @Override
  public void parse(String sourceFile, InputStream input, RecordSink sink) throws IOException {
    byte[] bytes = input.readAllBytes();
    Utf8Text decoded = Utf8Text.decode(bytes);
    String text = decoded.text();
    if (decoded.looksBinary()) {
      sink.reject(
          new Reject(
              sourceFile, 1, null, null, RejectReason.BINARY, "file holds binary data", text));
      return;
    }
    JsonNode root;
    try {
      root = MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      sink.reject(
          new Reject(
              sourceFile,
              1,
              null,
              null,
              RejectReason.MALFORMED_JSON,
              "line " + e.getLocation().getLineNr() + ": " + e.getOriginalMessage(),
              text));
      return;
    }
    if (root != null && root.isObject()) {
      if (text.length() > maxRecordChars) {
        sink.reject(tooLarge(sourceFile, 1, text));
        return;
      }
      sink.record(
          new RawRecord(
              sourceFile,
              1,
              JsonFields.of(root),
              FileNames.stem(sourceFile),
              decoded.repaired(),
              text));
      return;
    }
    if (root == null || !root.isArray()) {
      sink.reject(
          new Reject(
              sourceFile,
              1,
              null,
              null,
              RejectReason.MALFORMED_JSON,
              "file holds neither a JSON object nor an array of objects",
              text));
      return;
    }
    long index = 0;
    for (JsonNode element : root) {
      index++;
      String elementText = element.toString();
      if (!element.isObject()) {
        sink.reject(
            new Reject(
                sourceFile,
                index,
                null,
                null,
                RejectReason.MALFORMED_JSON,
                "array element is not a JSON object",
                elementText));
      } else if (elementText.length() > maxRecordChars) {
        sink.reject(tooLarge(sourceFile, index, elementText));
      } else {
        sink.record(
            new RawRecord(
                sourceFile, index, JsonFields.of(element), null, decoded.repaired(), elementText));
      }
    }
  }

  private Reject tooLarge(String sourceFile, long index, String text) {
    return new Reject(
        sourceFile,
        index,
        null,
        null,
        RejectReason.TOO_LARGE,
        "record is longer than ingest.max-record-chars=" + maxRecordChars,
        text);
  }
}
