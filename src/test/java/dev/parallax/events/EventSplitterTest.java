package dev.parallax.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.text.LinkConstraints;
import dev.parallax.text.SparseVector;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class EventSplitterTest {
  private static final long DAY = 86_400_000L;
  private static final EventSettings SETTINGS = EventSettings.defaults();

  /** Shared topic words 1 and 2, the group's own words, and a word of the article's own. */
  private static EventFeatures article(String id, Long published, int... words) {
    Map<Integer, Double> weights = new HashMap<>();
    weights.put(1, 1.0);
    weights.put(2, 1.0);
    for (int word : words) {
      weights.put(word, 1.0);
    }
    weights.put(1000 + Math.abs(id.hashCode() % 1000), 0.5);
    return new EventFeatures(
        id, published, SparseVector.normalised(weights), SparseVector.EMPTY, null, List.of());
  }

  private static List<EventFeatures> lookAlikes() {
    List<EventFeatures> articles = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      articles.add(article("quake-a" + i, null, 10, 11));
      articles.add(article("quake-b" + i, null, 20, 21));
    }
    return articles;
  }

  @Test
  void cutsTwoLookAlikeEventsApart() {
    List<EventFeatures> articles = lookAlikes();
    // Every pair shares the topic words: the mean over all pairs clears the merge threshold.
    double sum = 0;
    int pairs = 0;
    for (int i = 0; i < articles.size(); i++) {
      for (int j = i + 1; j < articles.size(); j++) {
        sum += articles.get(i).similarity(articles.get(j), SETTINGS);
        pairs++;
      }
    }
    assertThat(sum / pairs).isGreaterThan(SETTINGS.threshold());
    assertThat(EventSplitter.split(articles, LinkConstraints.none(), SETTINGS))
        .containsExactly(
            List.of("quake-a0", "quake-a1", "quake-a2", "quake-a3", "quake-a4"),
            List.of("quake-b0", "quake-b1", "quake-b2", "quake-b3", "quake-b4"));
  }

  @Test
  void leavesOneEventWhole() {
    List<EventFeatures> articles = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      articles.add(article("story" + i, null, 10, 11));
    }
    assertThat(EventSplitter.split(articles, LinkConstraints.none(), SETTINGS)).hasSize(1);
  }

  @Test
  void leavesSmallEventsAndSwitchedOffSplittingAlone() {
    List<EventFeatures> three = lookAlikes().subList(0, 3);
    assertThat(EventSplitter.split(three, LinkConstraints.none(), SETTINGS)).hasSize(1);
    EventSettings off =
        new EventSettings(
            SETTINGS.threshold(),
            SETTINGS.mentionWeight(),
            SETTINGS.windowDays(),
            SETTINGS.outsideWeight(),
            SETTINGS.blockingKeys(),
            SETTINGS.maxBlock(),
            0,
            SETTINGS.semanticWeight(),
            SETTINGS.semanticFloor(),
            SETTINGS.maxSpanDays());
    assertThat(EventSplitter.split(lookAlikes(), LinkConstraints.none(), off)).hasSize(1);
  }

  @Test
  void mustLinkedArticlesStayTogether() {
    LinkConstraints tied =
        new LinkConstraints(List.of(new LinkConstraints.Pair("quake-a0", "quake-b0")), List.of());
    List<List<String>> groups = EventSplitter.split(lookAlikes(), tied, SETTINGS);
    assertThat(groups)
        .filteredOn(group -> group.contains("quake-a0"))
        .singleElement()
        .satisfies(group -> assertThat(group).contains("quake-b0"));
  }

  @Test
  void resultDoesNotDependOnInputOrder() {
    List<EventFeatures> articles = lookAlikes();
    List<List<String>> expected = EventSplitter.split(articles, LinkConstraints.none(), SETTINGS);
    Random random = new Random(7);
    for (int round = 0; round < 5; round++) {
      Collections.shuffle(articles, random);
      assertThat(EventSplitter.split(articles, LinkConstraints.none(), SETTINGS))
          .isEqualTo(expected);
    }
  }

  @Test
  void datedArticlesBeyondTheWindowKeepTheOutsideShareOfTheirSimilarity() {
    EventFeatures first = article("x", 0L, 10, 11);
    EventFeatures near = article("y", 6 * DAY, 10, 11);
    EventFeatures far = article("z", 30 * DAY, 10, 11);
    EventFeatures undated = article("z", null, 10, 11);
    double content = first.similarity(undated, SETTINGS);
    assertThat(first.similarity(near, SETTINGS))
        .isCloseTo(content, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(first.similarity(far, SETTINGS))
        .isCloseTo(SETTINGS.outsideWeight() * content, org.assertj.core.data.Offset.offset(1e-9));
    EventSettings hard =
        new EventSettings(
            SETTINGS.threshold(),
            SETTINGS.mentionWeight(),
            SETTINGS.windowDays(),
            0,
            SETTINGS.blockingKeys(),
            SETTINGS.maxBlock(),
            SETTINGS.splitRatio(),
            SETTINGS.semanticWeight(),
            SETTINGS.semanticFloor(),
            SETTINGS.maxSpanDays());
    assertThat(first.similarity(far, hard)).isZero();
  }
}
