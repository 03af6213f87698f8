package dev.parallax.job;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.ingest.IngestOutcome;
import dev.parallax.model.AnalysedArticle;
import dev.parallax.model.Article;
import dev.parallax.testing.SampleArticles;
import dev.parallax.text.TextAnalyzer;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaUtils;
import org.apache.spark.serializer.KryoSerializer;
import org.apache.spark.serializer.SerializerInstance;
import org.junit.jupiter.api.Test;
import scala.jdk.javaapi.CollectionConverters;
import scala.reflect.ClassTag$;

/**
 * What crosses the job's shuffles and caches comes back equal through Spark's Kryo with {@link
 * ParallaxKryo}: records (rebuilt through their constructors), the JDK's immutable collections,
 * classes with their own serial form, and the sample corpus's articles, analysed articles and
 * outcomes.
 */
class ParallaxKryoTest {
  private static final SerializerInstance KRYO = kryo();

  private static SerializerInstance kryo() {
    SparkConf conf = new SparkConf(false);
    Sessions.SERIALIZATION.forEach(conf::set);
    conf.set("spark.serializer", "org.apache.spark.serializer.KryoSerializer");
    return new KryoSerializer(conf).newInstance();
  }

  @SuppressWarnings("unchecked")
  private static <T> T roundTrip(T value) {
    return (T)
        KRYO.deserialize(KRYO.serialize(value, ClassTag$.MODULE$.Any()), ClassTag$.MODULE$.Any());
  }

  record Inner(String name, int count, List<String> words) implements Serializable {
    Inner {
      words = List.copyOf(words);
    }
  }

  record Outer(
      long id,
      double score,
      boolean flag,
      Inner inner,
      Map<String, Inner> byName,
      Set<Integer> numbers,
      String missing)
      implements Serializable {}

  @Test
  void recordsAndImmutableCollectionsComeBackEqual() {
    Outer outer =
        new Outer(
            7L,
            0.25,
            true,
            new Inner("a", 3, List.of("x", "y", "z")),
            Map.of("b", new Inner("b", 0, List.of()), "c", new Inner("c", 1, List.of("w"))),
            Set.of(1, 2, 3),
            null);
    Outer back = roundTrip(outer);
    assertThat(back).isEqualTo(outer).isNotSameAs(outer);
    assertThat(back.inner().words()).isEqualTo(List.of("x", "y", "z"));
    // Immutable stays immutable; Stream.toList keeps its nulls.
    List<String> withNull = Stream.of("a", null, "c").toList();
    assertThat(roundTrip(withNull)).containsExactly("a", null, "c");
    assertThat(roundTrip(List.of(1))).isEqualTo(List.of(1));
    assertThat(roundTrip(Map.of())).isEqualTo(Map.of());
    assertThat(roundTrip(Set.of("q"))).isEqualTo(Set.of("q"));
    assertThat(roundTrip(Arrays.asList("p", "q"))).isEqualTo(List.of("p", "q"));
    assertThat(roundTrip(java.util.Collections.unmodifiableMap(new TreeMap<>(Map.of("k", 1)))))
        .isEqualTo(Map.of("k", 1));
    assertThat(roundTrip(new ArrayList<>(List.of(1, 2)))).isEqualTo(List.of(1, 2));
    assertThat(roundTrip(new HashMap<>(Map.of("m", List.of(1)))))
        .isEqualTo(Map.of("m", List.of(1)));
    assertThat(roundTrip(Pattern.compile("a+b")).matcher("aab").matches()).isTrue();
  }

