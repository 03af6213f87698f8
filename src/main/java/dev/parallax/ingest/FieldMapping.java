package dev.parallax.ingest;

import dev.parallax.config.ConfigException;
import java.io.IOException;
import java.io.Serializable;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Maps input field names to Parallax's canonical fields. Each canonical field has an ordered list
 * of aliases ({@code text=text,maintext,content_original}); the first alias present in a record
 * wins. Matching ignores case.
 */
public final class FieldMapping implements Serializable {
  /** The canonical fields. */
  public static final List<String> CANONICAL =
      List.of("id", "outlet", "url", "title", "published", "text", "language");

  private final Map<String, List<String>> aliases;

  public FieldMapping(Map<String, List<String>> aliases) {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    for (String field : CANONICAL) {
      List<String> names = aliases.getOrDefault(field, List.of(field));
      copy.put(field, names.stream().map(name -> name.toLowerCase(Locale.ROOT)).toList());
    }
    this.aliases = Map.copyOf(copy);
  }

  /** Parses a properties text: {@code canonical=alias1,alias2}. */
  public static FieldMapping parse(String propertiesText, String origin) {
    Properties properties = new Properties();
    try {
      properties.load(new StringReader(propertiesText));
    } catch (IOException | IllegalArgumentException e) {
      throw new ConfigException("cannot read field aliases " + origin + ": " + e.getMessage());
    }
    Map<String, List<String>> aliases = new LinkedHashMap<>();
    for (String key : properties.stringPropertyNames()) {
      if (!CANONICAL.contains(key)) {
        throw new ConfigException(
            origin + ": unknown canonical field '" + key + "' (known: " + CANONICAL + ")");
      }
      List<String> names = new ArrayList<>();
      for (String name : properties.getProperty(key).split(",")) {
        if (!name.isBlank()) {
          names.add(name.strip());
        }
      }
      aliases.put(key, names);
    }
    return new FieldMapping(aliases);
  }

  /** The identity mapping: every canonical field under its own name. */
  public static FieldMapping identity() {
    return new FieldMapping(Map.of());
  }

  /** The value of a canonical field and the input name it came from, or null. */
  public Found find(Map<String, FieldValue> fields, String canonical) {
    List<String> names = aliases.get(canonical);
    if (names == null) {
      throw new IllegalArgumentException("not a canonical field: " + canonical);
    }
    for (String name : names) {
      for (Map.Entry<String, FieldValue> entry : fields.entrySet()) {
        if (entry.getKey().toLowerCase(Locale.ROOT).equals(name)) {
          return new Found(entry.getKey(), entry.getValue());
        }
      }
    }
    return null;
  }

  /** A field value with the input name it was found under. */
  public record Found(String inputName, FieldValue value) {}
}
