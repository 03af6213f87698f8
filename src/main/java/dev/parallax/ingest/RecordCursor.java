package dev.parallax.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Reads a file, or one part of it, record by record: each step sends the next record or reject to a
 * sink, so a reader holds one record at a time, never the file's outcomes.
 */
public interface RecordCursor extends Closeable {
  /**
   * Sends the next record or reject to {@code sink}.
   *
   * @return false when nothing is left
   * @throws IOException only when the file itself cannot be read
   */
  boolean next(RecordSink sink) throws IOException;

  @Override
  default void close() throws IOException {}

  /** A cursor over outcomes already read whole (one-document formats, small files). */
  static RecordCursor of(Deque<Object> outcomes) {
    return sink -> {
      Object next = outcomes.poll();
      if (next == null) {
        return false;
      }
      if (next instanceof RawRecord record) {
        sink.record(record);
      } else {
        sink.reject((dev.parallax.model.Reject) next);
      }
      return true;
    };
  }

  /** Parses a whole input with {@code parser} and returns a cursor over what it read. */
  static RecordCursor whole(RecordParser parser, String sourceFile, java.io.InputStream input)
      throws IOException {
    Deque<Object> outcomes = new ArrayDeque<>();
    parser.parse(
        sourceFile,
        input,
        new RecordSink() {
          @Override
          public void record(RawRecord record) {
            outcomes.add(record);
          }

          @Override
          public void reject(dev.parallax.model.Reject reject) {
            outcomes.add(reject);
          }
        });
    return of(outcomes);
  }
}
