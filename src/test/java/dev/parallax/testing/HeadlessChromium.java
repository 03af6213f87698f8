package dev.parallax.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Headless Chromium (Debian package {@code chromium}) for checking pages as a person would see
 * them: the DOM after parsing, and a screenshot. Offline flags, a fresh profile per call.
 */
public final class HeadlessChromium {
  private final Path binary;

  private HeadlessChromium(Path binary) {
    this.binary = binary;
  }

  /** The installed browser, or empty (tests then skip with a message). */
  public static Optional<HeadlessChromium> find() {
    for (String candidate :
        List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")) {
      if (Files.isExecutable(Path.of(candidate))) {
        return Optional.of(new HeadlessChromium(Path.of(candidate)));
      }
    }
    return Optional.empty();
  }

  /** The page's DOM as Chromium serialises it after parsing and layout. */
  public String dumpDom(Path page, Path work) throws IOException {
    return run(page, work, List.of("--dump-dom"));
  }

  /** A PNG screenshot of the page at the given window size. */
  public Path screenshot(Path page, Path work, int width, int height) throws IOException {
    Path png = work.resolve("screenshot.png");
    run(
        page,
        work,
        List.of(
            "--screenshot=" + png, "--window-size=" + width + "," + height, "--hide-scrollbars"));
    return png;
  }

  private String run(Path page, Path work, List<String> extra) throws IOException {
    Path profile = Files.createTempDirectory(work, "chromium-profile");
    List<String> command = new ArrayList<>();
    command.add(binary.toString());
    command.addAll(
        List.of(
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--no-first-run",
            "--disable-dev-shm-usage",
            "--user-data-dir=" + profile));
    command.addAll(extra);
    command.add(page.toUri().toString());
    Path out = work.resolve("chromium-out.txt");
    Path err = work.resolve("chromium-err.txt");
    Process process =
        new ProcessBuilder(command)
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    try {
      if (!process.waitFor(120, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError("chromium timed out; stderr:\n" + Files.readString(err));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
    if (process.exitValue() != 0) {
      throw new AssertionError(
          "chromium exited " + process.exitValue() + "; stderr:\n" + Files.readString(err));
    }
    return Files.readString(out, StandardCharsets.UTF_8);
  }
}
