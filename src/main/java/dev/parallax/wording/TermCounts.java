package dev.parallax.wording;

import dev.parallax.model.AnalysedArticle;
import dev.parallax.model.Sentence;
import dev.parallax.text.Stems;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An article's word counts for word-choice comparison: unigrams to trigrams of the words of its
 * title and sentences (the text stage's tokens; a dateline left out), counted under their lemmas
 * (plurals made singular, so "forces" and "force" count together) and remembered with their most
 * frequent surface form and the first sentence that uses them. N-grams may not start or end with a
 * stopword or a number, and unigrams are never stopwords.
 */
public final class TermCounts {
  private static final int MAX_N = 3;

  private TermCounts() {}

  /** One term of one article. */
  public record Term(String key, String surface, int count, int exampleSentence)
      implements Serializable {}

  public static List<Term> of(AnalysedArticle article) {
    return terms(count(article, null));
  }

  /**
   * Only the given term keys of an article (as {@link #of} counts them): for looking up a few terms
   * in many articles without building every n-gram.
   */
  public static List<Term> only(AnalysedArticle article, java.util.Set<String> keys) {
    return terms(count(article, keys));
  }

  /** One term's key and count in an article, for corpus-wide tallies. */
  public record KeyCount(String key, int count) implements Serializable {}

  /** The keys and counts of {@link #of}, without surface forms and examples. */
  public static List<KeyCount> keyCounts(AnalysedArticle article) {
    Counted counted = count(article, null);
    List<KeyCount> counts = new ArrayList<>(counted.table().size());
    for (int entry = 0; entry < counted.table().size(); entry++) {
      counts.add(
          new KeyCount(
              counted.vocabulary().stemText(counted.table().key(entry)),
              counted.table().count(entry)));
    }
    return counts;
  }

  private record Counted(NgramTable table, Vocabulary vocabulary) {}

  private static List<Term> terms(Counted counted) {
    NgramTable table = counted.table();
    Vocabulary vocabulary = counted.vocabulary();
    List<Term> terms = new ArrayList<>(table.size());
    for (int entry = 0; entry < table.size(); entry++) {
      terms.add(
          new Term(
              vocabulary.stemText(table.key(entry)),
              bestSurface(table, entry, vocabulary),
              table.count(entry),
              table.example(entry)));
    }
    return terms;
  }

  /** Word numbers packed three to a long, this many bits each (0 stands for no word). */
  private static final int WORD_BITS = 21;

  /**
   * Distinct word forms an article can number; further forms (only in texts of millions of
   * characters) count as stopwords.
   */
  private static final int MAX_FORMS = (1 << WORD_BITS) - 1;

  /**
   * Counts an article's n-grams, or only those whose keys are given. Each distinct word form is
   * numbered, lower-cased, stemmed and checked against the stopwords once; n-grams are counted as
   * packed numbers, and their strings are built once per distinct n-gram.
   */
  private static Counted count(AnalysedArticle article, java.util.Set<String> keys) {
    List<Sentence> sentences = article.sentences();
    Vocabulary vocabulary = new Vocabulary();
    int[][] forms = new int[sentences.size()][];
    int tokens = 0;
    for (int index = 0; index < sentences.size(); index++) {
      // A sentence's own words: a wire dateline is no word choice.
      Sentence sentence = sentences.get(index);
      int from = Math.max(sentence.firstToken(), article.firstTokenAt(sentence.contentStart()));
      forms[index] = vocabulary.number(article, from, sentence.endToken(), sentence.isHeadline());
      tokens += forms[index].length;
    }
    vocabulary.stopNames();
    java.util.Set<Long> wanted = null;
    boolean[] startsWanted = null;
    if (keys != null) {
      wanted = new java.util.HashSet<>();
      startsWanted = new boolean[vocabulary.stems.size()];
      for (String key : keys) {
        long packed = vocabulary.packStems(key);
        if (packed != 0) {
          wanted.add(packed);
          startsWanted[(int) (packed & MAX_FORMS)] = true;
        }
      }
    }
    NgramTable table = new NgramTable(keys == null ? tokens * 2 : 16);
    for (int index = 0; index < sentences.size(); index++) {
      int[] sentence = forms[index];
      for (int start = 0; start < sentence.length; start++) {
        int first = sentence[start];
        if (vocabulary.stop(first)
            || (startsWanted != null && !startsWanted[vocabulary.stemOf(first)])) {
          continue;
        }
        long key = 0;
        long surface = 0;
        for (int n = 1; n <= MAX_N && start + n <= sentence.length; n++) {
          int form = sentence[start + n - 1];
          key |= (long) vocabulary.stemOf(form) << (WORD_BITS * (n - 1));
          surface |= (long) form << (WORD_BITS * (n - 1));
          if (vocabulary.stopAtEnd(form) || (wanted != null && !wanted.contains(key))) {
            continue;
          }
          table.add(key, surface, index);
        }
      }
    }
    return new Counted(table, vocabulary);
  }

  /** The most frequent surface form of an n-gram; among equally frequent ones the last by text. */
  private static String bestSurface(NgramTable table, int entry, Vocabulary vocabulary) {
    String best = vocabulary.formText(table.firstSurface(entry));
    int bestCount = table.firstSurfaceCount(entry);
    for (Map.Entry<Long, Integer> other : table.otherSurfaces(entry).entrySet()) {
      String text = vocabulary.formText(other.getKey());
      if (other.getValue() > bestCount
          || (other.getValue() == bestCount && text.compareTo(best) > 0)) {
        best = text;
        bestCount = other.getValue();
      }
    }
    return best;
  }

  /** An article's word forms (lower case) and stems, numbered from 1 in order of appearance. */
  private static final class Vocabulary {
    private final Map<String, Integer> formNumbers = new HashMap<>();
    private final List<String> formTexts = new ArrayList<>(List.of(""));
    private int[] stemOfForm = new int[64];
    private boolean[] stopForm = new boolean[64];
    private boolean[] endStopForm = new boolean[64];
    private int[] capitalised = new int[64];
    private int[] lowerCase = new int[64];
    private final Map<String, Integer> stemNumbers = new HashMap<>();
    final List<String> stems = new ArrayList<>(List.of(""));

    /**
     * The form numbers of the tokens {@code [from, to)} of an article, numbering new forms. A word
     * joined to the next by a hyphen ("so" of "so-called") is numbered as written with its hyphen,
     * so that surfaces read "so-called army"; its key is the word's own.
     */
    int[] number(AnalysedArticle article, int from, int to, boolean headline) {
      int[] result = new int[Math.max(0, to - from)];
      String text = article.text();
      for (int token = from; token < to; token++) {
        String form = article.form(token);
        int end = article.tokenEnd(token);
        String surface =
            token + 1 < to && isHyphen(text.charAt(end)) && article.tokenStart(token + 1) == end + 1
                ? form + "-"
                : form;
        Integer number = formNumbers.get(surface);
        if (number == null) {
          number =
              formTexts.size() < MAX_FORMS
                  ? add(surface, form, article.lemma(token), article.isNumber(token))
                  : 0;
        }
        result[token - from] = number;
        if (number != 0 && !headline && token > from) {
          // Headlines are title case and a sentence's first word is capitalised anyway: only
          // the other words tell a name from a word.
          boolean capital = Character.isUpperCase(text.charAt(article.tokenStart(token)));
          int stem = stemOfForm[number];
          if (stem >= capitalised.length) {
            capitalised =
                java.util.Arrays.copyOf(capitalised, Math.max(stem + 1, capitalised.length * 2));
            lowerCase = java.util.Arrays.copyOf(lowerCase, capitalised.length);
          }
          if (capital) {
            capitalised[stem]++;
          } else {
            lowerCase[stem]++;
          }
        }
      }
      return result;
    }

    /**
     * Words (all forms of a lemma: "Kosovo", "Kosovo's") written with a capital inside sentences
     * and never in lower case ("Morell", "CIA", "Ostland") are names: they belong to labels and
     * claims, not to word choice.
     */
    void stopNames() {
      for (int form = 1; form < formTexts.size(); form++) {
        int stem = stemOfForm[form];
        if (stem < capitalised.length && capitalised[stem] > 0 && lowerCase[stem] == 0) {
          stopForm[form] = true;
          endStopForm[form] = true;
        }
      }
    }

    private static boolean isHyphen(char c) {
      return c == '-' || c == '\u2010' || c == '\u2011';
    }

    private int add(String surface, String token, String lemma, boolean number) {
      int form = formTexts.size();
      formNumbers.put(surface, form);
      formTexts.add(surface);
      if (form == stopForm.length) {
        stopForm = java.util.Arrays.copyOf(stopForm, form * 2);
        endStopForm = java.util.Arrays.copyOf(endStopForm, form * 2);
        stemOfForm = java.util.Arrays.copyOf(stemOfForm, form * 2);
      }
      // Numbers are no word choice: they belong to claims. A word joined by a hyphen ("so" of
      // "so-called") is part of a compound, not a closed-class word.
      boolean joined = surface.endsWith("-");
      stopForm[form] = number || (joined ? isOpenClassStopword(token) : isStopword(token));
      // ... but it does not end a term alone: "so" of "so-called" is no term.
      endStopForm[form] = stopForm[form] || (joined && isStopword(token));
      Integer stem = stemNumbers.get(lemma);
      if (stem == null) {
        stem = stems.size();
        stemNumbers.put(lemma, stem);
        stems.add(lemma);
      }
      stemOfForm[form] = stem;
      return form;
    }

    boolean stop(int form) {
      return form == 0 || stopForm[form];
    }

    /** Whether a term may not end with this form (stopwords, and closed-class words joined). */
    boolean stopAtEnd(int form) {
      return form == 0 || endStopForm[form];
    }

    int stemOf(int form) {
      return stemOfForm[form];
    }

    /** A key's stems packed as the counter packs them; 0 when a stem is not in the article. */
    long packStems(String key) {
      String[] parts = key.split(" ");
      if (parts.length > MAX_N) {
        return 0;
      }
      long packed = 0;
      for (int i = 0; i < parts.length; i++) {
        Integer number = stemNumbers.get(parts[i]);
        if (number == null) {
          return 0;
        }
        packed |= (long) number << (WORD_BITS * i);
      }
      return packed;
    }

    String stemText(long packed) {
      return text(packed, stems);
    }

    /** The n-gram as written; a last word written before a hyphen loses the hyphen. */
    String formText(long packed) {
      String text = text(packed, formTexts);
      return text.endsWith("-") ? text.substring(0, text.length() - 1) : text;
    }

    private static String text(long packed, List<String> words) {
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < MAX_N; i++) {
        int number = (int) ((packed >>> (WORD_BITS * i)) & MAX_FORMS);
        if (i > 0 && packed >>> (WORD_BITS * i) == 0) {
          break;
        }
        if (i > 0 && text.charAt(text.length() - 1) != '-') {
          text.append(' ');
        }
        text.append(words.get(number));
      }
      return text.toString();
    }
  }

  /** The article's sentences, title first: {@link Term#exampleSentence} indexes this list. */
  public static List<String> sentences(AnalysedArticle article) {
    String text = article.text();
    List<String> sentences = new ArrayList<>(article.sentenceCount());
    for (Sentence sentence : article.sentences()) {
      sentences.add(sentence.text(text));
    }
    return sentences;
  }

  /**
   * Stopwords, closed-class words ({@code closed-class-words.txt}: adpositions, auxiliaries,
   * conjunctions, determiners, particles, pronouns, number words, function-like adverbs, titles),
   * one-letter words and abbreviations ("u.s", "a.m"): no word choice.
   */
  static boolean isStopword(String word) {
    return isOpenClassStopword(word) || CLOSED_CLASS.contains(word.replace('\u2019', '\''));
  }

  /** The stopwords without the closed-class list (for a word joined by a hyphen). */
  static boolean isOpenClassStopword(String word) {
    return word.length() < 2
        || word.indexOf('.') >= 0
        || Stems.isStopword(word)
        || EXTRA_STOPWORDS.contains(word);
  }

  private static final java.util.Set<String> CLOSED_CLASS = closedClassWords();

  private static java.util.Set<String> closedClassWords() {
    java.util.Set<String> words = new java.util.HashSet<>();
    try (java.io.InputStream in = TermCounts.class.getResourceAsStream("closed-class-words.txt")) {
      if (in == null) {
        throw new IllegalStateException("closed-class-words.txt is missing from the jar");
      }
      for (String line :
          new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
        String content = line.replaceFirst("#.*", "").strip();
        if (!content.isEmpty()) {
          words.addAll(java.util.Arrays.asList(content.split("\\s+")));
        }
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return java.util.Set.copyOf(words);
  }

  private static final java.util.Set<String> EXTRA_STOPWORDS =
      java.util.Set.of(
          "said",
          "says",
          "also",
          "would",
          "could",
          "has",
          "have",
          "had",
          "been",
          "its",
          "his",
          "her",
          "he",
          "she",
          "we",
          "i",
          "you",
          "who",
          "which",
          "from",
          "after",
          "over",
          "about",
          "more",
          "than",
          "when",
          "while",
          "one",
          "two",
          "monday",
          "tuesday",
          "wednesday",
          "thursday",
          "friday",
          "saturday",
          "sunday");
}
