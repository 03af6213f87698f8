package dev.parallax.model;

import java.io.Serializable;

/** Character offsets {@code [start, end)} in a text. */
public record Span(int start, int end) implements Serializable {
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }

  public String of(String text) {
    return text.substring(start, end);
  }

  public boolean isEmpty() {
    return start == end;
  }

  public Span shift(int offset) {
    return new Span(start + offset, end + offset);
  }
}
