package dev.parallax.job;

import java.util.Objects;

/** Where a run wrote its reports, and its manifest. */
public record RunSummary(String folder, RunManifest manifest) {
  public RunSummary {
    Objects.requireNonNull(folder, "folder");
    Objects.requireNonNull(manifest, "manifest");
  }

  /** One line for the console: read, accepted, rejected, copies. */
  public String countsLine() {
    return "read="
        + manifest.read()
        + " accepted="
        + manifest.accepted()
        + " rejected="
        + manifest.rejected()
        + " copies="
        + manifest.copies();
  }
}
