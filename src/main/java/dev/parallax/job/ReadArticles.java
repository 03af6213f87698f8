package dev.parallax.job;

import dev.parallax.ingest.ArticleNormalizer;
import dev.parallax.ingest.FieldValue;
import dev.parallax.ingest.IngestOutcome;
import dev.parallax.ingest.IngestRules;
import dev.parallax.ingest.InputFormat;
import dev.parallax.ingest.RawRecord;
import dev.parallax.ingest.RecordParser;
import dev.parallax.ingest.RecordSink;
import dev.parallax.io.InputFile;
import dev.parallax.model.Reject;
import dev.parallax.model.RejectReason;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Reads every input file into normalised articles and rejects. Line and document formats are parsed
 * per file by the core parsers (so rejects keep their line numbers); Parquet goes through Spark's
 * reader. A file that cannot be opened fails the run, naming the file.
 */
public final class ReadArticles {
  private ReadArticles() {}

  public static JavaRDD<IngestOutcome> apply(
      SparkSession spark, List<InputFile> files, IngestRules rules) {
    JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
    ArticleNormalizer normalizer = new ArticleNormalizer(rules);
    int maxRecordChars = rules.maxRecordChars();
    List<InputFile> parsed = new ArrayList<>();
    List<InputFile> parquet = new ArrayList<>();
    for (InputFile file : files) {
      (file.format() == InputFormat.PARQUET ? parquet : parsed).add(file);
    }
    int slices = Math.max(1, Math.min(parsed.size(), context.defaultParallelism() * 4));
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
      outcomes = outcomes.union(readParquet(spark, file.path(), normalizer));
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

  private static JavaRDD<IngestOutcome> readParquet(
      SparkSession spark, String path, ArticleNormalizer normalizer) {
    return spark
        .read()
        .parquet(path)
        .javaRDD()
        .zipWithIndex()
        .map(
            rowAndIndex ->
                normalizer.normalise(
                    new RawRecord(
                        path,
                        rowAndIndex._2() + 1,
                        fieldsOf(rowAndIndex._1()),
                        null,
                        false,
                        rowAndIndex._1().toString())));
  }

  private static Map<String, FieldValue> fieldsOf(Row row) {
    Map<String, FieldValue> fields = new LinkedHashMap<>();
    StructField[] schema = row.schema().fields();
    for (int i = 0; i < schema.length; i++) {
      Object value = row.get(i);
      if (value == null) {
        continue;
      }
      FieldValue field;
      if (value instanceof String text) {
        field = FieldValue.string(text);
      } else if (value instanceof Number || value instanceof Boolean) {
        field = new FieldValue(value.toString(), FieldValue.Shape.SCALAR);
      } else if (value instanceof java.sql.Timestamp timestamp) {
        field = new FieldValue(timestamp.toInstant().toString(), FieldValue.Shape.SCALAR);
      } else if (value instanceof java.sql.Date date) {
        field = new FieldValue(date.toLocalDate().toString(), FieldValue.Shape.SCALAR);
      } else if (value instanceof scala.collection.Seq<?> sequence
          && CollectionConverters.asJava(sequence).stream().allMatch(e -> e instanceof String)) {
        List<String> parts = new ArrayList<>();
        CollectionConverters.asJava(sequence).forEach(e -> parts.add((String) e));
        field = new FieldValue(String.join("\n\n", parts), FieldValue.Shape.STRING_LIST);
      } else {
        field = new FieldValue(null, FieldValue.Shape.STRUCTURE);
      }
      fields.put(schema[i].name(), field);
    }
    return fields;
  }
}
