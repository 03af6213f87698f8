package dev.parallax.job;

import dev.parallax.ingest.ArticleNormalizer;
import dev.parallax.ingest.IngestOutcome;
import dev.parallax.ingest.IngestRules;
import dev.parallax.ingest.InputFormat;
import dev.parallax.ingest.RawRecord;
import dev.parallax.ingest.RecordParser;
import dev.parallax.ingest.RecordSink;
import dev.parallax.io.ArticleRow;
import dev.parallax.io.InputFile;
import dev.parallax.io.ParquetRecords;
import dev.parallax.model.Reject;
import dev.parallax.model.RejectReason;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;

/**
 * Reads every input file into normalised articles and rejects. Line and document formats are parsed
 * per file by the core parsers (so rejects keep their line numbers); Parquet goes through Spark's
 * reader. A file that cannot be opened fails the run, naming the file.
 */
public final class ReadArticles {
  private ReadArticles() {}

  static final int FILES_PER_PARTITION = 250;

  /** The outcome of every record (cached), and the accepted articles with unique ids. */
  public record Result(JavaRDD<IngestOutcome> outcomes, JavaRDD<ArticleRow> unique) {}

  public static Result apply(
      SparkSession spark, List<InputFile> files, Analyses analyses, RunRecord.Stage stage) {
    JavaRDD<IngestOutcome> outcomes = read(spark, files, analyses.rules()).persist(Storage.CACHED);
    JavaRDD<ArticleRow> unique =
        MakeIdsUnique.apply(
            JavaSparkContext.fromSparkContext(spark.sparkContext()), Outcomes.accepted(outcomes));
    stage.count("files", files.size());
    stage.count("records", outcomes.count());
    return new Result(outcomes, unique);
  }

  private static JavaRDD<IngestOutcome> read(
      SparkSession spark, List<InputFile> files, IngestRules rules) {
    JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
    ArticleNormalizer normalizer = new ArticleNormalizer(rules);
    int maxRecordChars = rules.maxRecordChars();
    List<InputFile> parsed = new ArrayList<>();
    List<InputFile> parquet = new ArrayList<>();
    for (InputFile file : files) {
      (file.format() == InputFormat.PARQUET ? parquet : parsed).add(file);
    }
    // Partitions of at most FILES_PER_PARTITION files (and at least four per core): the cached
    // stages keep this partitioning, and a cached block is one partition, so blocks stay small
    // enough to read back from disk without taking the heap (8 blocks of ~4,700 ABP articles did).
    int slices =
        Math.max(
            1,
            Math.min(
                parsed.size(),
                Math.max(
                    context.defaultParallelism() * 4,
                    (parsed.size() + FILES_PER_PARTITION - 1) / FILES_PER_PARTITION)));
    JavaRDD<IngestOutcome> outcomes =
        context
            .parallelize(parsed, slices)
            .mapPartitions(
                partition -> {
                  Configuration hadoop = new Configuration();
                  List<IngestOutcome> read = new ArrayList<>();
                  while (partition.hasNext()) {
                    read.addAll(parseFile(partition.next(), normalizer, maxRecordChars, hadoop));
                  }
                  return read.iterator();
                });
    for (InputFile file : parquet) {
      outcomes = outcomes.union(ParquetRecords.read(spark, file.path()).map(normalizer::normalise));
    }
    return outcomes;
  }

  /** One file's outcomes; a Hadoop configuration is built once per partition, not per file. */
  private static List<IngestOutcome> parseFile(
      InputFile file, ArticleNormalizer normalizer, int maxRecordChars, Configuration hadoop) {
    List<IngestOutcome> outcomes = new ArrayList<>();
    if (file.format() == null) {
      outcomes.add(
          new IngestOutcome.Rejected(
              new Reject(
                  file.path(),
                  0,
                  null,
                  null,
                  RejectReason.UNKNOWN_FORMAT,
                  "the extension names no known format; give --format",
                  null)));
      return outcomes;
    }
    RecordSink sink =
        new RecordSink() {
          @Override
          public void record(RawRecord record) {
            outcomes.add(normalizer.normalise(record));
          }

          @Override
          public void reject(Reject reject) {
            outcomes.add(new IngestOutcome.Rejected(reject));
          }
        };
    Path path = new Path(file.path());
    try (InputStream input = path.getFileSystem(hadoop).open(path)) {
      RecordParser.forFormat(file.format(), maxRecordChars).parse(file.path(), input, sink);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read input file " + file.path() + ": " + e, e);
    }
    return outcomes;
  }
}
