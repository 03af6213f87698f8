package dev.parallax.job;

import dev.parallax.io.ArticleRow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import scala.Tuple2;

/**
 * Keeps every article while making ids unique: when records share an id (the same URL twice, an id
 * given twice), the first by (source file, record) keeps it and the others get {@code ~2}, {@code
 * ~3}, ... Deterministic whatever the partitioning. Syndication then marks them as copies.
 */
public final class MakeIdsUnique {
  private MakeIdsUnique() {}

  public static JavaRDD<ArticleRow> apply(JavaSparkContext context, JavaRDD<ArticleRow> rows) {
    Set<String> duplicated =
        new HashSet<>(
            rows.mapToPair(row -> new Tuple2<>(row.getId(), 1L))
                .reduceByKey(Long::sum)
                .filter(idAndCount -> idAndCount._2() > 1)
                .keys()
                .collect());
    if (duplicated.isEmpty()) {
      return rows;
    }
    Broadcast<Set<String>> duplicatedIds = context.broadcast(duplicated);
    List<ArticleRow> clashing =
        rows.filter(row -> duplicatedIds.value().contains(row.getId())).collect();
    Map<String, List<ArticleRow>> byId = new HashMap<>();
    for (ArticleRow row : clashing) {
      byId.computeIfAbsent(row.getId(), id -> new ArrayList<>()).add(row);
    }
    Map<String, String> renames = new HashMap<>();
    for (List<ArticleRow> group : byId.values()) {
      group.sort(
          Comparator.comparing(ArticleRow::getSourceFile).thenComparing(ArticleRow::getRecord));
      for (int i = 1; i < group.size(); i++) {
        ArticleRow row = group.get(i);
        renames.put(locationOf(row), row.getId() + "~" + (i + 1));
      }
    }
    Broadcast<Map<String, String>> newIds = context.broadcast(renames);
    return rows.map(
        row -> {
          String renamed = newIds.value().get(locationOf(row));
          if (renamed == null) {
            return row;
          }
          ArticleRow copy = row.copy();
          copy.setId(renamed);
          return copy;
        });
  }

  private static String locationOf(ArticleRow row) {
    return row.getSourceFile() + "\u0000" + row.getRecord();
  }
}
