package dev.parallax.job;

import dev.parallax.events.EventSummary;
import dev.parallax.io.ArticleRow;
import dev.parallax.wording.DistinctiveTerms;
import dev.parallax.wording.LogOdds;
import dev.parallax.wording.OutletTerm;
import dev.parallax.wording.TermCounts;
import dev.parallax.wording.WordingRow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * Word choice: term counts per article (copies left out: independent coverage only), the corpus
 * counts that form the prior (a join, never a map on the driver), each outlet's distinctive terms
 * within each multi-outlet event, and each outlet's against all others corpus-wide ({@code ALL}).
 */
public final class CompareWording {
  private CompareWording() {}

  public static JavaRDD<WordingRow> apply(
      JavaSparkContext context,
      JavaRDD<ArticleRow> articles,
      Map<String, String> eventOf,
      JavaRDD<EventSummary> events,
      Set<String> copyIds,
      Set<String> languages,
      DistinctiveTerms distinctive,
      double priorTotal,
      int topN,
      int minCountAll) {
    Set<String> compared =
        new HashSet<>(
            events
                .filter(event -> event.outlets().size() >= 2)
                .map(EventSummary::eventId)
                .collect());
    Broadcast<Set<String>> comparedEvents = context.broadcast(compared);
    Broadcast<Map<String, String>> eventIds = context.broadcast(eventOf);
    Broadcast<Set<String>> copies = context.broadcast(copyIds);
    JavaPairRDD<String, Tuple2<String, OutletTerm>> terms =
        articles
            .filter(
                row ->
                    languages.contains(row.getLanguage()) && !copies.value().contains(row.getId()))
            .flatMapToPair(
                row -> {
                  String eventId = eventIds.value().get(row.getId());
                  List<Tuple2<String, Tuple2<String, OutletTerm>>> found = new ArrayList<>();
                  for (TermCounts.Term term : TermCounts.of(row.toArticle())) {
                    found.add(
                        new Tuple2<>(
                            term.key(),
                            new Tuple2<>(
                                eventId,
                                new OutletTerm(
                                    row.getOutlet(),
                                    row.getId(),
                                    term.key(),
                                    term.surface(),
                                    term.count(),
                                    term.exampleSentence(),
                                    0))));
                  }
                  return found.iterator();
                })
            .persist(StorageLevel.MEMORY_AND_DISK());
    JavaPairRDD<String, Long> corpus =
        terms.mapValues(term -> term._2().count()).reduceByKey(Long::sum);
    long corpusTotal = corpus.values().fold(0L, Long::sum);
    JavaPairRDD<String, Tuple2<String, OutletTerm>> withPrior =
        terms
            .join(corpus)
            .mapValues(
                joined -> {
                  OutletTerm term = joined._1()._2();
                  return new Tuple2<>(
                      joined._1()._1(),
                      new OutletTerm(
                          term.outlet(),
                          term.articleId(),
                          term.key(),
                          term.surface(),
                          term.count(),
                          term.exampleSentence(),
                          joined._2()));
                })
            .persist(StorageLevel.MEMORY_AND_DISK());
    JavaRDD<WordingRow> perEvent =
        withPrior
            .values()
            .filter(pair -> comparedEvents.value().contains(pair._1()))
            .mapToPair(pair -> pair)
            .groupByKey()
            .flatMap(event -> distinctive.compare(event._1(), event._2(), corpusTotal).iterator());
    JavaRDD<WordingRow> corpusWide =
        allOutlets(withPrior.values().map(Tuple2::_2), corpusTotal, priorTotal, topN, minCountAll);
    JavaRDD<WordingRow> chosen = perEvent.union(corpusWide);
    JavaRDD<WordingRow> withExamples =
        chosen
            .mapToPair(row -> new Tuple2<>(row.articleId(), row))
            .groupByKey()
            .join(articles.mapToPair(row -> new Tuple2<>(row.getId(), row)))
            .flatMap(
                joined -> {
                  List<String> sentences = TermCounts.sentences(joined._2()._2().toArticle());
                  List<WordingRow> rows = new ArrayList<>();
                  for (WordingRow row : joined._2()._1()) {
                    rows.add(row.withExample(sentences.get(row.exampleIndex())));
                  }
                  return rows.iterator();
                });
    terms.unpersist();
    return withExamples;
  }

  /** Each outlet against all other outlets of the corpus ({@code event_id = ALL}). */
  private static JavaRDD<WordingRow> allOutlets(
      JavaRDD<OutletTerm> terms, long corpusTotal, double priorTotal, int topN, int minCount) {
    Map<String, Long> outletTotals =
        terms
            .mapToPair(term -> new Tuple2<>(term.outlet(), term.count()))
            .reduceByKey(Long::sum)
            .collectAsMap();
    if (outletTotals.size() < 2) {
      return terms.filter(term -> false).map(term -> null);
    }
    return terms
        .mapToPair(term -> new Tuple2<>(term.outlet() + "\u0000" + term.key(), term))
        .reduceByKey(
            (a, b) -> {
              OutletTerm first = a.articleId().compareTo(b.articleId()) <= 0 ? a : b;
              return new OutletTerm(
                  first.outlet(),
                  first.articleId(),
                  first.key(),
                  first.surface(),
                  a.count() + b.count(),
                  first.exampleSentence(),
                  first.corpusCount());
            })
        .values()
        .filter(term -> term.count() >= minCount)
        .map(
            term -> {
              long groupTotal = outletTotals.get(term.outlet());
              double prior = priorTotal * term.corpusCount() / (double) corpusTotal;
              LogOdds odds =
                  LogOdds.of(
                      term.count(),
                      groupTotal,
                      term.corpusCount() - term.count(),
                      corpusTotal - groupTotal,
                      prior,
                      priorTotal);
              return new WordingRow(
                  "ALL",
                  term.outlet(),
                  term.surface(),
                  term.count(),
                  term.corpusCount() - term.count(),
                  odds.delta(),
                  odds.z(),
                  "",
                  term.articleId(),
                  term.exampleSentence());
            })
        .filter(row -> row.z() > 0)
        .groupBy(WordingRow::outlet)
        .flatMap(
            outlet -> {
              List<WordingRow> rows = new ArrayList<>();
              outlet._2().forEach(rows::add);
              rows.sort(
                  Comparator.comparing(WordingRow::z).reversed().thenComparing(WordingRow::term));
              return rows.subList(0, Math.min(topN, rows.size())).iterator();
            });
  }
}
