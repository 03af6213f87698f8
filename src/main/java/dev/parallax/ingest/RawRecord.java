package dev.parallax.ingest;

import java.io.Serializable;
import java.util.Map;
import java.util.Objects;

/**
 * One record as read from a file, before normalisation: its field values by input name, where it
 * came from, and the file's stem for one-article-per-file formats.
 *
 * @param sourceFile the input file
 * @param record line number or 1-based record index
 * @param fields field values by input name
 * @param fileStem the file name without extension when the file holds one article, else null
 * @param repairedUtf8 whether invalid UTF-8 bytes were replaced while reading
 * @param raw the record's text, for reject excerpts
 */
public record RawRecord(
    String sourceFile,
    long record,
    Map<String, FieldValue> fields,
    String fileStem,
    boolean repairedUtf8,
    String raw)
    implements Serializable {

  public RawRecord {
    Objects.requireNonNull(sourceFile, "sourceFile");
    fields = Map.copyOf(fields);
    raw = raw == null ? "" : raw;
  }
}
