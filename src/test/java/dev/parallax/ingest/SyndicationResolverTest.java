package dev.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.parallax.ingest.SyndicationResolver.Candidate;
import dev.parallax.ingest.SyndicationResolver.Edge;
import dev.parallax.model.Syndication;
import dev.parallax.model.SyndicationMethod;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SyndicationResolverTest {
  private static final Candidate ORIGINAL = new Candidate("a", "Balkan Wire", 100L, null);
  private static final Candidate COPY = new Candidate("b", "Open Frontier", 200L, "Balkan Wire");
  private static final Candidate LATER = new Candidate("c", "Third", 300L, null);

  @Test
  void theNamedOutletIsTheOriginalEvenWhenLater() {
    Candidate namedButLater = new Candidate("z", "Balkan Wire", 900L, null);
    Candidate copy = new Candidate("y", "Open Frontier", 100L, "Balkan Wire");
    List<Syndication> copies =
        SyndicationResolver.resolve(
            List.of(namedButLater, copy), List.of(new Edge("y", "z", SyndicationMethod.NEAR, 0.9)));
    assertThat(copies)
        .extracting(Syndication::articleId, Syndication::originalId, Syndication::method)
        .containsExactly(tuple("y", "z", SyndicationMethod.ATTRIBUTION_LINE));
  }

  @Test
  void earliestIsTheOriginalAndStrongerEvidenceWins() {
    List<Syndication> copies =
        SyndicationResolver.resolve(
            List.of(ORIGINAL, COPY, LATER),
            List.of(
                new Edge("a", "b", SyndicationMethod.NEAR, 0.91),
                new Edge("a", "c", SyndicationMethod.EXACT, 1.0)));
    assertThat(copies)
        .extracting(
            Syndication::articleId,
            Syndication::originalId,
            Syndication::method,
            Syndication::similarity)
        .containsExactly(
            tuple("b", "a", SyndicationMethod.ATTRIBUTION_LINE, 0.91),
            tuple("c", "a", SyndicationMethod.EXACT, 1.0));
  }

  @Test
  void attributionLineWithoutTheOriginalInTheCorpus() {
    Candidate lone = new Candidate("d", "Global Research", 5L, "InfoBrics");
    assertThat(SyndicationResolver.resolve(List.of(lone), List.of()))
        .extracting(Syndication::articleId, Syndication::originalId, Syndication::originalOutlet)
        .containsExactly(tuple("d", null, "InfoBrics"));
  }

  @Test
  void undatedArticlesAreNeverChosenOverDatedOnes() {
    Candidate undated = new Candidate("a0", "X", null, null);
    Candidate dated = new Candidate("b9", "Y", 50L, null);
    assertThat(
            SyndicationResolver.resolve(
                List.of(undated, dated), List.of(new Edge("a0", "b9", SyndicationMethod.URL, 1.0))))
        .extracting(Syndication::articleId, Syndication::originalId)
        .containsExactly(tuple("a0", "b9"));
  }

  @Test
  void resultDoesNotDependOnInputOrder() {
    List<Candidate> candidates = new ArrayList<>();
    List<Edge> edges = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      candidates.add(new Candidate("id" + i, "outlet" + (i % 4), (long) (i * 7 % 11), null));
      if (i > 0 && i % 5 != 0) {
        edges.add(new Edge("id" + (i - 1), "id" + i, SyndicationMethod.NEAR, 0.8 + i / 1000.0));
      }
    }
    List<Syndication> expected = SyndicationResolver.resolve(candidates, edges);
    Random random = new Random(42);
    for (int round = 0; round < 10; round++) {
      Collections.shuffle(candidates, random);
      Collections.shuffle(edges, random);
      assertThat(SyndicationResolver.resolve(candidates, edges)).isEqualTo(expected);
    }
    assertThat(expected).hasSize(24);
  }
}
