package dev.parallax.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads registry and lexicon files named by configuration keys: from {@code conf.dir} when the file
 * is there, else the copy packaged in the jar under {@code /parallax-conf/}. Files are read once on
 * the driver; the parsed values travel to executors inside the stages' closures.
 */
public final class ConfFiles {
  private ConfFiles() {}

  /** The whole file as text. */
  public static String read(ParallaxConfig config, ConfigKey key) {
    return new String(bytes(config, key), StandardCharsets.UTF_8);
  }

  /** The whole file as bytes. */
  public static byte[] bytes(ParallaxConfig config, ConfigKey key) {
    Path file = config.confFile(key);
    try {
      if (Files.exists(file)) {
        return Files.readAllBytes(file);
      }
      String resource = "/parallax-conf/" + file.getFileName();
      try (InputStream packaged = ConfFiles.class.getResourceAsStream(resource)) {
        if (packaged == null) {
          throw new ConfigException(
              "'" + key.name() + "' names " + file + ", which does not exist");
        }
        return packaged.readAllBytes();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + " (from '" + key.name() + "')", e);
    }
  }

  /** Non-blank lines that are not comments ({@code #}), stripped. */
  public static List<String> contentLines(ParallaxConfig config, ConfigKey key) {
    List<String> lines = new ArrayList<>();
    for (String line : read(config, key).split("\\R")) {
      String stripped = line.strip();
      if (!stripped.isEmpty() && !stripped.startsWith("#")) {
        lines.add(stripped);
      }
    }
    return lines;
  }
}
