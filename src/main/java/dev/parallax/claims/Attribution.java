package dev.parallax.claims;

import dev.parallax.model.Span;
import java.io.Serializable;
import java.util.Objects;

/**
 * An attribution relation (Pareti 2016, PARC 3.0): who (source), by which reporting cue, said what
 * (content), as character spans of the analysed text. The source may be absent ("it was reported
 * that ..."); kind is {@code quote}, {@code indirect} or {@code according_to}.
 */
public record Attribution(Span source, Span cue, Span content, String kind, String stance)
    implements Serializable {
  public Attribution {
    Objects.requireNonNull(cue, "cue");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(stance, "stance");
  }

  /** The same attribution with its content widened to cover another span (a quote's next part). */
  public Attribution withContentCovering(Span more) {
    return new Attribution(
        source,
        cue,
        new Span(Math.min(content.start(), more.start()), Math.max(content.end(), more.end())),
        kind,
        stance);
  }
}
