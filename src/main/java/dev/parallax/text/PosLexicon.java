package dev.parallax.text;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Universal Dependencies part-of-speech tags by lookup: each word form's commonest tag as {@link
 * PartsOfSpeech}' tagger gave it in context over a corpus ({@link #distil}), and for words the
 * table lacks, the commonest tag of rare words with the same ending (or, capitalised inside a
 * sentence, of rare capitalised words). A word that changes class with its context ("that", "back")
 * gets its commonest class: the attribution span tagger, which reads the tag as one feature among
 * many, scores the same with it on PolNeAR dev (docs/claims.md), at no measurable cost. Shipped as
 * {@code conf/pos-lexicon.tsv}, distilled from PolNeAR's train texts by {@code jobs/evaluate.sh
 * pos-distil}.
 *
 * <p>File format: {@code form TAB tag} lines (forms as written, case kept), {@code ~ending TAB tag}
 * lines for unknown lower-case words (a contraction's tag joins its parts' tags: {@code PRON+AUX}),
 * {@code ^ TAB tag} for unknown capitalised words and {@code ? TAB tag} for the rest; {@code #}
 * starts a comment.
 */
public final class PosLexicon implements PosTagger, Serializable {
  /** Endings tried for an unknown word, longest first. */
  static final int LONGEST_ENDING = 4;

  /** Words seen at most this often count as rare: their endings stand for unknown words. */
  static final int RARE = 2;

  /**
   * A form must be seen this often to enter the table: one tagging of a word seen once is often
   * wrong ("footbridge" VERB, "twelve" VERB), and the ending rules, which pool many rare words, tag
   * it better.
   */
  static final int KEPT = 2;

  /** A word's tag after a word of a given table tag must be seen this often to be kept. */
  static final int CONTEXT_SUPPORT = 3;

  /**
   * Number words, a closed class the table may have seen too rarely to tag ("sixty" NOUN, "twelve"
   * VERB in one sentence each); "one" is left to the table (also a pronoun).
   */
  private static final java.util.Set<String> CARDINALS =
      java.util.Set.of(
          "two",
          "three",
          "four",
          "five",
          "six",
          "seven",
          "eight",
          "nine",
          "ten",
          "eleven",
          "twelve",
          "thirteen",
          "fourteen",
          "fifteen",
          "sixteen",
          "seventeen",
          "eighteen",
          "nineteen",
          "twenty",
          "thirty",
          "forty",
          "fifty",
          "sixty",
          "seventy",
          "eighty",
          "ninety",
          "hundred",
          "thousand",
          "million",
          "billion",
          "trillion");

  private final Map<String, String> forms;

  /**
   * For words whose class follows their neighbours ("the attacks" / "he attacks", "to Keld" / "to
   * say", "that the" / "that is"): the form's commonest tag between words of given table tags,
   * keyed {@code "=" + previousTag + " " + form + " " + nextTag}, and, where that pair was seen too
   * rarely, by one side: {@code "<" + form + " " + nextTag}, then {@code ">" + previousTag + " " +
   * form}. A key is kept when it was seen often enough and changes the tag its fallback gives.
   */
  private final Map<String, String> contextTags;

  /**
   * {@link #contextTags} for lookup: by form, then by a code of the kind of context and its
   * neighbours' tag ids ({@link #context}); forms without an entry need no context lookup.
   */
  private final Map<String, Map<Integer, String>> contexts;

  /** Ids of the tags the contexts name ({@link #BOUNDARY} is 0). */
  private final Map<String, Integer> tagIds;

  private static final int BOTH = 1;
  private static final int NEXT = 2;
  private static final int PREVIOUS = 3;

  /**
   * A context's key, its bits mixed (an odd multiplier: still one key per context) — as {@code kind
   * << 20 | previous << 10 | next} alone, every previous-tag context of a word fell in one hash
   * bucket of its small map, which then turned into a tree.
   */
  private static int context(int kind, int previous, int next) {
    return (kind << 20 | previous << 10 | next) * 0x9E3779B1;
  }

  private int id(String tag) {
    return tagIds.computeIfAbsent(tag, t -> tagIds.size());
  }

  private final Map<String, String> endings;
  private final String capitalised;
  private final String fallback;

  PosLexicon(
      Map<String, String> forms,
      Map<String, String> contextTags,
      Map<String, String> endings,
      String capitalised,
      String fallback) {
    this.forms = new HashMap<>(forms);
    this.contextTags = new HashMap<>(contextTags);
    this.contexts = new HashMap<>();
    this.tagIds = new HashMap<>();
    tagIds.put(BOUNDARY, 0);
    contextTags.forEach(
        (key, tag) -> {
          String[] parts = key.substring(1).split(" ");
          int code =
              switch (key.charAt(0)) {
                case '=' -> context(BOTH, id(parts[0]), id(parts[2]));
                case '<' -> context(NEXT, 0, id(parts[1]));
                default -> context(PREVIOUS, id(parts[0]), 0);
              };
          contexts.computeIfAbsent(formOf(key), f -> new HashMap<>()).put(code, tag);
        });
    this.endings = new HashMap<>(endings);
    this.capitalised = capitalised;
    this.fallback = fallback;
  }

  /** How many word forms the table holds. */
  public int size() {
    return forms.size();
  }

  @Override
  public String[] tags(String[] tokens) {
    String[] tags = new String[tokens.length];
    for (int i = 0; i < tokens.length; i++) {
      tags[i] = tag(tokens[i], i == 0);
    }
    if (contextTags.isEmpty()) {
      return tags;
    }
    String[] inContext = tags.clone();
    for (int i = 0; i < tokens.length; i++) {
      Map<Integer, String> around = contexts.get(tokens[i]);
      if (around == null) {
        continue;
      }
      // A neighbour's tag that no context names matches none (-1 is no id).
      int previous = i == 0 ? 0 : tagIds.getOrDefault(tags[i - 1], -1);
      int next = i + 1 == tokens.length ? 0 : tagIds.getOrDefault(tags[i + 1], -1);
      String tag = null;
      if (previous >= 0 && next >= 0) {
        tag = around.get(context(BOTH, previous, next));
      }
      if (tag == null && next >= 0) {
        tag = around.get(context(NEXT, 0, next));
      }
      if (tag == null && previous >= 0) {
        tag = around.get(context(PREVIOUS, previous, 0));
      }
      if (tag != null) {
        inContext[i] = tag;
      }
    }
    return inContext;
  }

  /**
   * The form of a context key ({@code =prev form next}, {@code <form next}, {@code >prev form}).
   */
  private static String formOf(String key) {
    String[] parts = key.substring(1).split(" ");
    return key.charAt(0) == '<' ? parts[0] : parts[1];
  }

  /** The tag of a sentence's edge, as a neighbour. */
  static final String BOUNDARY = "_";

  private static String inContext(
      String form, String previous, String next, Map<String, String> keys) {
    String tag = keys.get("=" + previous + " " + form + " " + next);
    if (tag == null) {
      tag = keys.get("<" + form + " " + next);
    }
    return tag != null ? tag : keys.get(">" + previous + " " + form);
  }

  /**
   * The tag of one word out of context; {@code first}: it opens its sentence, so a capital there
   * may be the sentence's alone and the lower-case form is tried too.
   */
  public String tag(String form, boolean first) {
    if (CARDINALS.contains(form.toLowerCase(Locale.ROOT))) {
      return "NUM";
    }
    String known = forms.get(form);
    if (known != null) {
      return known;
    }
    String lower = form.toLowerCase(Locale.ROOT);
    if (first || !Character.isUpperCase(form.codePointAt(0))) {
      known = forms.get(lower);
      if (known != null) {
        return known;
      }
    }
    if (isNumber(form)) {
      return "NUM";
    }
    if (Character.isUpperCase(form.codePointAt(0))) {
      // Unknown in either case: a name, inside a sentence or opening it ("Melnik said ..."),
      // possessive or not ("Varnia's": the name and the clitic, as the tagger joins them).
      return possessive(form) ? capitalised + "+PART" : capitalised;
    }
    for (int length = Math.min(LONGEST_ENDING, lower.length() - 1); length >= 1; length--) {
      String tag = endings.get(lower.substring(lower.length() - length));
      if (tag != null) {
        return tag;
      }
    }
    return fallback;
  }

  private static boolean possessive(String form) {
    return form.length() > 2 && (form.endsWith("'s") || form.endsWith("\u2019s"));
  }

  private static boolean isNumber(String form) {
    boolean digit = false;
    for (int i = 0; i < form.length(); i++) {
      char c = form.charAt(i);
      if (Character.isDigit(c)) {
        digit = true;
      } else if (c != '.' && c != ',' && c != ':' && c != '/' && c != '-') {
        return false;
      }
    }
    return digit;
  }

  /**
   * Distils the table from sentences tagged in context by {@code tagger}: each form's commonest tag
   * (ties to the tag's name), each ending's commonest tag over rare lower-case words, the commonest
   * tag of rare capitalised words not opening their sentence.
   */
  public static PosLexicon distil(Iterable<String[]> sentences, PosTagger tagger) {
    Map<String, Map<String, Integer>> byForm = new HashMap<>();
    java.util.Set<String> capitalisedInside = new java.util.HashSet<>();
    List<String[]> tagged = new ArrayList<>(); // the tagger's tags, once per sentence
    for (String[] tokens : sentences) {
      String[] tags = tagger.tags(tokens);
      tagged.add(tags);
      for (int i = 0; i < tokens.length; i++) {
        // Counted as written: a sentence's first word finds its lower-case form when looked up.
        byForm.computeIfAbsent(tokens[i], f -> new TreeMap<>()).merge(tags[i], 1, Integer::sum);
        if (i > 0 && Character.isUpperCase(tokens[i].codePointAt(0))) {
          capitalisedInside.add(tokens[i]);
        }
      }
    }
    Map<String, String> forms = new TreeMap<>();
    Map<String, Map<String, Integer>> byEnding = new HashMap<>();
    Map<String, Integer> capitalisedTags = new TreeMap<>();
    Map<String, Integer> allRare = new TreeMap<>();
    byForm.forEach(
        (form, tags) -> {
          String best = commonest(tags);
          int uses = tags.values().stream().mapToInt(Integer::intValue).sum();
          if (uses >= KEPT) {
            forms.put(form, best);
          }
          if (uses > RARE || isNumber(form)) {
            return;
          }
          allRare.merge(best, uses, Integer::sum);
          if (Character.isUpperCase(form.codePointAt(0))) {
            if (capitalisedInside.contains(form)) {
              capitalisedTags.merge(best, uses, Integer::sum);
            }
            return;
          }
          for (int length = 1; length <= Math.min(LONGEST_ENDING, form.length() - 1); length++) {
            byEnding
                .computeIfAbsent(form.substring(form.length() - length), e -> new TreeMap<>())
                .merge(best, uses, Integer::sum);
          }
        });
    Map<String, String> endings = new TreeMap<>();
    byEnding.forEach((ending, tags) -> endings.put(ending, commonest(tags)));
    PosLexicon plain =
        new PosLexicon(
            forms,
            Map.of(),
            endings,
            capitalisedTags.isEmpty() ? "PROPN" : commonest(capitalisedTags),
            allRare.isEmpty() ? "NOUN" : commonest(allRare));
    // Second pass: each ambiguous word's tag in context by the table tags of its neighbours.
    Map<String, Map<String, Integer>> byContext = new HashMap<>();
    java.util.Iterator<String[]> taggedAgain = tagged.iterator();
    for (String[] tokens : sentences) {
      String[] tags = taggedAgain.next();
      String[] table = plain.tags(tokens);
      for (int i = 0; i < tokens.length; i++) {
        if (byForm.get(tokens[i]).size() > 1 && forms.containsKey(tokens[i])) {
          String previous = i == 0 ? BOUNDARY : table[i - 1];
          String next = i + 1 == tokens.length ? BOUNDARY : table[i + 1];
          for (String key :
              List.of(
                  "=" + previous + " " + tokens[i] + " " + next,
                  "<" + tokens[i] + " " + next,
                  ">" + previous + " " + tokens[i])) {
            byContext.computeIfAbsent(key, k -> new TreeMap<>()).merge(tags[i], 1, Integer::sum);
          }
        }
      }
    }
    // One side first, so that a pair of sides is kept only where it changes their answer.
    Map<String, String> sides = new TreeMap<>();
    byContext.forEach(
        (key, tags) -> {
          String best = commonest(tags);
          if (key.charAt(0) != '=' && tags.get(best) >= CONTEXT_SUPPORT) {
            sides.put(key, best);
          }
        });
    Map<String, String> contextTags = new TreeMap<>();
    byContext.forEach(
        (key, tags) -> {
          String best = commonest(tags);
          if (key.charAt(0) != '=' || tags.get(best) < CONTEXT_SUPPORT) {
            return;
          }
          String[] parts = key.substring(1).split(" ");
          String fallback = inContext(parts[1], parts[0], parts[2], sides);
          if (!best.equals(fallback != null ? fallback : forms.get(parts[1]))) {
            contextTags.put(key, best);
          }
        });
    // A side is kept where it changes the form's own tag, or where it must stand against the
    // other side ("<" is tried before ">").
    sides.forEach(
        (key, best) -> {
          if (!best.equals(forms.get(formOf(key))) || key.charAt(0) == '<') {
            contextTags.put(key, best);
          }
        });
    return new PosLexicon(forms, contextTags, endings, plain.capitalised, plain.fallback);
  }

  private static String commonest(Map<String, Integer> counts) {
    String best = null;
    int most = -1;
    for (Map.Entry<String, Integer> entry : counts.entrySet()) {
      if (entry.getValue() > most) {
        best = entry.getKey();
        most = entry.getValue();
      }
    }
    return best;
  }

  /**
   * How often this table gives {@code reference}'s tag: {same, total} over the words of {@code
   * sentences}.
   */
  public long[] agreement(Iterable<String[]> sentences, PosTagger reference) {
    long same = 0;
    long total = 0;
    for (String[] words : sentences) {
      String[] expected = reference.tags(words);
      String[] looked = tags(words);
      for (int i = 0; i < words.length; i++) {
        total++;
        same += expected[i].equals(looked[i]) ? 1 : 0;
      }
    }
    return new long[] {same, total};
  }

  /** The table as its file (sorted, so the same corpus always writes the same file). */
  public String toText(String origin) {
    StringBuilder out = new StringBuilder();
    out.append("# UD part-of-speech lexicon: the commonest tag of each form, distilled from ")
        .append(origin)
        .append('\n');
    out.append("? \t").append(fallback).append('\n');
    out.append("^ \t").append(capitalised).append('\n');
    new TreeMap<>(endings)
        .forEach((e, t) -> out.append('~').append(e).append('\t').append(t).append('\n'));
    new TreeMap<>(contextTags).forEach((k, t) -> out.append(k).append('\t').append(t).append('\n'));
    new TreeMap<>(forms).forEach((f, t) -> out.append(f).append('\t').append(t).append('\n'));
    return out.toString();
  }

  /** Reads a table written by {@link #toText}; {@code origin} names it in errors. */
  public static PosLexicon parse(String text, String origin) {
    Map<String, String> forms = new HashMap<>();
    Map<String, String> endings = new HashMap<>();
    Map<String, String> contextTags = new HashMap<>();
    String capitalised = null;
    String fallback = null;
    int number = 0;
    for (String line : text.split("\n", -1)) {
      number++;
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int tab = line.lastIndexOf('\t');
      if (tab <= 0 || tab == line.length() - 1) {
        throw new dev.parallax.config.ConfigException(
            origin + " line " + number + ": not form<TAB>tag: " + line);
      }
      String key = line.substring(0, tab);
      String tag = line.substring(tab + 1).strip();
      if (!java.util.Arrays.stream(tag.split("\\+")).allMatch(PartsOfSpeech.TAGS::contains)) {
        throw new dev.parallax.config.ConfigException(
            origin + " line " + number + ": not a UD tag: " + tag);
      }
      if (key.equals("? ")) {
        fallback = tag;
      } else if (key.equals("^ ")) {
        capitalised = tag;
      } else if ((key.startsWith(">") || key.startsWith("<") || key.startsWith("="))
          && key.indexOf(' ') > 1) {
        contextTags.put(key, tag); // forms hold no spaces: a key with one is a context
      } else if (key.startsWith("~") && key.length() > 1) {
        endings.put(key.substring(1), tag);
      } else {
        forms.put(key, tag);
      }
    }
    if (forms.isEmpty() || capitalised == null || fallback == null) {
      throw new dev.parallax.config.ConfigException(
          origin + ": not a part-of-speech lexicon (no forms, or no ^ and ? lines)");
    }
    return new PosLexicon(forms, contextTags, endings, capitalised, fallback);
  }

  /**
   * The words of each sentence of {@code texts} (paragraphs split at blank lines, then into
   * sentences), tokenised as the span tagger tokenises: what {@link #distil} reads.
   */
  public static List<String[]> sentences(List<String> texts) {
    List<String[]> sentences = new ArrayList<>();
    for (String text : texts) {
      for (String paragraph : text.split("\n\\s*\n")) {
        for (dev.parallax.model.Span span : SentenceSplitter.sentences(paragraph)) {
          String sentence = paragraph.substring(span.start(), span.end());
          List<String> words = new ArrayList<>();
          Tokenizer.tokens(sentence, 0, (start, end) -> words.add(sentence.substring(start, end)));
          sentences.add(words.toArray(new String[0]));
        }
      }
    }
    return sentences;
  }
}
