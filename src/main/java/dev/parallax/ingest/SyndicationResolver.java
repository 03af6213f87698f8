package dev.parallax.ingest;

import dev.parallax.model.Syndication;
import dev.parallax.model.SyndicationMethod;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Decides, from candidate copy edges, which article is the original and which are copies. Articles
 * joined by edges (same URL, same text, near-duplicate text) form groups; in each group the
 * original is the article whose outlet the others' attribution lines name, else the earliest
 * published (undated last), else the smallest id. Articles whose attribution line names an outlet
 * with no article in their group are copies of an original outside the corpus. The result does not
 * depend on the order of the input.
 */
public final class SyndicationResolver {
  private SyndicationResolver() {}

  /** What the resolver needs to know of an article. */
  public record Candidate(String id, String outlet, Long publishedMillis, String declaredSource)
      implements Serializable {
    public Candidate {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(outlet, "outlet");
    }
  }

  /** A reason to think two articles are copies of one another. */
  public record Edge(String firstId, String secondId, SyndicationMethod method, double similarity)
      implements Serializable {
    public Edge {
      Objects.requireNonNull(firstId, "firstId");
      Objects.requireNonNull(secondId, "secondId");
      Objects.requireNonNull(method, "method");
    }

    String other(String id) {
      return firstId.equals(id) ? secondId : firstId;
    }
  }

  private static final Comparator<Candidate> ORIGINAL_FIRST =
      Comparator.comparing(
              (Candidate candidate) -> candidate.publishedMillis(),
              Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(Candidate::id);

  /** The copies among {@code candidates}, sorted by article id. */
  public static List<Syndication> resolve(
      Collection<Candidate> candidates, Collection<Edge> edges) {
    Map<String, Candidate> byId = new TreeMap<>();
    for (Candidate candidate : candidates) {
      byId.put(candidate.id(), candidate);
    }
    Map<String, String> parent = new HashMap<>();
    Map<String, List<Edge>> edgesById = new HashMap<>();
    for (Edge edge : edges) {
      if (!byId.containsKey(edge.firstId()) || !byId.containsKey(edge.secondId())) {
        throw new IllegalArgumentException("edge names an unknown article: " + edge);
      }
      union(parent, edge.firstId(), edge.secondId());
      edgesById.computeIfAbsent(edge.firstId(), key -> new ArrayList<>()).add(edge);
      edgesById.computeIfAbsent(edge.secondId(), key -> new ArrayList<>()).add(edge);
    }
    Map<String, List<Candidate>> groups = new TreeMap<>();
    for (Candidate candidate : byId.values()) {
      groups.computeIfAbsent(find(parent, candidate.id()), key -> new ArrayList<>()).add(candidate);
    }
    List<Syndication> copies = new ArrayList<>();
    for (List<Candidate> group : groups.values()) {
      Candidate original = originalOf(group);
      for (Candidate member : group) {
        if (member != original) {
          copies.add(copyOf(member, original, edgesById.getOrDefault(member.id(), List.of())));
        } else if (member.declaredSource() != null) {
          copies.add(
              new Syndication(
                  member.id(),
                  member.outlet(),
                  null,
                  member.declaredSource(),
                  SyndicationMethod.ATTRIBUTION_LINE,
                  null));
        }
      }
    }
    copies.sort(Comparator.comparing(Syndication::articleId));
    return copies;
  }

  private static Candidate originalOf(List<Candidate> group) {
    List<Candidate> named = new ArrayList<>();
    for (Candidate candidate : group) {
      for (Candidate other : group) {
        if (other != candidate && candidate.outlet().equals(other.declaredSource())) {
          named.add(candidate);
          break;
        }
      }
    }
    List<Candidate> pool = named.isEmpty() ? group : named;
    return pool.stream().min(ORIGINAL_FIRST).orElseThrow();
  }

  private static Syndication copyOf(Candidate copy, Candidate original, List<Edge> edges) {
    Comparator<Edge> strongestFirst =
        Comparator.comparing((Edge edge) -> edge.other(copy.id()).equals(original.id()) ? 0 : 1)
            .thenComparing(edge -> edge.method().ordinal())
            .thenComparing(edge -> -edge.similarity())
            .thenComparing(edge -> edge.other(copy.id()));
    Edge best = edges.stream().min(strongestFirst).orElseThrow();
    SyndicationMethod method = best.method();
    if (original.outlet().equals(copy.declaredSource())
        && SyndicationMethod.ATTRIBUTION_LINE.compareTo(method) < 0) {
      method = SyndicationMethod.ATTRIBUTION_LINE;
    }
    return new Syndication(
        copy.id(), copy.outlet(), original.id(), original.outlet(), method, best.similarity());
  }

  private static String find(Map<String, String> parent, String id) {
    String root = id;
    while (parent.containsKey(root) && !parent.get(root).equals(root)) {
      root = parent.get(root);
    }
    String node = id;
    while (!node.equals(root)) {
      String next = parent.get(node);
      parent.put(node, root);
      node = next;
    }
    return root;
  }

  private static void union(Map<String, String> parent, String first, String second) {
    String firstRoot = find(parent, first);
    String secondRoot = find(parent, second);
    if (!firstRoot.equals(secondRoot)) {
      if (firstRoot.compareTo(secondRoot) < 0) {
        parent.put(secondRoot, firstRoot);
      } else {
        parent.put(firstRoot, secondRoot);
      }
    }
  }
}
