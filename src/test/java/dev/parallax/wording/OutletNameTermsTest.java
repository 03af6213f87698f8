package dev.parallax.wording;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.model.OutletRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An outlet naming itself is no framing: terms made only of the words of any run outlet's name,
 * registry aliases or domains never become candidates, in an event or corpus-wide.
 */
class OutletNameTermsTest {
  private static final OutletRegistry REGISTRY =
      OutletRegistry.of(
          List.of(),
          List.of(
              new OutletRegistry.Outlet(
                  "Fox News", List.of("foxnews.com"), List.of("Fox"), Map.of()),
              new OutletRegistry.Outlet(
                  "New York Times",
                  List.of("www.nytimes.com"),
                  List.of("NYT", "the Times"),
                  Map.of()),
              new OutletRegistry.Outlet(
                  "Breitbart News", List.of("breitbart.com"), List.of(), Map.of())));

  @Test
  void theRegistryKnowsEachOutletsNames() {
    assertThat(REGISTRY.namesOf("New York Times"))
        .containsExactlyInAnyOrder("new york times", "nyt", "the times", "nytimes");
    assertThat(REGISTRY.namesOf("Fox News"))
        .containsExactlyInAnyOrder("fox news", "fox", "foxnews");
  }

  /** A use of a term, keyed by its words' lemmas as the counter keys it. */
  private static OutletTerm use(String outlet, String words, long count) {
    String key = key(words);
    return new OutletTerm(outlet, outlet + "-1", key, words, count, 0, count);
  }

  private static String key(String words) {
    List<String> lemmas = new ArrayList<>();
    for (String word : words.split(" ")) {
      lemmas.add(dev.parallax.text.Stems.lemma(word));
    }
    return String.join(" ", lemmas);
  }

  @Test
  void namesOfAnyRunOutletAreLeftOut() {
    DistinctiveTerms plain = new DistinctiveTerms(100, 10, 2, LoadedWords.none(), 0);
    DistinctiveTerms named =
        plain.withOutletNames(List.of("Fox News", "New York Times", "Breitbart News"), REGISTRY);
    List<OutletTerm> uses = new ArrayList<>();
    for (String key :
        List.of("nyt", "nytimes", "breitbart", "foxnews", "times", "barrier", "fox wall")) {
      uses.add(use("Fox News", key, 5));
    }
    uses.add(use("New York Times", "wall", 5));
    // Breitbart is not in this event; its name is still a name of the run.
    assertThat(named.candidates("ev", uses))
        .extracting(WordingCandidate::key)
        .containsExactlyInAnyOrder(key("barrier"), key("fox wall"), key("wall"));
    // Without the run's names: only the event's own sides' name words ("times").
    assertThat(plain.candidates("ev", uses))
        .extracting(WordingCandidate::key)
        .contains(key("nyt"), key("breitbart"))
        .doesNotContain(key("times"));
    // Corpus-wide candidates skip candidates(): the scorer leaves them out too.
    WordingCandidate corpusWide =
        WordingCandidate.corpusWide(
            "Fox News",
            key("breitbart"),
            new TermTally(9, Map.of("breitbart", 9L), "", -1),
            100,
            1000);
    assertThat(named.score(corpusWide, 20, 1000)).isEmpty();
  }
}
