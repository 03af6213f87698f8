package dev.parallax.io;

import dev.parallax.ingest.InputFormat;
import java.io.Serializable;
import java.util.Objects;

/** One input file and its format (null when neither extension nor --format tells). */
public record InputFile(String path, InputFormat format) implements Serializable {
  public InputFile {
    Objects.requireNonNull(path, "path");
  }
}
