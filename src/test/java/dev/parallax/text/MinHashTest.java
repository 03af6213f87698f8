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

  /**
   * The signature as first written (a regular-expression split, every shingle position, the minimum
   * kept in the array), the oracle for the faster one.
   */
  private static long[] referenceSignature(String text, int shingleWords, int size) {
    long[] multipliers = new long[size];
    long[] offsets = new long[size];
    long state = 0x9E3779B97F4A7C15L;
    for (int i = 0; i < size; i++) {
      state = MinHash.mix(state + i);
      multipliers[i] = state | 1L;
      state = MinHash.mix(state);
      offsets[i] = state;
    }
    List<String> tokens = new java.util.ArrayList<>();
    for (String word : text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!word.isEmpty()) {
        tokens.add(word);
      }
    }
    long[] signature = new long[size];
    java.util.Arrays.fill(signature, Long.MAX_VALUE);
    if (tokens.isEmpty()) {
      return signature;
    }
    int count = Math.max(1, tokens.size() - shingleWords + 1);
    for (int start = 0; start < count; start++) {
      long hash = 0x84222325CBF29CE4L;
      for (int i = start; i < Math.min(tokens.size(), start + shingleWords); i++) {
        for (char c : tokens.get(i).toCharArray()) {
          hash = (hash ^ c) * 0x100000001B3L;
        }
        hash = (hash ^ ' ') * 0x100000001B3L;
      }
      long shingle = MinHash.mix(hash);
      for (int i = 0; i < size; i++) {
        signature[i] =
            Math.min(signature[i], MinHash.mix(shingle * multipliers[i] + offsets[i]) >>> 1);
      }
    }
    return signature;
  }

  @Test
  void signaturesAreThoseOfTheReferenceAlgorithm() {
    // Letters, digits, punctuation, accents, a letter number (Roman numeral), an other number
    // (superscript two), a supplementary-plane letter, Greek, CJK, repeated words.
    String[] pieces = {
      "the",
      "The",
      "port",
      "strike",
      "42",
      "3.5",
      ",",
      ".",
      " ",
      "  ",
      "\n",
      "—",
      "'s",
      "café",
      "Ⅻ",
      "²",
      "\uD801\uDC37",
      "Ωμέγα",
      "東京",
      "port strike",
      "-",
      "İstanbul",
      "ǅ"
    };
    Random random = new Random(11);
    MinHash three = new MinHash(3, 8, 4);
    MinHash one = new MinHash(1, 4, 2);
    for (int round = 0; round < 3_000; round++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(30); i > 0; i--) {
        text.append(pieces[random.nextInt(pieces.length)]);
        if (random.nextBoolean()) {
          text.append(' ');
        }
      }
      String raw = text.toString();
      assertThat(three.signature(raw)).as(raw).isEqualTo(referenceSignature(raw, 3, 32));
      assertThat(one.signature(raw)).as(raw).isEqualTo(referenceSignature(raw, 1, 8));
    }
  }

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
