package dev.parallax.model;

import java.util.Locale;

/** How a copy was recognised, strongest evidence first. */
public enum SyndicationMethod {
  /** Same URL as another record. */
  URL,
  /** Same text after normalising case and whitespace. */
  EXACT,
  /** The copy names its original's outlet in an attribution line. */
  ATTRIBUTION_LINE,
  /** Near-duplicate text (MinHash over word shingles) in another outlet. */
  NEAR;

  public String reportValue() {
    return name().toLowerCase(Locale.ROOT);
  }
}
