package dev.parallax.io;

import dev.parallax.ingest.InputFormat;
import java.io.Serializable;
import java.util.Objects;

/**
 * One input file, its format (null when neither extension nor --format tells) and its length in
 * bytes (-1 when not known: the file is then read whole).
 */
public record InputFile(String path, InputFormat format, long length) implements Serializable {
  public InputFile {
    Objects.requireNonNull(path, "path");
  }

  public InputFile(String path, InputFormat format) {
    this(path, format, -1);
  }
}
