package dev.parallax.events;

import dev.parallax.config.ConfigException;
import java.io.IOException;
import java.io.Serializable;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A researcher's corrections to event clustering ({@code conf/event-corrections.csv}: {@code
 * kind,article_id,other_article_id} with kind {@code must_link} or {@code cannot_link}), plus the
 * must-links that tie copies to their originals. Must-linked articles start in one cluster;
 * clusters holding a cannot-linked pair never merge. A cannot-link between articles that must-links
 * already join cannot be honoured: it is a conflict, counted and ignored.
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

  /** Parses the corrections file; a bad row is an error naming its line and field. */
  public static LinkConstraints parse(String csvText, String origin) {
    List<Pair> must = new ArrayList<>();
    List<Pair> cannot = new ArrayList<>();
    CSVFormat format =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setTrim(true)
            .setCommentMarker('#')
            .setIgnoreEmptyLines(true)
            .get();
    try (CSVParser parser = CSVParser.parse(new StringReader(csvText), format)) {
      if (!parser.getHeaderNames().equals(List.of("kind", "article_id", "other_article_id"))) {
        throw new ConfigException(
            origin
                + ": header must be kind,article_id,other_article_id but is "
                + parser.getHeaderNames());
      }
      for (CSVRecord record : parser) {
        String where = origin + ":" + parser.getCurrentLineNumber();
        if (record.size() != 3 || record.get(1).isEmpty() || record.get(2).isEmpty()) {
          throw new ConfigException(where + ": a row needs kind, article_id and other_article_id");
        }
        Pair pair = new Pair(record.get(1), record.get(2));
        switch (record.get(0)) {
          case "must_link" -> must.add(pair);
          case "cannot_link" -> cannot.add(pair);
          default ->
              throw new ConfigException(
                  where
                      + ": field 'kind' is '"
                      + record.get(0)
                      + "' but must be must_link or cannot_link");
        }
      }
    } catch (IOException | IllegalArgumentException | IllegalStateException e) {
      throw new ConfigException("cannot read event corrections " + origin + ": " + e.getMessage());
    }
    return new LinkConstraints(must, cannot);
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

  static String find(Map<String, String> parent, String id) {
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

  static void union(Map<String, String> parent, String first, String second) {
    String a = find(parent, first);
    String b = find(parent, second);
    if (!a.equals(b)) {
      parent.put(a.compareTo(b) < 0 ? b : a, a.compareTo(b) < 0 ? a : b);
    }
  }
}
