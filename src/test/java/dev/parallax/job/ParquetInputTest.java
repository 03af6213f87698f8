package dev.parallax.job;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.config.JobArguments;
import dev.parallax.testing.Reports;
import dev.parallax.testing.SparkTestSession;
import dev.parallax.testing.TestRules;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Parquet input goes through Spark's reader, with timestamps and paragraph lists. */
class ParquetInputTest {
  @TempDir Path input;
  @TempDir Path output;

  @Test
  void readsParquetColumnsByName() throws IOException {
    SparkSession spark = SparkTestSession.get();
    StructType schema =
        new StructType()
            .add("id", DataTypes.StringType)
            .add("outlet", DataTypes.StringType)
            .add("published", DataTypes.TimestampType)
            .add("body", DataTypes.createArrayType(DataTypes.StringType))
            .add("score", DataTypes.DoubleType);
    List<Row> rows =
        List.of(
            RowFactory.create(
                "pq-1",
                "Meridian Post",
                Timestamp.from(java.time.Instant.parse("2026-03-08T06:00:00Z")),
                new String[] {"First paragraph of the story here.", "Second paragraph follows it."},
                0.5),
            RowFactory.create(
                "pq-2", null, null, new String[] {"No outlet on this one at all."}, 1.0));
    Dataset<Row> frame = spark.createDataFrame(rows, schema).coalesce(1);
    frame.write().parquet(input.resolve("articles").toString());

    RunSummary summary =
        CompareJob.run(
            spark,
            JobArguments.parse(
                "--input",
                input.toString(),
                "--output",
                output.toString(),
                "--run-date",
                "2026-03-09"),
            TestRules.config(Map.of()),
            TestRules.rules(Map.of("ingest.fields", fieldsWithBody().toString())));
    Path folder = Path.of(summary.folder());
    assertThat(Reports.read(folder.resolve("articles.csv")))
        .singleElement()
        .satisfies(
            row -> {
              assertThat(row.get("id")).isEqualTo("pq-1");
              assertThat(row.get("published")).isEqualTo("2026-03-08T06:00:00Z");
              assertThat(row.get("date_source")).isEqualTo("given");
              assertThat(row.get("words")).isEqualTo("10");
            });
    assertThat(Reports.read(folder.resolve("rejects.csv")))
        .singleElement()
        .satisfies(
            row -> {
              assertThat(row.get("reason")).isEqualTo("no_outlet");
              assertThat(row.get("record")).isEqualTo("2");
              assertThat(row.get("source_file")).endsWith(".parquet");
            });
  }

  private Path fieldsWithBody() throws IOException {
    Path fields = input.getParent().resolve(input.getFileName() + "-fields.properties");
    java.nio.file.Files.writeString(fields, "text=body\n");
    return fields;
  }
}
