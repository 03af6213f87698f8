package dev.parallax.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/** Paths inside the repository, found from the test's working directory (the module root). */
public final class ProjectPaths {
  private ProjectPaths() {}

  public static Path root() {
    Path current = Path.of("").toAbsolutePath();
    while (current != null && !Files.exists(current.resolve("pom.xml"))) {
      current = current.getParent();
    }
    if (current == null) {
      throw new IllegalStateException("no pom.xml above " + Path.of("").toAbsolutePath());
    }
    return current;
  }

  public static Path sample() {
    return root().resolve("data/sample");
  }
}
