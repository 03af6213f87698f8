package dev.parallax.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns a JSON object's top-level fields into {@link FieldValue}s. */
final class JsonFields {
  private JsonFields() {}

  static Map<String, FieldValue> of(JsonNode object) {
    Map<String, FieldValue> fields = new LinkedHashMap<>();
    Iterator<Map.Entry<String, JsonNode>> entries = object.fields();
    while (entries.hasNext()) {
      Map.Entry<String, JsonNode> entry = entries.next();
      FieldValue value = valueOf(entry.getValue());
      if (value != null) {
        fields.put(entry.getKey(), value);
      }
    }
    return fields;
  }

  /**
   * Null for JSON null; lists of strings (also nested, as BASIL's paragraphs) become paragraphs.
   */
  static FieldValue valueOf(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return null;
    }
    if (node.isTextual()) {
      return FieldValue.string(node.textValue());
    }
    if (node.isNumber() || node.isBoolean()) {
      return new FieldValue(node.asText(), FieldValue.Shape.SCALAR);
    }
    if (node.isArray()) {
      List<String> pieces = new ArrayList<>();
      if (collectStrings(node, pieces, 0)) {
        return new FieldValue(String.join("\n\n", pieces), FieldValue.Shape.STRING_LIST);
      }
    }
    return new FieldValue(null, FieldValue.Shape.STRUCTURE);
  }

  /** Flattens an array of strings; a nested array joins its sentences into one paragraph. */
  private static boolean collectStrings(JsonNode array, List<String> out, int depth) {
    for (JsonNode element : array) {
      if (element.isTextual()) {
        out.add(element.textValue());
      } else if (element.isArray() && depth == 0) {
        List<String> sentences = new ArrayList<>();
        if (!collectStrings(element, sentences, depth + 1)) {
          return false;
        }
        out.add(String.join(" ", sentences));
      } else if (!element.isNull()) {
        return false;
      }
    }
    return true;
  }
}
