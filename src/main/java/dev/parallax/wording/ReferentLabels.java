package dev.parallax.wording;

import dev.parallax.model.ReferentLabel;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Labels for the same referent: finds mentions of an actor or thing by a head phrase of a group in
 * {@code conf/referent-heads.txt} ("security forces", "army"), with the capitalised owner before it
 * ("Keld's", "Keld") and loaded modifiers from {@code conf/loaded-modifiers.txt} ("so-called",
 * "illegally"); then, within one event, aligns the mentions of one owner and group across outlets
 * (a head without an owner takes the event's most frequent owner of its group) and counts each
 * outlet's labels. Plain Java; the job runs it per event.
 */
public final class ReferentLabels implements Serializable {
  private static final String OWNER =
      "(?<owner>(?:[A-Z][\\p{L}-]+)(?:\\s+[A-Z][\\p{L}-]+){0,2})(?:'s|’s)?";
  private final List<Head> heads;
  private final Pattern pattern;

  /** A head alone: most sentences have none, and then the full pattern need not run. */
  private final Pattern anyHead;

  private record Head(String group, Pattern phrase) implements Serializable {}

  /** One mention of a referent in one sentence. */
  public record Mention(
      String outlet, String articleId, String owner, String group, String label, String sentence)
      implements Serializable {}

  /**
   * @param headLines "group|regex" lines
   * @param modifierLines one regex per line
   */
  public static ReferentLabels of(List<String> headLines, List<String> modifierLines) {
    List<Head> heads = new ArrayList<>();
    List<String> alternatives = new ArrayList<>();
    for (String line : headLines) {
      int bar = line.indexOf('|');
      if (bar <= 0) {
        throw new IllegalArgumentException("referent head line is not group|regex: " + line);
      }
      String regex = line.substring(bar + 1).strip();
      heads.add(new Head(line.substring(0, bar).strip(), Pattern.compile("(?i)" + regex)));
      alternatives.add(regex);
    }
    // Longer heads first, so "military operation" wins over "military".
    alternatives.sort(Comparator.comparing(String::length).reversed());
    String modifiers = String.join("|", modifierLines.stream().map(String::strip).toList());
    String modifierRun = modifiers.isEmpty() ? "" : "(?<mods>(?:(?i:" + modifiers + ")\\s+)*)";
    Pattern pattern =
        Pattern.compile(
            "(?:\\b"
                + OWNER
                + "\\s+)?"
                + modifierRun
                + "\\b(?<head>(?i:"
                + String.join("|", alternatives)
                + "))\\b");
    Pattern anyHead = Pattern.compile("\\b(?i:" + String.join("|", alternatives) + ")\\b");
    return new ReferentLabels(heads, pattern, anyHead);
  }

  private ReferentLabels(List<Head> heads, Pattern pattern, Pattern anyHead) {
    this.heads = List.copyOf(heads);
    this.pattern = pattern;
    this.anyHead = anyHead;
  }

  /** The referent mentions of one sentence. */
  public List<Mention> mentions(String outlet, String articleId, String sentence) {
    List<Mention> found = new ArrayList<>();
    if (!anyHead.matcher(sentence).find()) {
      return found;
    }
    Matcher matcher = pattern.matcher(sentence);
    while (matcher.find()) {
      String head = matcher.group("head");
      String group = groupOf(head);
      if (group == null) {
        continue;
      }
      String owner = matcher.group("owner");
      String mods = matcher.group("mods") == null ? "" : matcher.group("mods").strip();
      owner = withoutLeadingArticle(owner);
      boolean properName = Character.isUpperCase(head.charAt(0)) && owner != null;
      String label =
          ((mods.isEmpty() ? "" : mods + " ")
                  + (properName ? owner + " " + head : head.toLowerCase(Locale.ROOT)))
              .strip();
      found.add(new Mention(outlet, articleId, owner, group, label, sentence));
    }
    return found;
  }

  private String groupOf(String head) {
    for (Head candidate : heads) {
      if (candidate.phrase().matcher(head).matches()) {
        return candidate.group();
      }
    }
    return null;
  }

  /**
   * Drops capitalised function words that start a sentence from the owner ("The Keld" is "Keld";
   * "The" alone is no owner).
   */
  private static String withoutLeadingArticle(String owner) {
    if (owner == null) {
      return null;
    }
    String[] words = owner.split("\\s+");
    int first = 0;
    while (first < words.length && STARTERS.contains(words[first].toLowerCase(Locale.ROOT))) {
      first++;
    }
    return first == words.length
        ? null
        : String.join(" ", java.util.Arrays.asList(words).subList(first, words.length));
  }

  private static final java.util.Set<String> STARTERS =
      java.util.Set.of(
          "the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those");

  /**
   * Aligns one event's mentions: each referent (owner + group) with each outlet's labels, counts
   * and first example (by article id, then sentence). Referents named by a single outlet are left
   * out: there is nothing to compare.
   */
  public static List<ReferentLabel> align(Iterable<Mention> mentions) {
    Map<String, Map<String, Integer>> ownersByGroup = new HashMap<>();
    List<Mention> all = new ArrayList<>();
    for (Mention mention : mentions) {
      all.add(mention);
      if (mention.owner() != null) {
        ownersByGroup
            .computeIfAbsent(mention.group(), g -> new TreeMap<>())
            .merge(mention.owner(), 1, Integer::sum);
      }
    }
    Map<String, String> defaultOwner = new HashMap<>();
    ownersByGroup.forEach(
        (group, owners) ->
            defaultOwner.put(
                group,
                owners.entrySet().stream()
                    .max(
                        Map.Entry.<String, Integer>comparingByValue()
                            .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                    .orElseThrow()
                    .getKey()));
    // referent -> outlet -> label -> (count, example mention)
    Map<String, Map<String, Map<String, List<Mention>>>> table = new TreeMap<>();
    for (Mention mention : all) {
      String owner = mention.owner() != null ? mention.owner() : defaultOwner.get(mention.group());
      String referent = owner == null ? mention.group() : owner + " " + mention.group();
      table
          .computeIfAbsent(referent, r -> new TreeMap<>())
          .computeIfAbsent(mention.outlet(), o -> new TreeMap<>())
          .computeIfAbsent(mention.label(), l -> new ArrayList<>())
          .add(mention);
    }
    List<ReferentLabel> labels = new ArrayList<>();
    table.forEach(
        (referent, outlets) -> {
          if (outlets.size() < 2) {
            return;
          }
          outlets.forEach(
              (outlet, byLabel) ->
                  byLabel.forEach(
                      (label, uses) -> {
                        Mention example =
                            uses.stream()
                                .min(
                                    Comparator.comparing(Mention::articleId)
                                        .thenComparing(Mention::sentence))
                                .orElseThrow();
                        labels.add(
                            new ReferentLabel(
                                referent,
                                outlet,
                                label,
                                uses.size(),
                                example.sentence(),
                                example.articleId()));
                      }));
        });
    return labels;
  }
}
