package dev.parallax.text;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Constraints of a clustering: pairs that must end in one cluster and pairs that must not (for
 * events, a researcher's corrections and the links that tie copies to their originals). Must-linked
 * articles start in one cluster; clusters holding a cannot-linked pair never merge. A cannot-link
 * between articles that must-links already join cannot be honoured: it is a conflict, counted and
 * ignored.
 */
public record LinkConstraints(List<Pair> mustLink, List<Pair> cannotLink) implements Serializable {

  /** Two article ids. */
  public record Pair(String first, String second) implements Serializable {}

  public LinkConstraints {
    mustLink = List.copyOf(mustLink);
    cannotLink = List.copyOf(cannotLink);
  }

  public static LinkConstraints none() {
    return new LinkConstraints(List.of(), List.of());
  }

  /** These constraints plus must-links from each copy to its original. */
  public LinkConstraints withCopies(Map<String, String> copyOf) {
    List<Pair> must = new ArrayList<>(mustLink);
    copyOf.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(entry -> must.add(new Pair(entry.getKey(), entry.getValue())));
    return new LinkConstraints(must, cannotLink);
  }

  /** Cannot-links between articles that must-links join (ignored when clustering). */
  public List<Pair> conflicts() {
    Map<String, String> parent = new HashMap<>();
    for (Pair pair : mustLink) {
      union(parent, pair.first(), pair.second());
    }
    List<Pair> conflicts = new ArrayList<>();
    for (Pair pair : cannotLink) {
      if (find(parent, pair.first()).equals(find(parent, pair.second()))) {
        conflicts.add(pair);
      }
    }
    return conflicts;
  }

  /** The root of {@code id} in a union-find forest held as a parent map. */
  public static String find(Map<String, String> parent, String id) {
    String root = id;
    while (parent.containsKey(root) && !parent.get(root).equals(root)) {
      root = parent.get(root);
    }
    // Path compression: later finds along this path take one step.
    String node = id;
    while (!node.equals(root)) {
      String next = parent.get(node);
      parent.put(node, root);
      node = next;
    }
    return root;
  }

  /** Joins the sets of two ids; the smaller root becomes the root. */
  public static void union(Map<String, String> parent, String first, String second) {
    String a = find(parent, first);
    String b = find(parent, second);
    if (!a.equals(b)) {
      parent.put(a.compareTo(b) < 0 ? b : a, a.compareTo(b) < 0 ? a : b);
    }
  }
}
