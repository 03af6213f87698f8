package dev.parallax.job;

import dev.parallax.io.ArticleRow;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.api.java.JavaRDD;

/**
 * What the manifest says of the accepted articles — how many per input file and per language, how
 * many had their UTF-8 repaired — counted in one pass while the articles are cached.
 */
record AcceptedCounts(Map<String, Long> byFile, Map<String, Long> byLanguage, long repairedUtf8)
    implements Serializable {

  static AcceptedCounts of(JavaRDD<ArticleRow> articles) {
    return articles.aggregate(
        new AcceptedCounts(new HashMap<>(), new TreeMap<>(), 0),
        AcceptedCounts::add,
        AcceptedCounts::merge);
  }

  private AcceptedCounts add(ArticleRow row) {
    byFile.merge(row.getSourceFile(), 1L, Long::sum);
    byLanguage.merge(row.getLanguage(), 1L, Long::sum);
    return row.isRepairedUtf8() ? new AcceptedCounts(byFile, byLanguage, repairedUtf8 + 1) : this;
  }

  private AcceptedCounts merge(AcceptedCounts other) {
    other.byFile.forEach((file, count) -> byFile.merge(file, count, Long::sum));
    other.byLanguage.forEach((language, count) -> byLanguage.merge(language, count, Long::sum));
    return new AcceptedCounts(byFile, byLanguage, repairedUtf8 + other.repairedUtf8);
  }
}
