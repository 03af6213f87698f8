package dev.parallax.ingest;

import dev.parallax.config.ConfigException;
import java.util.Locale;
import java.util.Optional;

/** The input formats Parallax reads, chosen by file extension or by {@code --format}. */
public enum InputFormat {
  JSONL,
  JSON,
  CSV,
  PARQUET,
  TEXT;

  /** The format a file name's extension implies, if any. */
  public static Optional<InputFormat> fromFileName(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) {
      return Optional.of(JSONL);
    }
    if (lower.endsWith(".json")) {
      return Optional.of(JSON);
    }
    if (lower.endsWith(".csv")) {
      return Optional.of(CSV);
    }
    if (lower.endsWith(".parquet")) {
      return Optional.of(PARQUET);
    }
    if (lower.endsWith(".md") || lower.endsWith(".txt") || lower.endsWith(".markdown")) {
      return Optional.of(TEXT);
    }
    return Optional.empty();
  }

  /** The format named on the command line: jsonl, json, csv, parquet, text (or md, txt). */
  public static InputFormat fromName(String name) {
    String lower = name.strip().toLowerCase(Locale.ROOT);
    return switch (lower) {
      case "jsonl", "ndjson" -> JSONL;
      case "json" -> JSON;
      case "csv" -> CSV;
      case "parquet" -> PARQUET;
      case "text", "txt", "md", "markdown" -> TEXT;
      default ->
          throw new ConfigException(
              "--format is '" + name + "' but must be one of jsonl, json, csv, parquet, text");
    };
  }
}
