package dev.parallax.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The shared folder of public datasets and seeds, named by the environment variable {@code
 * PARALLAX_SHARED} (set by {@code .ci/run}). Unset: the test is skipped with a visible message. Set
 * but missing: the test fails, so CI cannot silently skip quality checks.
 */
public final class SharedFolder {
  public static final String VARIABLE = "PARALLAX_SHARED";

  private SharedFolder() {}

  /** A path inside the shared folder; skips the calling test when the variable is unset. */
  public static Path require(String relative) {
    String value = System.getenv(VARIABLE);
    if (value == null || value.isBlank()) {
      String message =
          "SKIPPED: " + VARIABLE + " is not set, so tests on ../shared/" + relative + " do not run";
      System.out.println(message);
      assumeTrue(false, message);
    }
    Path root = Path.of(value);
    if (!Files.isDirectory(root)) {
      throw new AssertionError(
          VARIABLE + " is set to " + value + " but that folder does not exist");
    }
    Path path = root.resolve(relative);
    if (!Files.exists(path)) {
      throw new AssertionError(VARIABLE + "/" + relative + " does not exist: " + path);
    }
    return path;
  }
}
