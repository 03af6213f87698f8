package dev.parallax.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Resolves the names of one article, or of one event's articles, to one referent each: news names a
 * person in full once and by surname after ("Eric Cantor", then "Cantor" or "Mr. Cantor"), and
 * outlets spell one name in different lengths ("Paul D. Ryan", "Paul Ryan"). A name stands for the
 * longer names whose last word it shares and whose words hold all of its own (initials left out);
 * among several such, the one named most often ("Obama" in an event of "Barack Obama" and, less
 * often, "Michelle Obama"). Each referent is written as the most used spelling of the longest name
 * it stands for. Plain Java: the per-event entity resolution of word choice's referent labels,
 * shared in {@code text/} so that claim rows can resolve their sources with it too (they do not
 * yet).
 */
public final class Entities {
  private Entities() {}

  /**
   * The referent of each name.
   *
   * @param counts how often each name is used (in an article; in an event, e.g. the number of
   *     articles that use it)
   * @return for every name of {@code counts}, its referent (a name of {@code counts})
   */
  public static Map<String, String> resolve(Map<String, Integer> counts) {
    // The same words (initials and case aside) are one name: the most used spelling speaks for it.
    Map<String, List<String>> byKey = new HashMap<>();
    for (String name : counts.keySet()) {
      byKey.computeIfAbsent(key(name), k -> new ArrayList<>()).add(name);
    }
    Map<String, String> spellingOf = new HashMap<>();
    Map<String, Integer> keyCounts = new HashMap<>();
    byKey.forEach(
        (key, names) -> {
          names.sort(
              Comparator.<String, Integer>comparing(counts::get)
                  .reversed()
                  .thenComparing(Comparator.comparingInt(String::length).reversed())
                  .thenComparing(Comparator.naturalOrder()));
          spellingOf.put(key, names.get(0));
          keyCounts.put(key, names.stream().mapToInt(counts::get).sum());
        });
    // Longer names first: their referents are settled before a shorter name takes one. Only
    // names ending in the same word can be its referent: they are looked up by that word.
    List<String> keys = new ArrayList<>(byKey.keySet());
    keys.sort(
        Comparator.<String>comparingInt(k -> words(k).length)
            .reversed()
            .thenComparing(Comparator.naturalOrder()));
    Map<String, List<String>> byLastWord = new HashMap<>();
    Map<String, String> referentKey = new HashMap<>();
    for (String key : keys) {
      String[] words = words(key);
      String last = words[words.length - 1];
      String best = null;
      for (String longer : byLastWord.getOrDefault(last, List.of())) {
        String[] longerWords = words(longer);
        if (longerWords.length <= words.length || !contains(longerWords, words)) {
          continue;
        }
        String candidate = referentKey.get(longer);
        if (best == null
            || keyCounts.get(candidate) > keyCounts.get(best)
            || keyCounts.get(candidate).equals(keyCounts.get(best))
                && candidate.compareTo(best) < 0) {
          best = candidate;
        }
      }
      referentKey.put(key, best == null ? key : best);
      byLastWord.computeIfAbsent(last, w -> new ArrayList<>()).add(key);
    }
    Map<String, String> referents = new HashMap<>();
    for (String name : counts.keySet()) {
      referents.put(name, spellingOf.get(referentKey.get(key(name))));
    }
    return referents;
  }

  private static boolean contains(String[] longer, String[] words) {
    for (String word : words) {
      if (!List.of(longer).contains(word)) {
        return false;
      }
    }
    return true;
  }

  private static String[] words(String key) {
    return key.split(" ");
  }

  /** A name's words, lower-cased, initials ("D.") and possessive left out. */
  static String key(String name) {
    StringBuilder key = new StringBuilder();
    for (String word : name.toLowerCase(Locale.ROOT).split("\\s+")) {
      String bare = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
      if (bare.length() <= 1) {
        continue;
      }
      if (key.length() > 0) {
        key.append(' ');
      }
      key.append(bare);
    }
    return key.length() == 0 ? name.toLowerCase(Locale.ROOT) : key.toString();
  }
}
