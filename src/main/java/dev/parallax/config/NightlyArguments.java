package dev.parallax.config;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The nightly job's command line. Without a date it runs yesterday in {@code job.timezone}; {@code
 * --from D1 --to D2} runs every date of that range in order (backfill). Options left out fall back
 * to the {@code nightly.*} configuration keys.
 */
public record NightlyArguments(
    Optional<LocalDate> runDate,
    Optional<LocalDate> from,
    Optional<LocalDate> to,
    Optional<String> inputTemplate,
    Optional<String> output,
    Optional<String> state,
    Optional<String> format,
    Map<String, String> parallaxOverrides,
    Map<String, String> sparkOverrides,
    boolean help) {

  /** Longest backfill in one call: a typo in a year should not start a century of runs. */
  public static final int MAX_DATES = 3_660;

  public static final String USAGE =
      String.join(
          "\n",
          "Usage: nightly.sh [options]",
          "  --run-date DATE      YYYY-MM-DD; default yesterday in job.timezone",
          "  --from D1 --to D2    backfill: every date from D1 to D2 in order",
          "  --input TEMPLATE     input path with {date}; default nightly.input-template",
          "  --output DIR         report root (run_date=D/ below it); default nightly.output-dir",
          "  --state DIR          event state folder; default nightly.state-dir",
          "  --format FORMAT      jsonl, json, csv, parquet or text, when extensions do not tell",
          "  --conf KEY=VALUE     configuration override; spark.* keys go to Spark; repeatable",
          "  --help               this text",
          "Exit codes: 0 success, 1 failed run, 2 bad arguments or configuration,",
          "  3 another run holds the date's or the state's lock,",
          "  4 rejected share above nightly.max-reject-share (reports written).");

  public NightlyArguments {
    parallaxOverrides = Map.copyOf(parallaxOverrides);
    sparkOverrides = Map.copyOf(sparkOverrides);
  }

  public static NightlyArguments parse(String... args) {
    LocalDate runDate = null;
    LocalDate from = null;
    LocalDate to = null;
    String input = null;
    String output = null;
    String state = null;
    String format = null;
    Map<String, String> parallax = new LinkedHashMap<>();
    Map<String, String> spark = new LinkedHashMap<>();
    boolean help = false;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      switch (arg) {
        case "--help", "-h" -> help = true;
        case "--run-date" -> runDate = CommandLine.date(CommandLine.value(args, ++i, arg), arg);
        case "--from" -> from = CommandLine.date(CommandLine.value(args, ++i, arg), arg);
        case "--to" -> to = CommandLine.date(CommandLine.value(args, ++i, arg), arg);
        case "--input" -> input = CommandLine.value(args, ++i, arg);
        case "--output" -> output = CommandLine.value(args, ++i, arg);
        case "--state" -> state = CommandLine.value(args, ++i, arg);
        case "--format" -> format = CommandLine.value(args, ++i, arg);
        case "--conf" -> CommandLine.conf(CommandLine.value(args, ++i, arg), parallax, spark);
        default -> throw new ConfigException("unknown argument '" + arg + "'\n" + USAGE);
      }
    }
    if ((from == null) != (to == null)) {
      throw new ConfigException("--from and --to go together");
    }
    if (from != null && runDate != null) {
      throw new ConfigException("give either --run-date or --from/--to, not both");
    }
    if (from != null && from.isAfter(to)) {
      throw new ConfigException("--from " + from + " is after --to " + to);
    }
    if (from != null && from.plusDays(MAX_DATES).isBefore(to)) {
      throw new ConfigException("--from/--to spans more than " + MAX_DATES + " days");
    }
    return new NightlyArguments(
        Optional.ofNullable(runDate),
        Optional.ofNullable(from),
        Optional.ofNullable(to),
        Optional.ofNullable(input),
        Optional.ofNullable(output),
        Optional.ofNullable(state),
        Optional.ofNullable(format),
        parallax,
        spark,
        help);
  }

  /** The dates to run, in order: the range, the given date, or yesterday in {@code zone}. */
  public List<LocalDate> dates(ZoneId zone, Clock clock) {
    if (from.isPresent()) {
      List<LocalDate> dates = new ArrayList<>();
      for (LocalDate date = from.get(); !date.isAfter(to.get()); date = date.plusDays(1)) {
        dates.add(date);
      }
      return dates;
    }
    return List.of(runDate.orElseGet(() -> LocalDate.now(clock.withZone(zone)).minusDays(1)));
  }

  /** The input path of one date: the template with {@code {date}} replaced. */
  public static String inputFor(String template, LocalDate date) {
    return template.replace("{date}", date.toString());
  }
}
