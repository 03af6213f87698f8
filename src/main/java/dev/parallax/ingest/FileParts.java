package dev.parallax.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts large JSON Lines and CSV files into parts that tasks read in parallel, keeping every
 * record's line number: a record belongs to the part its first byte lies in.
 *
 * <p>JSON Lines: parts are plain byte ranges; a part's reader skips the line it starts inside (the
 * part before reads it to its end), and the line breaks in each range, counted in parallel, give
 * each part its first line number. CSV: a quoted field may hold line breaks, so a record's start
 * can only be known by reading from the top; one pass over the file with the RFC 4180 quoting rules
 * (a quote opens a field only as its first character; {@code ""} inside a quoted field is a quote)
 * finds the first record starting at or after each cut and counts lines the way the CSV reader does
 * ({@code \r\n}, {@code \n} and a lone {@code \r} are one line break each). That pass only
 * classifies bytes (about a second a gigabyte); the parsing is parallel.
 */
public final class FileParts {
  private static final int BUFFER = 1 << 16;

  private FileParts() {}

  /** The cut points of a file: ranges of {@code partBytes} bytes, the last one shorter. */
  public static List<long[]> ranges(long length, long partBytes) {
    if (partBytes <= 0) {
      throw new IllegalArgumentException("part size must be positive: " + partBytes);
    }
    List<long[]> ranges = new ArrayList<>();
    for (long start = 0; start < length; start += partBytes) {
      ranges.add(new long[] {start, Math.min(length, start + partBytes)});
    }
    return ranges;
  }

  /**
   * Consecutive groups of small files for one task each, of about {@code partBytes} bytes together
   * (the size of a part of a large file), and at least {@code minGroups} groups when there are that
   * many files. A file of unknown size ({@code < 0}) counts as {@code unknownBytes}.
   */
  public static <T> List<List<T>> groups(
      List<T> files, long[] sizes, long partBytes, int minGroups, long unknownBytes) {
    List<List<T>> groups = new ArrayList<>();
    if (files.isEmpty()) {
      return groups;
    }
    long total = 0;
    for (long size : sizes) {
      total += size < 0 ? unknownBytes : Math.max(size, 1);
    }
    long wanted = Math.max((total + partBytes - 1) / partBytes, Math.min(files.size(), minGroups));
    double perGroup = (double) total / wanted;
    List<T> current = new ArrayList<>();
    long filled = 0;
    for (int i = 0; i < files.size(); i++) {
      current.add(files.get(i));
      filled += sizes[i] < 0 ? unknownBytes : Math.max(sizes[i], 1);
      // Close the group when the files so far reach the next group's share of the total.
      if (filled >= perGroup * (groups.size() + 1) && groups.size() < wanted - 1) {
        groups.add(current);
        current = new ArrayList<>();
      }
    }
    if (!current.isEmpty()) {
      groups.add(current);
    }
    return groups;
  }

  /** The {@code \n} bytes among the next {@code length} bytes of {@code input}. */
  public static long countNewlines(InputStream input, long length) throws IOException {
    byte[] buffer = new byte[(int) Math.max(1, Math.min(BUFFER, length))];
    long left = length;
    long count = 0;
    while (left > 0) {
      int read = input.read(buffer, 0, (int) Math.min(buffer.length, left));
      if (read < 0) {
        break;
      }
      for (int i = 0; i < read; i++) {
        if (buffer[i] == '\n') {
          count++;
        }
      }
      left -= read;
    }
    return count;
  }

  /**
   * The parts of a JSON Lines file cut into {@code ranges}, given the {@code \n} count of each
   * range.
   */
  public static List<FilePart> jsonLines(String path, List<long[]> ranges, long[] newlines) {
    List<FilePart> parts = new ArrayList<>();
    long before = 0;
    for (int i = 0; i < ranges.size(); i++) {
      long[] range = ranges.get(i);
      long end = i == ranges.size() - 1 ? Long.MAX_VALUE : range[1];
      parts.add(new FilePart(path, InputFormat.JSONL, range[0], end, before, -1));
      before += newlines[i];
    }
    return parts;
  }

  /**
   * The parts of a CSV file of {@code length} bytes read from {@code input} (from its first byte):
   * the first part holds the header row and reads it itself; each other part starts at a record's
   * first byte and is told where the header ends.
   */
  public static List<FilePart> csv(String path, InputStream input, long length, long partBytes)
      throws IOException {
    CsvScanner scanner = new CsvScanner(partBytes);
    byte[] buffer = new byte[BUFFER];
    int read;
    while ((read = input.read(buffer)) >= 0) {
      for (int i = 0; i < read; i++) {
        scanner.accept(buffer[i]);
      }
    }
    List<long[]> starts = scanner.starts;
    List<FilePart> parts = new ArrayList<>();
    long previous = 0;
    long previousLines = 0;
    long headerEnd = scanner.headerEnd < 0 ? length : scanner.headerEnd;
    for (long[] start : starts) {
      parts.add(
          new FilePart(
              path,
              InputFormat.CSV,
              previous,
              start[0],
              previousLines,
              parts.isEmpty() ? -1 : headerEnd));
      previous = start[0];
      previousLines = start[1];
    }
    parts.add(
        new FilePart(
            path,
            InputFormat.CSV,
            previous,
            Long.MAX_VALUE,
            previousLines,
            parts.isEmpty() ? -1 : headerEnd));
    return parts;
  }

  /** Opens a file at a byte offset. */
  @FunctionalInterface
  public interface Source {
    /** The file from byte {@code position}; {@link Unopenable} when the file does not open. */
    InputStream openAt(long position) throws IOException;
  }

