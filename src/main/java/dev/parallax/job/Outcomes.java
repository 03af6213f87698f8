package dev.parallax.job;

import dev.parallax.ingest.IngestOutcome;
import dev.parallax.io.ArticleRow;
import dev.parallax.io.RejectRow;
import org.apache.spark.api.java.JavaRDD;

/** Splits ingest outcomes into accepted article rows and reject rows. */
final class Outcomes {
  private Outcomes() {}

  static JavaRDD<ArticleRow> accepted(JavaRDD<IngestOutcome> outcomes) {
    return outcomes
        .filter(outcome -> outcome instanceof IngestOutcome.Accepted)
        .map(
            outcome -> {
              IngestOutcome.Accepted accepted = (IngestOutcome.Accepted) outcome;
              return ArticleRow.of(accepted.article(), accepted.repairedUtf8());
            });
  }

  static JavaRDD<RejectRow> rejected(JavaRDD<IngestOutcome> outcomes) {
    return outcomes
        .filter(outcome -> outcome instanceof IngestOutcome.Rejected)
        .map(outcome -> RejectRow.of(((IngestOutcome.Rejected) outcome).reject()));
  }
}
