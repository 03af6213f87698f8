package dev.parallax.ingest;

import java.io.Serializable;
import java.util.Objects;

/**
 * A field value as read, with its shape: free text, a scalar (number, boolean), a list of strings
 * (joined into paragraphs), or a structure that has no text form.
 */
public record FieldValue(String text, Shape shape) implements Serializable {

  /** The JSON-ish shape of a value. */
  public enum Shape {
    STRING,
    SCALAR,
    STRING_LIST,
    STRUCTURE
  }

  public FieldValue {
    Objects.requireNonNull(shape, "shape");
    if ((text == null) != (shape == Shape.STRUCTURE)) {
      throw new IllegalArgumentException("only a structure has no text");
    }
  }

  public static FieldValue string(String text) {
    return new FieldValue(text, Shape.STRING);
  }

  /** Whether the value can serve as article text (a string or a list of strings). */
  public boolean isText() {
    return shape == Shape.STRING || shape == Shape.STRING_LIST;
  }

  /** A short description of the shape for reject messages. */
  public String describe() {
    return switch (shape) {
      case STRING -> "a string";
      case SCALAR -> "a number or boolean";
      case STRING_LIST -> "a list of strings";
      case STRUCTURE -> "an object or mixed list";
    };
  }
}