  @Test
  void mapsAndCollectionsThatCannotBeAddedToComeBackAsCopies() {
    Map<String, Long> counts = new HashMap<>(Map.of("fox", 3L, "nyt", 2L));
    // What JavaRDD.countByValue returns, and a Scala map's and list's Java views: Kryo's own
    // serializers build the written class and add to it, which these refuse.
    Map<String, Long> countByValue =
        JavaUtils.mapAsSerializableJavaMap(CollectionConverters.asScala(counts));
    assertThat(roundTrip(countByValue)).isEqualTo(counts);
    scala.collection.immutable.Map<String, Long> scalaMap =
        scala.collection.immutable.Map$.MODULE$.from(CollectionConverters.asScala(counts));
    assertThat(roundTrip(CollectionConverters.asJava(scalaMap))).isEqualTo(counts);
    scala.collection.immutable.List<String> scalaList =
        scala.collection.immutable.List$.MODULE$.from(
            CollectionConverters.asScala(List.of("a", "b", "a")));
    assertThat(roundTrip(CollectionConverters.asJava(scalaList))).containsExactly("a", "b", "a");
    assertThat(roundTrip(Collections.emptyMap())).isEqualTo(Map.of());
    assertThat(roundTrip(Collections.singletonMap("k", 1))).isEqualTo(Map.of("k", 1));
    assertThat(roundTrip(Collections.emptyList())).isEqualTo(List.of());
    assertThat(roundTrip(Collections.singletonList("s"))).isEqualTo(List.of("s"));
    assertThat(roundTrip(Collections.singleton("s"))).isEqualTo(Set.of("s"));
    assertThat(roundTrip(EnumSet.of(TimeUnit.SECONDS, TimeUnit.DAYS)))
        .isEqualTo(EnumSet.of(TimeUnit.SECONDS, TimeUnit.DAYS));
    // Order and comparators survive.
    Map<String, Integer> ordered = new LinkedHashMap<>();
    ordered.put("z", 1);
    ordered.put("a", 2);
    assertThat(roundTrip(ordered).keySet()).containsExactly("z", "a");
    TreeMap<String, Integer> reversed = new TreeMap<>(Comparator.reverseOrder());
    reversed.putAll(Map.of("a", 1, "b", 2, "c", 3));
    assertThat(roundTrip(reversed).keySet()).containsExactly("c", "b", "a");
    // A sorted map Kryo cannot rebuild comes back as a TreeMap with its comparator.
    SortedMap<String, Integer> skip = new ConcurrentSkipListMap<>(reversed);
    assertThat(roundTrip(skip).keySet()).containsExactly("c", "b", "a");
    TreeSet<String> descending = new TreeSet<>(Comparator.reverseOrder());
    descending.addAll(List.of("a", "b", "c"));
    assertThat(roundTrip(descending)).containsExactly("c", "b", "a");
    assertThat(roundTrip(descending.descendingSet())).containsExactly("a", "b", "c");
    // A map's views, and a record holding a copied map, come back with their values.
    assertThat(roundTrip(new HashMap<>(counts).entrySet()))
        .containsExactlyInAnyOrderElementsOf(counts.entrySet());
    record Holder(String name, Map<String, Long> counts) implements Serializable {}
    Holder holder = new Holder("h", countByValue);
    assertThat(roundTrip(holder)).isEqualTo(new Holder("h", counts));
  }

  @Test
  void analysedArticlesWithAwkwardTextComeBackEqual() {
    String body =
        "Zoë Ødegård said “no” — twice. Emoji 😀 and a lone \uD800 surrogate, a NUL \u0000 here,"
            + " Ελληνικά and 中文 words. "
            + "long".repeat(20_000)
            + " end.";
    Article article =
        new Article(
            "awkward-1",
            "Outlet Ü",
            "https://example.org/ü",
            "Tïtle “quoted”",
            null,
            dev.parallax.model.DateSource.NONE,
            "en",
            List.of(body, "Second paragraph."),
            null,
            "test",
            1);
    AnalysedArticle analysed = TextAnalyzer.analyse(article);
    AnalysedArticle back =
        AnalysedArticle.ofCompact(article, analysed.eventId(), analysed.compactData());
    assertThat(back.sentences()).isEqualTo(analysed.sentences());
    assertThat(back.tokenCount()).isEqualTo(analysed.tokenCount()).isGreaterThan(20);
    for (int token = 0; token < analysed.tokenCount(); token++) {
      assertThat(back.form(token)).isEqualTo(analysed.form(token));
      assertThat(back.stem(token)).isEqualTo(analysed.stem(token));
      assertThat(back.lemma(token)).isEqualTo(analysed.lemma(token));
      assertThat(back.tokenStart(token)).isEqualTo(analysed.tokenStart(token));
    }
    assertThat(back.mentions(0, back.text().length()))
        .isEqualTo(analysed.mentions(0, analysed.text().length()));
    assertThat(roundTrip(analysed).compactData()).isEqualTo(analysed.compactData());
  }

  @Test
  void theSampleCorpusComesBackEqual() throws IOException {
    List<Article> articles = SampleArticles.read();
    assertThat(articles).isNotEmpty();
    for (Article article : articles) {
      assertThat(roundTrip(article)).isEqualTo(article);
      AnalysedArticle analysed = TextAnalyzer.analyse(article);
      AnalysedArticle back = roundTrip(analysed);
      assertThat(back.article()).isEqualTo(article);
      assertThat(back.sentences()).isEqualTo(analysed.sentences());
      assertThat(back.tokenCount()).isEqualTo(analysed.tokenCount());
      for (int token = 0; token < analysed.tokenCount(); token++) {
        assertThat(back.stem(token)).isEqualTo(analysed.stem(token));
        assertThat(back.tokenStart(token)).isEqualTo(analysed.tokenStart(token));
      }
      IngestOutcome.Accepted accepted = new IngestOutcome.Accepted(article, false);
      assertThat(roundTrip(accepted)).isEqualTo(accepted);
    }
  }
}
