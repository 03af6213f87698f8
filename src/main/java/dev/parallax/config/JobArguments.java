package dev.parallax.config;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The compare job's command line. Keys given with {@code --conf} that start with {@code spark.} go
 * to Spark; all others are Parallax configuration keys.
 */
public record JobArguments(
    List<String> inputs,
    Optional<String> format,
    String output,
    LocalDate runDate,
    Optional<String> state,
    Map<String, String> parallaxOverrides,
    Map<String, String> sparkOverrides,
    boolean help) {

  public static final String USAGE =
      String.join(
          "\n",
          "Usage: run-local.sh [options]",
          "  --input PATH        file or folder (read recursively); repeatable; default data/sample",
          "  --format FORMAT     jsonl, json, csv, parquet or text, when extensions do not tell",
          "  --output DIR        where run_date=<date>/ is written; default reports",
          "  --run-date DATE     YYYY-MM-DD naming the report folder; default today (UTC)",
          "  --state DIR         nightly event state (see README)",
          "  --conf KEY=VALUE    configuration override; spark.* keys go to Spark; repeatable",
          "  --help              this text",
          "Exit codes: 0 success, 2 bad arguments or configuration, 1 failed run.");

  public JobArguments {
    inputs = List.copyOf(inputs);
    parallaxOverrides = Map.copyOf(parallaxOverrides);
    sparkOverrides = Map.copyOf(sparkOverrides);
  }

  public static JobArguments parse(String... args) {
    List<String> inputs = new ArrayList<>();
    String format = null;
    String output = "reports";
    LocalDate runDate = LocalDate.now(ZoneOffset.UTC);
    String state = null;
    Map<String, String> parallax = new LinkedHashMap<>();
    Map<String, String> spark = new LinkedHashMap<>();
    boolean help = false;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      switch (arg) {
        case "--help", "-h" -> help = true;
        case "--input" -> inputs.add(CommandLine.value(args, ++i, arg));
        case "--format" -> format = CommandLine.value(args, ++i, arg);
        case "--output" -> output = CommandLine.value(args, ++i, arg);
        case "--state" -> state = CommandLine.value(args, ++i, arg);
        case "--run-date" -> runDate = CommandLine.date(CommandLine.value(args, ++i, arg), arg);
        case "--conf" -> CommandLine.conf(CommandLine.value(args, ++i, arg), parallax, spark);
        default -> throw new ConfigException("unknown argument '" + arg + "'\n" + USAGE);
      }
    }
    if (inputs.isEmpty()) {
      inputs.add("data/sample");
    }
    return new JobArguments(
        inputs,
        Optional.ofNullable(format),
        output,
        runDate,
        Optional.ofNullable(state),
        parallax,
        spark,
        help);
  }
}
