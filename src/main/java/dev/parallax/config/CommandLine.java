package dev.parallax.config;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

/** Pieces the job's command lines share: option values, dates and {@code --conf KEY=VALUE}. */
final class CommandLine {
  private CommandLine() {}

  /** The value after an option; a missing value or another option is an error. */
  static String value(String[] args, int index, String option) {
    if (index >= args.length || args[index].startsWith("--")) {
      throw new ConfigException(option + " needs a value");
    }
    return args[index];
  }

  static LocalDate date(String value, String option) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new ConfigException(option + " is '" + value + "' but must be YYYY-MM-DD");
    }
  }

  /** Files a {@code --conf KEY=VALUE}: {@code spark.*} keys go to Spark, others to Parallax. */
  static void conf(String value, Map<String, String> parallax, Map<String, String> spark) {
    int equals = value.indexOf('=');
    if (equals <= 0) {
      throw new ConfigException("--conf is '" + value + "' but must be KEY=VALUE");
    }
    String key = value.substring(0, equals).strip();
    (key.startsWith("spark.") ? spark : parallax).put(key, value.substring(equals + 1));
  }
}
