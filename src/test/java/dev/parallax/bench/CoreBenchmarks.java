package dev.parallax.bench;

import dev.parallax.claims.AttributionExtractor;
import dev.parallax.claims.ClaimExtractor;
import dev.parallax.claims.DenialCues;
import dev.parallax.config.ParallaxConfig;
import dev.parallax.model.Article;
import dev.parallax.testing.SampleArticles;
import dev.parallax.testing.TestRules;
import dev.parallax.text.SentenceSplitter;
import dev.parallax.text.TextAnalyzer;
import dev.parallax.wording.DistinctiveTerms;
import dev.parallax.wording.OutletTerm;
import dev.parallax.wording.TermCounts;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * JMH micro-benchmarks of the hot core code on the 49 sample articles (no Spark): sentence
 * splitting, term counting (tokenising, stemming, n-grams), claim and denial extraction, and
 * log-odds scoring of one event. Each operation handles the whole sample once; run with {@code
 * jobs/jmh.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CoreBenchmarks {
  List<Article> articles;
  ClaimExtractor extractor;
  List<OutletTerm> eventTerms;
  long corpusTotal;
  DistinctiveTerms distinctive;

  @Setup
  public void readTheSample() throws IOException {
    ParallaxConfig config = TestRules.config(Map.of());
    articles = SampleArticles.read();
    extractor = new ClaimExtractor(AttributionExtractor.from(config), DenialCues.from(config));
    Map<String, Long> corpus = new HashMap<>();
    eventTerms = new ArrayList<>();
    for (Article article : articles) {
      for (TermCounts.Term term : TermCounts.of(TextAnalyzer.analyse(article))) {
        corpus.merge(term.key(), (long) term.count(), Long::sum);
        corpusTotal += term.count();
      }
    }
    for (Article article : articles) {
      for (TermCounts.Term term : TermCounts.of(TextAnalyzer.analyse(article))) {
        eventTerms.add(
            new OutletTerm(
                article.outlet(),
                article.id(),
                term.key(),
                term.surface(),
                term.count(),
                term.exampleSentence(),
                corpus.get(term.key())));
      }
    }
    distinctive = new DistinctiveTerms(1000, 10, 2, dev.parallax.wording.LoadedWords.none(), 0);
  }

  @Benchmark
  public void splitSentences(Blackhole sink) {
    for (Article article : articles) {
      for (String paragraph : article.paragraphs()) {
        sink.consume(SentenceSplitter.sentences(paragraph));
      }
    }
  }

  @Benchmark
  public void countTerms(Blackhole sink) {
    for (Article article : articles) {
      sink.consume(TermCounts.of(TextAnalyzer.analyse(article)));
    }
  }

  @Benchmark
  public void extractClaimsAndDenials(Blackhole sink) {
    for (Article article : articles) {
      sink.consume(extractor.analyse(TextAnalyzer.analyse(article)));
    }
  }

  @Benchmark
  public Object scoreWordingOfOneEvent() {
    return distinctive.compare("sample", eventTerms, corpusTotal);
  }
}
