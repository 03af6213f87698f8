package dev.parallax.ingest;

import dev.parallax.model.Article;
import dev.parallax.model.Reject;
import java.io.Serializable;
import java.util.Objects;

/** What became of one input record: an accepted article, or a reject. */
public sealed interface IngestOutcome extends Serializable {

  /** An accepted article; {@code repairedUtf8} when invalid bytes were replaced on reading. */
  record Accepted(Article article, boolean repairedUtf8) implements IngestOutcome {
    public Accepted {
      Objects.requireNonNull(article, "article");
    }
  }

  /** A rejected record. */
  record Rejected(Reject reject) implements IngestOutcome {
    public Rejected {
      Objects.requireNonNull(reject, "reject");
    }
  }
}
