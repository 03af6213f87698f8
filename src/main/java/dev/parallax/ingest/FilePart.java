package dev.parallax.ingest;

import java.io.Serializable;
import java.util.Objects;

/**
 * A byte range of one input file that one task reads: a whole file, or a part of a large JSON Lines
 * or CSV file. A part holds the records that start inside it.
 *
 * @param path the input file
 * @param format its format
 * @param start first byte of the range
 * @param end the byte after the range ({@link Long#MAX_VALUE}: to the end of the file)
 * @param linesBefore line breaks before {@code start}, so that records keep their file's line
 *     numbers
 * @param headerEnd for a CSV part after the first: the byte after the header row; else -1
 */
public record FilePart(
    String path, InputFormat format, long start, long end, long linesBefore, long headerEnd)
    implements Serializable {
  public FilePart {
    Objects.requireNonNull(path, "path");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad byte range " + start + "-" + end + " of " + path);
    }
  }

  /** The whole file. */
  public static FilePart whole(String path, InputFormat format) {
    return new FilePart(path, format, 0, Long.MAX_VALUE, 0, -1);
  }

  public boolean isWhole() {
    return start == 0 && end == Long.MAX_VALUE;
  }
}
