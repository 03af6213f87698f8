package dev.parallax.job;

import dev.parallax.ingest.ArticleNormalizer;
import dev.parallax.ingest.FilePart;
import dev.parallax.ingest.FileParts;
import dev.parallax.ingest.IngestOutcome;
import dev.parallax.ingest.IngestRules;
import dev.parallax.ingest.InputFormat;
import dev.parallax.ingest.RawRecord;
import dev.parallax.ingest.RecordCursor;
import dev.parallax.ingest.RecordSink;
import dev.parallax.io.ArticleRow;
import dev.parallax.io.InputFile;
import dev.parallax.io.ParquetRecords;
import dev.parallax.model.Reject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.Path;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;

/**
 * Reads every input file into normalised articles and rejects. Line and document formats are parsed
 * by the core parsers (so rejects keep their line numbers), record by record: a task holds one
 * record at a time, never a file's or a partition's outcomes. JSON Lines and CSV files larger than
 * {@code ingest.part-bytes} are cut into parts read in parallel ({@link FileParts}); small files
 * are grouped into tasks of about the same number of bytes ({@link FileParts#groups}). Parquet goes
 * through Spark's reader. A file that cannot be opened fails the run, naming the file.
 */
public final class ReadArticles {
  private ReadArticles() {}

  /** What a file of unknown length counts for when files are grouped into tasks. */
  static final long UNKNOWN_FILE_BYTES = 32 * 1024;

  /** The outcome of every record (cached), and the accepted articles with unique ids. */
  public record Result(JavaRDD<IngestOutcome> outcomes, JavaRDD<ArticleRow> unique) {}

  public static Result apply(
      SparkSession spark, List<InputFile> files, Analyses analyses, RunRecord.Stage stage) {
    Plan plan = plan(spark, files, analyses.rules().partBytes());
    JavaRDD<IngestOutcome> outcomes = read(spark, plan, analyses.rules()).persist(Storage.CACHED);
    JavaRDD<ArticleRow> unique =
        MakeIdsUnique.apply(
            JavaSparkContext.fromSparkContext(spark.sparkContext()), Outcomes.accepted(outcomes));
    stage.count("files", files.size());
    if (!plan.parts().isEmpty()) {
      stage.count("files_in_parts", plan.partedFiles());
      stage.count("parts", plan.parts().size());
    }
    stage.count("records", outcomes.count());
    return new Result(outcomes, unique);
  }

  /** Small files read whole, parts of large ones, and Parquet files. */
  record Plan(
      List<List<FilePart>> whole, List<FilePart> parts, int partedFiles, List<InputFile> parquet) {}

  /**
   * Which files are read whole and how the large ones are cut. Finding a JSON Lines part's first
   * line number counts the line breaks of every part, in parallel; a CSV file's parts come from one
   * pass over it (see {@link FileParts}).
   */
  static Plan plan(SparkSession spark, List<InputFile> files, long partBytes) {
    JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
    List<FilePart> whole = new ArrayList<>();
    List<Long> wholeBytes = new ArrayList<>();
    List<InputFile> parquet = new ArrayList<>();
    List<FilePart> ranges = new ArrayList<>();
    Map<String, List<long[]>> rangesOf = new LinkedHashMap<>();
    List<InputFile> largeCsv = new ArrayList<>();
    for (InputFile file : files) {
      boolean large = file.length() > partBytes;
      if (file.format() == InputFormat.PARQUET) {
        parquet.add(file);
      } else if (large && file.format() == InputFormat.JSONL) {
        List<long[]> cuts = FileParts.ranges(file.length(), partBytes);
        rangesOf.put(file.path(), cuts);
        for (long[] cut : cuts) {
          ranges.add(new FilePart(file.path(), InputFormat.JSONL, cut[0], cut[1], 0, -1));
        }
      } else if (large && file.format() == InputFormat.CSV) {
        largeCsv.add(file);
      } else {
        whole.add(FilePart.whole(file.path(), file.format()));
        wholeBytes.add(file.length());
      }
    }
    List<FilePart> parts = new ArrayList<>();
    if (!ranges.isEmpty()) {
      List<Long> newlines =
          context
              .parallelize(ranges, ranges.size())
              .map(
                  range -> {
                    try (FSDataInputStream input = open(range.path(), new Configuration())) {
                      input.seek(range.start());
                      return FileParts.countNewlines(input, range.end() - range.start());
                    }
                  })
              .collect();
      int at = 0;
      for (Map.Entry<String, List<long[]>> file : rangesOf.entrySet()) {
        long[] counts = new long[file.getValue().size()];
        for (int i = 0; i < counts.length; i++) {
          counts[i] = newlines.get(at++);
        }
        parts.addAll(FileParts.jsonLines(file.getKey(), file.getValue(), counts));
      }
    }
    if (!largeCsv.isEmpty()) {
      parts.addAll(
          context
              .parallelize(largeCsv, largeCsv.size())
              .flatMap(
                  file -> {
                    try (FSDataInputStream input = open(file.path(), new Configuration())) {
                      return FileParts.csv(file.path(), input, file.length(), partBytes).iterator();
                    }
                  })
              .collect());
    }
    // Small files in tasks of about a part's bytes (and at least four per core): the cached stages
    // keep this partitioning, and a cached block is one partition, so blocks stay small enough to
    // read back from disk without taking the heap (8 blocks of ~4,700 ABP articles did), while
    // tasks are not so many that their overhead counts (250 files a task made the 37,554-file
    // ABP run 14:25 against 7:50 for the same articles in one file's 56 parts).
    List<List<FilePart>> groups =
        FileParts.groups(
            whole,
            wholeBytes.stream().mapToLong(Long::longValue).toArray(),
            partBytes,
            context.defaultParallelism() * 4,
            UNKNOWN_FILE_BYTES);
    return new Plan(groups, parts, rangesOf.size() + largeCsv.size(), parquet);
  }