  /**
   * A file that does not open (a dangling link, no permission, gone since it was listed): its part
   * becomes one {@code unreadable_file} reject instead of a failed task.
   */
  public static final class Unopenable extends IOException {
    private static final long serialVersionUID = 1L;

    public Unopenable(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /**
   * A cursor over the records of a part (or a whole file). JSON Lines parts stream from their first
   * byte; a CSV part is read as bytes (about {@code ingest.part-bytes}; a whole CSV file is read
   * whole only when it is smaller than that), with the header from the file's first row.
   */
  public static RecordCursor open(FilePart part, int maxRecordChars, Source source)
      throws IOException {
    if (part.format() == null) {
      return wholeFileReject(
          part,
          dev.parallax.model.RejectReason.UNKNOWN_FORMAT,
          "the extension names no known format; give --format");
    }
    try {
      return cursor(part, maxRecordChars, source);
    } catch (Unopenable e) {
      if (part.start() > 0) { // one reject for the file, not one for each of its parts
        return RecordCursor.of(new java.util.ArrayDeque<>());
      }
      return wholeFileReject(
          part,
          dev.parallax.model.RejectReason.UNREADABLE_FILE,
          "the file cannot be opened: " + e.getMessage());
    }
  }

  /** One reject for the whole file (record 0). */
  private static RecordCursor wholeFileReject(
      FilePart part, dev.parallax.model.RejectReason reason, String detail) {
    java.util.ArrayDeque<Object> reject = new java.util.ArrayDeque<>();
    reject.add(new dev.parallax.model.Reject(part.path(), 0, null, null, reason, detail, null));
    return RecordCursor.of(reject);
  }

  private static RecordCursor cursor(FilePart part, int maxRecordChars, Source source)
      throws IOException {
    switch (part.format()) {
      case JSONL -> {
        InputStream input = source.openAt(part.start() > 0 ? part.start() - 1 : 0);
        return new JsonLinesParser(maxRecordChars)
            .cursor(part.path(), input, part.start(), part.end(), part.linesBefore());
      }
      case CSV -> {
        CsvRecordParser parser = new CsvRecordParser(maxRecordChars);
        if (part.isWhole()) {
          try (InputStream input = source.openAt(0)) {
            return parser.cursor(part.path(), input.readAllBytes(), null, 0, null);
          }
        }
        List<String> header = null;
        if (part.headerEnd() >= 0) {
          try (InputStream input = source.openAt(0)) {
            header = CsvRecordParser.header(input.readNBytes(Math.toIntExact(part.headerEnd())));
          }
          if (header == null) {
            header = List.of();
          }
        }
        byte[] bytes;
        try (InputStream input = source.openAt(part.start())) {
          bytes =
              part.end() == Long.MAX_VALUE
                  ? input.readAllBytes()
                  : input.readNBytes(Math.toIntExact(part.end() - part.start()));
        }
        String range =
            "bytes "
                + part.start()
                + "-"
                + (part.end() == Long.MAX_VALUE ? "end" : String.valueOf(part.end()));
        return parser.cursor(part.path(), bytes, header, part.linesBefore(), range);
      }
      default -> {
        try (InputStream input = source.openAt(0)) {
          return RecordCursor.whole(
              RecordParser.forFormat(part.format(), maxRecordChars), part.path(), input);
        }
      }
    }
  }

  /** The byte-by-byte RFC 4180 state machine of {@link #csv}. */
  private static final class CsvScanner {
    private static final int FIELD_START = 0;
    private static final int UNQUOTED = 1;
    private static final int QUOTED = 2;
    private static final int QUOTE_IN_QUOTED = 3;

    private final long partBytes;
    private int state = FIELD_START;
    private long offset;
    private long lines;
    private boolean afterCarriageReturn;
    private boolean recordEnded;
    private boolean recordHasContent;
    private boolean endedRecordHadContent;
    private long headerEnd = -1;
    private long nextCut;

    /** Record starts after the header, one per cut: {byte offset, line breaks before it}. */
    final List<long[]> starts = new ArrayList<>();

    CsvScanner(long partBytes) {
      this.partBytes = partBytes;
      this.nextCut = partBytes;
    }

    void accept(byte b) {
      long here = offset++;
      if (afterCarriageReturn) {
        afterCarriageReturn = false;
        if (b == '\n') {
          return; // the second byte of \r\n, one line break counted at the \r
        }
      }
      if (recordEnded) {
        recordEnded = false;
        recordStartsAt(here);
      }
      if (b == '\r' || b == '\n') {
        lines++;
        afterCarriageReturn = b == '\r';
        if (state != QUOTED) {
          state = FIELD_START;
          recordEnded = true;
          endedRecordHadContent = recordHasContent;
          recordHasContent = false;
        }
        return;
      }
      recordHasContent = true;
      switch (state) {
        case FIELD_START -> state = b == '"' ? QUOTED : b == ',' ? FIELD_START : UNQUOTED;
        case UNQUOTED -> state = b == ',' ? FIELD_START : UNQUOTED;
        case QUOTED -> state = b == '"' ? QUOTE_IN_QUOTED : QUOTED;
        default -> state = b == '"' ? QUOTED : b == ',' ? FIELD_START : UNQUOTED;
      }
    }

    /** A record starts at {@code start}: the header ends there, or a part may start there. */
    private void recordStartsAt(long start) {
      if (headerEnd < 0) {
        if (endedRecordHadContent) {
          headerEnd = start;
        }
        return;
      }
      if (start >= nextCut) {
        starts.add(new long[] {start, lines});
        while (nextCut <= start) {
          nextCut += partBytes;
        }
      }
    }
  }
}
