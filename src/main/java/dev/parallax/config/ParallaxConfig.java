package dev.parallax.config;

import java.io.IOException;
import java.io.Reader;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The job's immutable configuration: documented defaults, then {@code conf/parallax.properties},
 * then {@code --conf key=value} overrides. Unknown keys and bad values fail at start-up with a
 * message naming the key and the value.
 */
public final class ParallaxConfig implements Serializable {
  private final Map<String, String> values;

  private ParallaxConfig(Map<String, String> values) {
    this.values = Map.copyOf(values);
  }

  /** Defaults only. */
  public static ParallaxConfig defaults() {
    return of(Map.of());
  }

  /** Defaults overridden by {@code overrides}; every key is checked. */
  public static ParallaxConfig of(Map<String, String> overrides) {
    Map<String, String> merged = new TreeMap<>();
    for (ConfigKey key : ConfigKeys.ALL) {
      merged.put(key.name(), key.defaultValue());
    }
    for (Map.Entry<String, String> entry : overrides.entrySet()) {
      ConfigKey key = ConfigKeys.BY_NAME.get(entry.getKey());
      if (key == null) {
        throw new ConfigException(
            "unknown configuration key '" + entry.getKey() + "' (known keys: " + knownKeys() + ")");
      }
      String value = entry.getValue() == null ? "" : entry.getValue().strip();
      if (!key.valid().test(value)) {
        throw new ConfigException(
            "'" + key.name() + "' is set to '" + value + "' but must be " + key.rule());
      }
      merged.put(key.name(), value);
    }
    return new ParallaxConfig(merged);
  }

  /**
   * Reads a properties file (if it exists) and applies {@code overrides} on top of it.
   *
   * @param file a {@code .properties} file; a missing file means defaults
   */
  public static ParallaxConfig load(Path file, Map<String, String> overrides) {
    Map<String, String> merged = new TreeMap<>();
    if (file != null && Files.exists(file)) {
      Properties properties = new Properties();
      try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        properties.load(reader);
      } catch (IOException | IllegalArgumentException e) {
        throw new ConfigException("cannot read configuration file " + file + ": " + e.getMessage());
      }
      for (String name : properties.stringPropertyNames()) {
        merged.put(name, properties.getProperty(name));
      }
    }
    merged.putAll(overrides);
    return of(merged);
  }

  private static String knownKeys() {
    return String.join(", ", new TreeMap<>(ConfigKeys.BY_NAME).keySet());
  }

  public String get(ConfigKey key) {
    return values.get(key.name());
  }

  public int getInt(ConfigKey key) {
    return Integer.parseInt(get(key).strip());
  }

  public double getDouble(ConfigKey key) {
    return Double.parseDouble(get(key).strip());
  }

  public boolean getBoolean(ConfigKey key) {
    return Boolean.parseBoolean(get(key).strip());
  }

  /** A comma-separated value as its items, each stripped, empty items left out. */
  public java.util.List<String> getList(ConfigKey key) {
    java.util.List<String> items = new java.util.ArrayList<>();
    for (String item : get(key).split(",")) {
      if (!item.isBlank()) {
        items.add(item.strip());
      }
    }
    return java.util.List.copyOf(items);
  }

  /** A file named by {@code key}, resolved against {@link ConfigKeys#CONF_DIR}. */
  public Path confFile(ConfigKey key) {
    Path named = Path.of(get(key));
    return named.isAbsolute() ? named : Path.of(get(ConfigKeys.CONF_DIR)).resolve(named);
  }

  /** A copy with one more override, checked like any other. */
  public ParallaxConfig with(ConfigKey key, String value) {
    Map<String, String> copy = new TreeMap<>(values);
    copy.put(key.name(), value);
    return of(copy);
  }

  /** All effective values, sorted by key, for the run manifest. */
  public Map<String, String> asMap() {
    return new TreeMap<>(values);
  }
}
