package dev.parallax.config;

import java.util.Objects;
import java.util.function.Predicate;

/**
 * One documented configuration key: its name, default, the rule a value must meet, and what it
 * does. Values are strings; typed access goes through {@link ParallaxConfig}.
 */
public record ConfigKey(
    String name, String defaultValue, String rule, Predicate<String> valid, String doc) {

  public ConfigKey {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(defaultValue, "defaultValue");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(valid, "valid");
    Objects.requireNonNull(doc, "doc");
  }

  static ConfigKey string(String name, String defaultValue, String doc) {
    return new ConfigKey(name, defaultValue, "any text", value -> true, doc);
  }

  static ConfigKey integer(String name, int defaultValue, int min, int max, String doc) {
    return new ConfigKey(
        name,
        Integer.toString(defaultValue),
        "an integer in [" + min + ", " + max + "]",
        value -> {
          try {
            int parsed = Integer.parseInt(value.strip());
            return parsed >= min && parsed <= max;
          } catch (NumberFormatException e) {
            return false;
          }
        },
        doc);
  }

  static ConfigKey decimal(String name, double defaultValue, double min, double max, String doc) {
    return new ConfigKey(
        name,
        Double.toString(defaultValue),
        "a number in [" + min + ", " + max + "]",
        value -> {
          try {
            double parsed = Double.parseDouble(value.strip());
            return parsed >= min && parsed <= max;
          } catch (NumberFormatException e) {
            return false;
          }
        },
        doc);
  }

  static ConfigKey bool(String name, boolean defaultValue, String doc) {
    return new ConfigKey(
        name,
        Boolean.toString(defaultValue),
        "true or false",
        value -> value.strip().equals("true") || value.strip().equals("false"),
        doc);
  }

  /**
   * A comma-separated list whose items, stripped, each match {@code item} (e.g. ISO 639-1 codes).
   */
  static ConfigKey list(
      String name, String defaultValue, String itemPattern, String itemRule, String doc) {
    java.util.regex.Pattern item = java.util.regex.Pattern.compile(itemPattern);
    return new ConfigKey(
        name,
        defaultValue,
        "a comma-separated list of " + itemRule,
        value -> {
          String[] items = value.split(",", -1);
          for (String each : items) {
            if (!item.matcher(each.strip()).matches()) {
              return false;
            }
          }
          return true;
        },
        doc);
  }

  static ConfigKey oneOf(
      String name, String defaultValue, java.util.List<String> allowed, String doc) {
    return new ConfigKey(
        name, defaultValue, "one of " + allowed, value -> allowed.contains(value.strip()), doc);
  }
}
