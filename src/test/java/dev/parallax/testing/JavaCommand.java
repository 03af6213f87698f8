package dev.parallax.testing;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/** The {@code java} of this JVM with Parallax's JVM options from {@code conf/jvm.properties}. */
public final class JavaCommand {
  private JavaCommand() {}

  public static List<String> withOptions() {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    Properties properties = new Properties();
    try (Reader reader =
        Files.newBufferedReader(
            ProjectPaths.root().resolve("conf/jvm.properties"), StandardCharsets.UTF_8)) {
      properties.load(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Arrays.stream(properties.getProperty("parallax.jvm.options", "").trim().split("\\s+"))
        .filter(option -> !option.isEmpty())
        .forEach(command::add);
    return command;
  }
}
