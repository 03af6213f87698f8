package dev.parallax.wording;

import dev.parallax.model.ReferentLabel;
import dev.parallax.text.Entities;
import dev.parallax.text.Names;
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

  /** Kinds of label: a head-group phrase, a name's descriptor, a loaded word used of a name. */
  public static final String HEAD = "head";

  public static final String DESCRIPTOR = "descriptor";
  public static final String LOADED = "loaded";

  /** A name an article uses: for the event's resolution of names only, never a label. */
  private static final String NAME = "name";

  /** Loaded words weigh at least this much to be a name's label (VADER |valence| 1.2 and up). */
  static final double LABEL_LOADED_WEIGHT = 0.3;

  /** The weight of a manner adverb or hedge outside the lexicon, as a label. */
  static final double ADVERB_WEIGHT = 0.5;

  private final List<Head> heads;
  private final Pattern pattern;

  /** Names and their labels: off (null) unless {@link #withNames} gave the two. */
  private final LoadedWords loaded;

  private final dev.parallax.text.PosTagger pos;

  /** Labels kept per name referent: an article's, then an outlet's in the event. */
  private final int labelsPerName;

  /** Name referents kept per event. */
  private final int namesPerEvent;

  /** A head alone: most sentences have none, and then the full pattern need not run. */
  private final Pattern anyHead;

  /**
   * Lower-case literals one of which every head holds ({@link dev.parallax.text.RequiredLiterals});
   * null when the heads' expressions do not tell.
   */
  private final List<String> headLiterals;

  private record Head(String group, Pattern phrase) implements Serializable {}

  /**
   * One mention of a referent in one sentence: of a head group (owner and group, label the phrase)
   * or of a name (owner the name as the article resolves it, group null, label the descriptor or
   * the loaded word).
   */
  public record Mention(
      String outlet,
      String articleId,
      String owner,
      String group,
      String kind,
      String label,
      String sentence,
      double weight,
      int uses)
      implements Serializable {
    /** One use that weighs 1: a head phrase, a descriptor, a name. */
    public Mention(
        String outlet,
        String articleId,
        String owner,
        String group,
        String kind,
        String label,
        String sentence) {
      this(outlet, articleId, owner, group, kind, label, sentence, 1, 1);
    }

    Mention used(int more) {
      return new Mention(
          outlet, articleId, owner, group, kind, label, sentence, weight, uses + more);
    }
  }

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
    List<String> headLiterals =
        dev.parallax.text.RequiredLiterals.of("(?:" + String.join("|", alternatives) + ")");
    return new ReferentLabels(
        heads, pattern, anyHead, headLiterals, null, null, Integer.MAX_VALUE, Integer.MAX_VALUE);
  }

  private ReferentLabels(
      List<Head> heads,
      Pattern pattern,
      Pattern anyHead,
      List<String> headLiterals,
      LoadedWords loaded,
      dev.parallax.text.PosTagger pos,
      int namesPerEvent,
      int labelsPerName) {
    this.heads = List.copyOf(heads);
    this.pattern = pattern;
    this.anyHead = anyHead;
    this.headLiterals = headLiterals == null ? null : List.copyOf(headLiterals);
    this.loaded = loaded;
    this.pos = pos;
    this.labelsPerName = labelsPerName;
    this.namesPerEvent = namesPerEvent;
  }

  /**
   * The same heads, and the names of people, organisations and places too ({@link
   * dev.parallax.text.Names}): each name's descriptors, and the loaded words of {@code loaded} in
   * the sentences that name it; an article keeps at most {@code labelsPerName} labels of one name
   * (ranked as {@link #align(Iterable, int, int)} ranks an outlet's), and {@link #alignEvent} at
   * most {@code namesPerEvent} name referents, each with {@code labelsPerName} labels an outlet.
   */
  public ReferentLabels withNames(
      LoadedWords loaded, dev.parallax.text.PosTagger pos, int namesPerEvent, int labelsPerName) {
    return new ReferentLabels(
        heads, pattern, anyHead, headLiterals, loaded, pos, namesPerEvent, labelsPerName);
  }

  /** As {@link #withNames(LoadedWords, dev.parallax.text.PosTagger, int, int)}, keeping all. */
  public ReferentLabels withNames(LoadedWords loaded, dev.parallax.text.PosTagger pos) {
    return withNames(loaded, pos, Integer.MAX_VALUE, Integer.MAX_VALUE);
  }

  /**
   * One event's labels, with the limits of {@link #withNames}: {@link #align(Iterable, int, int)}.
   */
  public List<ReferentLabel> alignEvent(Iterable<Mention> mentions) {
    return align(mentions, namesPerEvent, labelsPerName);
  }

  /**
   * The referent mentions of one article's sentences: head phrases sentence by sentence and, with
   * {@link #withNames}, its names resolved within the article ({@link dev.parallax.text.Entities}),
   * each name's descriptors, the loaded words of each sentence for every name it holds (words of
   * the loaded-words lexicon weighing {@value #LABEL_LOADED_WEIGHT} or more, and manner adverbs and
   * hedges: "wildly", "supposedly"), and one mention per name the article uses (for the event's
   * resolution; {@link #align} lists no label for it).
   */
  public List<Mention> articleMentions(String outlet, String articleId, List<String> sentences) {
    List<Mention> found = new ArrayList<>();
    for (String sentence : sentences) {
      found.addAll(mentions(outlet, articleId, sentence));
    }
    if (pos == null) {
      return found;
    }
    List<List<Names.Token>> tokens = new ArrayList<>(sentences.size());
    List<String[]> tags = new ArrayList<>(sentences.size());
    List<List<Names.Name>> names = new ArrayList<>(sentences.size());
    Map<String, Integer> counts = new HashMap<>();
    for (String sentence : sentences) {
      List<Names.Token> words = Names.tokens(sentence);
      String[] sentenceTags = Names.mayName(words) ? pos.tags(Names.forms(words)) : null;
      List<Names.Name> inSentence =
          sentenceTags == null ? List.of() : Names.find(words, sentenceTags);
      tokens.add(words);
      tags.add(sentenceTags);
      names.add(inSentence);
      for (Names.Name name : inSentence) {
        counts.merge(name.name(), 1, Integer::sum);
      }
    }
    if (counts.isEmpty()) {
      return found;
    }
    Map<String, String> referents = Entities.resolve(counts);
    new java.util.TreeSet<>(referents.values())
        .forEach(name -> found.add(new Mention(outlet, articleId, name, null, NAME, name, "")));
    // referent -> (kind, label) -> its first use in the article, with the article's uses
    Map<String, Map<String, Mention>> labelled = new TreeMap<>();
    for (int s = 0; s < sentences.size(); s++) {
      List<Names.Name> inSentence = names.get(s);
      if (inSentence.isEmpty()) {
        continue;
      }
      String sentence = sentences.get(s);
      List<Names.Token> words = tokens.get(s);
      boolean[] taken = new boolean[words.size()];
      java.util.Set<String> named = new java.util.TreeSet<>();
      for (Names.Name name : inSentence) {
        named.add(referents.get(name.name()));
        for (int t = Math.min(name.first(), name.descriptorFirst());
            t <= Math.max(name.last(), name.descriptorLast());
            t++) {
          taken[t] = true;
        }
        if (!name.descriptor().isEmpty()) {
          use(
              labelled,
              new Mention(
                  outlet,
                  articleId,
                  referents.get(name.name()),
                  null,
                  DESCRIPTOR,
                  name.descriptor(),
                  sentence));
        }
      }
      for (int t = 0; t < words.size(); t++) {
        if (taken[t]) {
          continue;
        }
        String word = words.get(t).form().toLowerCase(Locale.ROOT);
        double weight = loaded.of(word);
        if (weight < LABEL_LOADED_WEIGHT) {
          if (!mannerAdverb(word, tags.get(s)[t])) {
            continue;
          }
          weight = ADVERB_WEIGHT;
        }
        for (String referent : named) {
          use(
              labelled,
              new Mention(outlet, articleId, referent, null, LOADED, word, sentence, weight, 1));
        }
      }
    }
    for (Map<String, Mention> byLabel : labelled.values()) {
      found.addAll(
          kept(
                  byLabel,
                  (int) Math.min(Integer.MAX_VALUE, (long) ARTICLE_LABELS_FACTOR * labelsPerName),
                  m -> m.uses() * m.weight())
              .values());
    }
    return found;
  }

  private static void use(Map<String, Map<String, Mention>> labelled, Mention mention) {
    labelled
        .computeIfAbsent(mention.owner(), r -> new TreeMap<>())
        .merge(mention.kind() + "\t" + mention.label(), mention, (first, again) -> first.used(1));
  }

  /** -ly adverbs of time, frequency, domain or degree, and -ly words that are no adverbs. */
  static final java.util.Set<String> PLAIN_ADVERBS =
      java.util.Set.of(
          "only",
          "early",
          "likely",
          "unlikely",
          "nearly",
          "recently",
          "currently",
          "largely",
          "mostly",
          "partly",
          "roughly",
          "approximately",
          "finally",
          "initially",
          "previously",
          "originally",
          "formerly",
          "eventually",
          "daily",
          "weekly",
          "monthly",
          "yearly",
          "annually",
          "quarterly",
          "publicly",
          "privately",
          "officially",
          "directly",
          "fully",
          "simply",
          "actually",
          "usually",
          "generally",
          "especially",
          "particularly",
          "specifically",
          "respectively",
          "exactly",
          "newly",
          "lately",
          "shortly",
          "separately",
          "jointly",
          "locally",
          "nationally",
          "internationally",
          "federally",
          "politically",
          "legally",
          "financially",
          "economically",
          "personally",
          "family",
          "rally",
          "ally",
          "italy",
          "supply",
          "apply",
          "reply",
          "july",
          "fly",
          "belly",
          "jelly",
          "bully",
          "holly",
          "sally",
          "kelly",
          "later",
          "immediately",
          "already",
          "nearby",
          "similarly",
          "additionally",
          "ultimately",
          "typically",
          "normally",
          "traditionally",
          "historically",
          "presumably",
          "primarily",
          "mainly",
          "solely",
          "merely",
          "entirely",
          "completely",
          "totally",
          "slightly",
          "increasingly",
          "relatively",
          "briefly",
          "widely",
          "heavily",
          "highly",
          "deeply",
          "closely",
          "quickly",
          "slowly",
          "easily",
          "formally",
          "informally",
          "legislatively",
          "technically",
          "literally",
          "basically",
          "essentially");

  /**
   * A manner adverb or hedge ("wildly", "soundly", "supposedly"): an -ly adverb not of time,
   * frequency, domain or degree ({@link #PLAIN_ADVERBS}). Recasens et al. (2013) found hedges and
   * subjective intensifiers among the cues of biased wording.
   */
  static boolean mannerAdverb(String word, String tag) {
    return word.length() > 4
        && word.endsWith("ly")
        && tag.equals("ADV")
        && !PLAIN_ADVERBS.contains(word);
  }

  /** The referent mentions of one sentence. */
  public List<Mention> mentions(String outlet, String articleId, String sentence) {
    List<Mention> found = new ArrayList<>();
    if (headLiterals != null
        && !dev.parallax.text.RequiredLiterals.foldsToAscii(sentence)
        && !dev.parallax.text.RequiredLiterals.anyIn(
            sentence.toLowerCase(Locale.ROOT), headLiterals)) {
      return found;
    }
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
      found.add(new Mention(outlet, articleId, owner, group, HEAD, label, sentence));
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
   * Aligns one event's mentions: each referent (owner + group; or a name, resolved across the
   * event's articles by {@link dev.parallax.text.Entities}) with each outlet's labels, counts and
   * first example (by article id, then sentence). Referents labelled by a single outlet are left
   * out: there is nothing to compare.
   */
  public static List<ReferentLabel> align(Iterable<Mention> mentions) {
    return align(mentions, Integer.MAX_VALUE, Integer.MAX_VALUE);
  }

  /**
   * As {@link #align(Iterable)}, with at most {@code names} name referents (those the most outlets
   * name first, then those with the most labelled uses) and, for each of them, at most {@code
   * labels} labels an outlet (by their uses, each weighed: a descriptor 1, a loaded word as loaded
   * as it is). Head-group referents are not limited.
   */
  public static List<ReferentLabel> align(Iterable<Mention> mentions, int names, int labels) {
    Map<String, Map<String, Integer>> ownersByGroup = new HashMap<>();
    Map<String, Integer> nameCounts = new HashMap<>();
    List<Mention> namings = new ArrayList<>();
    List<Mention> all = new ArrayList<>();
    for (Mention mention : mentions) {
      if (mention.kind().equals(NAME)) {
        nameCounts.merge(mention.owner(), 1, Integer::sum);
        namings.add(mention);
        continue;
      }
      all.add(mention);
      if (mention.kind().equals(HEAD) && mention.owner() != null) {
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
    Map<String, String> resolved = Entities.resolve(nameCounts);
    Map<String, java.util.Set<String>> outletsNaming = new HashMap<>();
    for (Mention naming : namings) {
      outletsNaming
          .computeIfAbsent(resolved.get(naming.owner()), r -> new java.util.HashSet<>())
          .add(naming.outlet());
    }
    // referent -> outlet -> (kind, label) -> (count, example mention); heads first, then names.
    Map<String, Map<String, Map<String, List<Mention>>>> headTable = new TreeMap<>();
    Map<String, Map<String, Map<String, List<Mention>>>> nameTable = new TreeMap<>();
    for (Mention mention : all) {
      String referent;
      Map<String, Map<String, Map<String, List<Mention>>>> table;
      if (mention.kind().equals(HEAD)) {
        String owner =
            mention.owner() != null ? mention.owner() : defaultOwner.get(mention.group());
        referent = owner == null ? mention.group() : owner + " " + mention.group();
        table = headTable;
      } else {
        referent = resolved.getOrDefault(mention.owner(), mention.owner());
        table = nameTable;
      }
      table
          .computeIfAbsent(referent, r -> new TreeMap<>())
          .computeIfAbsent(mention.outlet(), o -> new TreeMap<>())
          .computeIfAbsent(mention.kind() + "\t" + mention.label(), l -> new ArrayList<>())
          .add(mention);
    }
    List<ReferentLabel> aligned = new ArrayList<>();
    addLabels(headTable, aligned, Integer.MAX_VALUE);
    nameTable.values().removeIf(outlets -> outlets.size() < 2);
    if (nameTable.size() > names) {
      List<String> ranked = new ArrayList<>(nameTable.keySet());
      ranked.sort(
          Comparator.<String>comparingInt(
                  r -> -outletsNaming.getOrDefault(r, java.util.Set.of()).size())
              .thenComparingInt(r -> -uses(nameTable.get(r)))
              .thenComparing(Comparator.naturalOrder()));
      nameTable.keySet().retainAll(new java.util.HashSet<>(ranked.subList(0, names)));
    }
    addLabels(nameTable, aligned, labels);
    return aligned;
  }

  private static int uses(Map<String, Map<String, List<Mention>>> outlets) {
    int uses = 0;
    for (Map<String, List<Mention>> byLabel : outlets.values()) {
      for (List<Mention> mentions : byLabel.values()) {
        uses += uses(mentions);
      }
    }
    return uses;
  }

  private static int uses(List<Mention> mentions) {
    int uses = 0;
    for (Mention mention : mentions) {
      uses += mention.uses();
    }
    return uses;
  }

  private static void addLabels(
      Map<String, Map<String, Map<String, List<Mention>>>> table,
      List<ReferentLabel> labels,
      int most) {
    table.forEach(
        (referent, outlets) -> {
          if (outlets.size() < 2) {
            return;
          }
          Map<String, Integer> outletsUsing = new HashMap<>();
          outlets
              .values()
              .forEach(
                  byLabel -> byLabel.keySet().forEach(l -> outletsUsing.merge(l, 1, Integer::sum)));
          outlets.forEach(
              (outlet, byLabel) ->
                  kept(own(byLabel, outletsUsing), most, ReferentLabels::weight)
                      .forEach(
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
                                    example.kind(),
                                    example.label(),
                                    uses(uses),
                                    example.sentence(),
                                    example.articleId()));
                          }));
        });
  }

  /**
   * An article keeps this many times {@code labelsPerName} labels of one name before the event's
   * outlets are compared (an outlet of several articles in the event has that many to choose from).
   */
  static final int ARTICLE_LABELS_FACTOR = 4;

  /**
   * An outlet's own labels of a name referent: its descriptors, and the loaded words no other
   * outlet of the event uses in sentences naming the referent (framing is in the words one outlet
   * chooses and the others do not). Head-group labels are all kept.
   */
  private static Map<String, List<Mention>> own(
      Map<String, List<Mention>> byLabel, Map<String, Integer> outletsUsing) {
    Map<String, List<Mention>> own = new TreeMap<>();
    byLabel.forEach(
        (label, uses) -> {
          if (!label.startsWith(LOADED + "\t") || outletsUsing.get(label) == 1) {
            own.put(label, uses);
          }
        });
    return own;
  }

  /**
   * The {@code most} labels of the largest weight over their uses (a descriptor's or a head's use
   * weighs 1, a loaded word's its weight in the lexicon), descriptors first on ties, in label
   * order.
   */
  private static <V> Map<String, V> kept(
      Map<String, V> byLabel, int most, java.util.function.ToDoubleFunction<V> weight) {
    if (byLabel.size() <= most) {
      return byLabel;
    }
    List<String> ranked = new ArrayList<>(byLabel.keySet());
    Map<String, Double> weights = new HashMap<>();
    byLabel.forEach((label, uses) -> weights.put(label, weight.applyAsDouble(uses)));
    ranked.sort(
        Comparator.<String>comparingDouble(label -> -weights.get(label))
            .thenComparing(Comparator.naturalOrder()));
    Map<String, V> kept = new TreeMap<>();
    for (String label : ranked.subList(0, most)) {
      kept.put(label, byLabel.get(label));
    }
    return kept;
  }

  private static double weight(List<Mention> mentions) {
    double weight = 0;
    for (Mention mention : mentions) {
      weight += mention.uses() * mention.weight();
    }
    return weight;
  }
}
