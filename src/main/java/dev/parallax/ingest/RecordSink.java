package dev.parallax.ingest;

import dev.parallax.model.Reject;

/** Receives what a parser reads: records to normalise, and rejects. */
public interface RecordSink {
  void record(RawRecord record);

  void reject(Reject reject);
}
