package dev.parallax.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MinHashTest {
  private final MinHash minHash = new MinHash(3, 32, 4);

  private static String words(Random random, int count) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < count; i++) {
      text.append("w").append(random.nextInt(5000)).append(' ');
    }
    return text.toString();
  }

  private static double exactJaccard(String first, String second) {
    Set<String> a = shingles(first);
    Set<String> b = shingles(second);
    Set<String> union = new HashSet<>(a);
    union.addAll(b);
    a.retainAll(b);
    return (double) a.size() / union.size();
  }

  private static Set<String> shingles(String text) {
    String[] words = text.strip().split(" ");
    Set<String> shingles = new HashSet<>();
    for (int i = 0; i + 3 <= words.length; i++) {
      shingles.add(words[i] + " " + words[i + 1] + " " + words[i + 2]);
    }
    return shingles;
  }

  @Test
  void estimateTracksTheTrueJaccardOnRandomTexts() {
    Random random = new Random(7);
    for (int trial = 0; trial < 20; trial++) {
      String base = words(random, 300);
      int keep = 100 + random.nextInt(200);
      String other = base.substring(0, base.indexOf(' ', keep * 4) + 1) + words(random, 300 - keep);
      double estimate = MinHash.similarity(minHash.signature(base), minHash.signature(other));
      assertThat(estimate).isCloseTo(exactJaccard(base, other), within(0.2));
    }
  }

  @Test
  void identicalTextsShareEveryBandAndCaseDoesNotMatter() {
    String text = "The embassy said there was no truth to the allegations of arms exports.";
    List<String> first = minHash.bandKeys(minHash.signature(text));
    List<String> second = minHash.bandKeys(minHash.signature(text.toUpperCase()));
    assertThat(first).isEqualTo(second).hasSize(32);
    assertThat(
            MinHash.similarity(
                minHash.signature(text), minHash.signature("Something else entirely here now")))
        .isLessThan(0.2);
  }
}
