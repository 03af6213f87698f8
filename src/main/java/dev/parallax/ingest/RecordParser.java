package dev.parallax.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;

/** Reads one input file into raw records and rejects; never throws for bad content. */
public interface RecordParser extends Serializable {

  /**
   * Parses {@code input}, sending every record or reject to {@code sink}.
   *
   * @throws IOException only when the file itself cannot be read
   */
  void parse(String sourceFile, InputStream input, RecordSink sink) throws IOException;

  /** The parser for a format. */
  static RecordParser forFormat(InputFormat format, int maxRecordChars) {
    return switch (format) {
      case JSONL -> new JsonLinesParser(maxRecordChars);
      case JSON -> new JsonDocumentParser(maxRecordChars);
      case CSV -> new CsvRecordParser(maxRecordChars);
      case TEXT -> new FrontMatterTextParser(maxRecordChars);
      case PARQUET ->
          throw new IllegalArgumentException("Parquet is read by Spark's reader, not parsed here");
    };
  }
}
