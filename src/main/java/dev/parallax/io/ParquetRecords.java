package dev.parallax.io;

import dev.parallax.ingest.FieldValue;
import dev.parallax.ingest.RawRecord;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Parquet input through Spark's reader: any columns, each row a raw record whose strings, numbers,
 * timestamps and string lists become field values for the normaliser.
 */
public final class ParquetRecords {
  private ParquetRecords() {}

  /** Each row of a Parquet file as a raw record (record number = row, 1-based). */
  public static JavaRDD<RawRecord> read(SparkSession spark, String path) {
    return spark
        .read()
        .parquet(path)
        .javaRDD()
        .zipWithIndex()
        .map(
            rowAndIndex ->
                new RawRecord(
                    path,
                    rowAndIndex._2() + 1,
                    fieldsOf(rowAndIndex._1()),
                    null,
                    false,
                    rowAndIndex._1().toString()));
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