  private static JavaRDD<IngestOutcome> read(SparkSession spark, Plan plan, IngestRules rules) {
    JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
    ArticleNormalizer normalizer = new ArticleNormalizer(rules);
    int maxRecordChars = rules.maxRecordChars();
    List<List<FilePart>> groups = plan.whole();
    // One group of small files per task; each part of a large file is a task of its own.
    JavaRDD<IngestOutcome> outcomes =
        context
            .parallelize(groups, Math.max(1, groups.size()))
            .mapPartitions(
                partition ->
                    new PartReader(
                        java.util.stream.StreamSupport.stream(
                                java.util.Spliterators.spliteratorUnknownSize(partition, 0), false)
                            .flatMap(List::stream)
                            .iterator(),
                        normalizer,
                        maxRecordChars));
    if (!plan.parts().isEmpty()) {
      outcomes =
          outcomes.union(
              context
                  .parallelize(plan.parts(), plan.parts().size())
                  .mapPartitions(
                      partition -> new PartReader(partition, normalizer, maxRecordChars)));
    }
    for (InputFile file : plan.parquet()) {
      outcomes = outcomes.union(ParquetRecords.read(spark, file.path()).map(normalizer::normalise));
    }
    return outcomes;
  }

  private static FSDataInputStream open(String file, Configuration hadoop) throws IOException {
    return open(file, hadoop, 0);
  }

  /** The file, read from byte {@code position} on. */
  private static FSDataInputStream open(String file, Configuration hadoop, long position)
      throws IOException {
    Path path = new Path(file);
    FSDataInputStream input;
    try {
      input = path.getFileSystem(hadoop).open(path);
    } catch (IOException e) {
      throw new FileParts.Unopenable(e.getMessage(), e);
    }
    if (position > 0) {
      try {
        input.seek(position);
      } catch (IOException e) {
        input.close();
        throw new IOException("cannot read input file " + file + ": " + e, e);
      }
    }
    return input;
  }

  /**
   * The outcomes of a partition's files and parts, one record at a time. A Hadoop configuration is
   * built once per partition, not per file; the open file is closed when the task ends, whatever
   * happens.
   */
  static final class PartReader implements Iterator<IngestOutcome> {
    private final Iterator<FilePart> parts;
    private final ArticleNormalizer normalizer;
    private final int maxRecordChars;
    private final Configuration hadoop = new Configuration();
    private final ArrayDeque<IngestOutcome> ready = new ArrayDeque<>();
    private RecordCursor cursor;
    private final RecordSink sink;

    PartReader(Iterator<FilePart> parts, ArticleNormalizer normalizer, int maxRecordChars) {
      this.parts = parts;
      this.normalizer = normalizer;
      this.maxRecordChars = maxRecordChars;
      this.sink =
          new RecordSink() {
            @Override
            public void record(RawRecord record) {
              ready.add(normalizer.normalise(record));
            }

            @Override
            public void reject(Reject reject) {
              ready.add(new IngestOutcome.Rejected(reject));
            }
          };
      TaskContext task = TaskContext.get();
      if (task != null) {
        task.addTaskCompletionListener(
            (org.apache.spark.util.TaskCompletionListener) context -> closeCursor());
      }
    }

    @Override
    public boolean hasNext() {
      try {
        while (ready.isEmpty()) {
          if (cursor == null) {
            if (!parts.hasNext()) {
              return false;
            }
            cursor = open(parts.next());
          }
          if (!cursor.next(sink)) {
            closeCursor();
          }
        }
        return true;
      } catch (IOException e) {
        throw new UncheckedIOException(e.getMessage(), e);
      }
    }

    @Override
    public IngestOutcome next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return ready.poll();
    }

    private void closeCursor() {
      if (cursor != null) {
        try {
          cursor.close();
        } catch (IOException e) {
          // reading is over; nothing is lost by a failed close of an input
        }
        cursor = null;
      }
    }

    private RecordCursor open(FilePart part) throws IOException {
      return FileParts.open(
          part, maxRecordChars, position -> ReadArticles.open(part.path(), hadoop, position));
    }
  }
}
