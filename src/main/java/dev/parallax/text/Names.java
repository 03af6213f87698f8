package dev.parallax.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Names of people, organisations and places in one sentence, with the words the sentence uses to
 * describe them, without an NER model: a name is a run of capitalised words (a sentence's first
 * word only when the part-of-speech tagger calls it a proper noun, or when it and one more word are
 * the run: "White House"); role titles before it ("Rep.", "House Speaker") and the adjectives and
 * nouns that premodify it ("fiery radio host Dana Orlov") are its descriptor, and so is an
 * apposition ("Ilse Marek, a lawyer for the ministry, ..."; "the deputy director, Paul Sandor,
 * ..."). Honorifics ("Mr.", "Ms.") are house style and no descriptor. Sentences written in title
 * case (no word of four letters or more in lower case) have no names here: their capitals say
 * nothing. Plain Java; {@link Entities} resolves the names of an article or an event to one
 * referent each.
 */
public final class Names {
  private Names() {}

  /** A word of the sentence as written, without surrounding quotes or punctuation. */
  public record Token(String form, int start, int end, boolean possessive, boolean breakAfter) {
    boolean capitalised() {
      int first = form.codePointAt(0);
      if (!Character.isUpperCase(first)) {
        return false;
      }
      if (form.length() <= 4 || (form.length() == 2 && form.charAt(1) == '.')) {
        return true;
      }
      // WASHINGTON (a dateline) is no name; McGinley and Randolph-Macon are.
      for (int i = 1; i < form.length(); i++) {
        if (Character.isLowerCase(form.charAt(i))) {
          return true;
        }
      }
      return false;
    }

    String lower() {
      return form.toLowerCase(Locale.ROOT);
    }
  }

  /**
   * One name in a sentence: the name words (titles and possessive left out), the descriptor (empty
   * when none) and the tokens the name covers (first and last, inclusive).
   */
  public record Name(
      String name,
      String descriptor,
      int first,
      int last,
      int descriptorFirst,
      int descriptorLast) {}

  /** Role titles: before a name they describe it ("Rep.", "President", "Vice President"). */
  static final Set<String> TITLES =
      Set.of(
          "rep",
          "reps",
          "sen",
          "sens",
          "gov",
          "lt",
          "gen",
          "col",
          "sgt",
          "capt",
          "adm",
          "rev",
          "president",
          "vice",
          "senator",
          "governor",
          "representative",
          "congressman",
          "congresswoman",
          "secretary",
          "speaker",
          "chairman",
          "chairwoman",
          "leader",
          "judge",
          "justice",
          "mayor",
          "minister",
          "prime",
          "premier",
          "ambassador",
          "attorney",
          "general",
          "director",
          "commissioner",
          "chancellor",
          "king",
          "queen",
          "prince",
          "princess",
          "pope",
          "sheriff",
          "prosecutor",
          "chief",
          "spokesman",
          "spokeswoman",
          "former",
          "deputy",
          "candidate",
          "nominee",
          "commander",
          "pastor",
          "bishop",
          "cardinal",
          "archbishop");

  /** Honorifics: house style ("Mr. Cantor" in the Times), never a descriptor. */
  static final Set<String> HONORIFICS =
      Set.of("mr", "mrs", "ms", "miss", "dr", "sir", "dame", "madam", "mme", "m");

  private static final Set<String> ARTICLES = Set.of("a", "an", "the");

  /** A party and state after a name ("R-Mo.", "D-Vt."): no referent of its own. */
  private static final java.util.regex.Pattern PARTY_AND_STATE =
      java.util.regex.Pattern.compile("[A-Z]-[A-Z][A-Za-z.]{0,4}");

  /** The longest name kept, in words: longer capitalised runs are titles of works or headlines. */
  private static final int LONGEST_NAME = 5;

  /** The longest premodifier run and apposition, in words. */
  private static final int LONGEST_PREMODIFIER = 5;

  private static final int LONGEST_APPOSITION = 12;

  private static final int LONGEST_BARE_APPOSITION = 6;

  /** The words of a sentence as written, each with its offsets. */
  public static List<Token> tokens(String sentence) {
    List<Token> tokens = new ArrayList<>();
    int length = sentence.length();
    int i = 0;
    while (i < length) {
      while (i < length && Character.isWhitespace(sentence.charAt(i))) {
        i++;
      }
      int chunkStart = i;
      while (i < length && !Character.isWhitespace(sentence.charAt(i))) {
        i++;
      }
      int start = chunkStart;
      int end = i;
      while (start < end && OPENERS.indexOf(sentence.charAt(start)) >= 0) {
        start++;
      }
      if (start > chunkStart && !tokens.isEmpty()) {
        // An opening bracket or quote ends the phrase before it: "Todd Akin (R-Mo.)".
        breakLast(tokens);
      }
      boolean breakAfter = false;
      while (end > start) {
        char last = sentence.charAt(end - 1);
        if (CLOSERS.indexOf(last) >= 0) {
          breakAfter |= BREAKS.indexOf(last) >= 0;
          end--;
        } else if (last == '.' && !abbreviation(sentence, start, end)) {
          breakAfter = true;
          end--;
        } else {
          break;
        }
      }
      if (end <= start) {
        if (!tokens.isEmpty() && chunkStart < i) {
          // A dash or a lone punctuation mark ends the phrase before it.
          breakLast(tokens);
        }
        continue;
      }
      boolean possessive = false;
      if (end - start > 2
          && (sentence.charAt(end - 1) == 's' || sentence.charAt(end - 1) == 'S')
          && (sentence.charAt(end - 2) == '\'' || sentence.charAt(end - 2) == '\u2019')) {
        possessive = true;
        end -= 2;
      }
      if (!Character.isLetterOrDigit(sentence.codePointAt(start))) {
        continue;
      }
      tokens.add(new Token(sentence.substring(start, end), start, end, possessive, breakAfter));
    }
    return tokens;
  }

  private static void breakLast(List<Token> tokens) {
    Token before = tokens.get(tokens.size() - 1);
    if (!before.breakAfter()) {
      tokens.set(
          tokens.size() - 1,
          new Token(before.form(), before.start(), before.end(), before.possessive(), true));
    }
  }

  private static final String OPENERS = "\"“‘'([{";
  private static final String CLOSERS = ",;:!?\"”’')]}";
  private static final String BREAKS = ",;:!?)]}";

  /** "Rep.", "D.", "U.S." keep their full stop; "Friday." does not. */
  private static boolean abbreviation(String sentence, int start, int end) {
    int letters = end - 1 - start;
    if (letters == 1) {
      return true;
    }
    String word = sentence.substring(start, end - 1).toLowerCase(Locale.ROOT);
    return word.indexOf('.') >= 0 || TITLES.contains(word) || HONORIFICS.contains(word);
  }

  /** The names of one sentence, in order, with their descriptors. */
  public static List<Name> find(List<Token> tokens, PosTagger pos) {
    return mayName(tokens) ? find(tokens, pos.tags(forms(tokens))) : List.of();
  }

  /**
   * Whether a sentence may hold a name: a capitalised word after its first, or a first word that
   * the tagger may call a proper noun, and not in title case. Sentences without one need no tags.
   */
  public static boolean mayName(List<Token> tokens) {
    if (tokens.isEmpty() || titleCase(tokens)) {
      return false;
    }
    for (Token token : tokens) {
      if (token.capitalised()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The names of one sentence, in order, with their descriptors.
   *
   * @param tags the sentence's part-of-speech tags, one per token of {@code tokens}
   */
  public static List<Name> find(List<Token> tokens, String[] tags) {
    List<Name> names = new ArrayList<>();
    if (!mayName(tokens)) {
      return names;
    }
    int i = 0;
    while (i < tokens.size()) {
      if (!tokens.get(i).capitalised()) {
        i++;
        continue;
      }
      int first = i;
      int last = i;
      while (last + 1 < tokens.size()
          && !tokens.get(last).breakAfter()
          && !tokens.get(last).possessive()
          && tokens.get(last + 1).capitalised()) {
        last++;
      }
      i = last + 1;
      // A capitalised function word opens no name, wherever it stands ("But", "It", "I" after a
      // quote); nor does a sentence's first word unless it is a proper noun or a title, or the
      // run's only other word ("White House", "New York": the two are the name).
      while (first <= last
          && (PartsOfSpeech.CLOSED_CLASS.contains(tags[first])
              || first == 0 && !"PROPN".equals(tags[0]) && !isTitle(tokens.get(0)) && last != 1)) {
        first++;
      }
      if (first > last) {
        continue;
      }
      if (first == last
          && (Mentions.CALENDAR.contains(tokens.get(first).lower())
              || PARTY_AND_STATE.matcher(tokens.get(first).form()).matches())) {
        continue;
      }
      // Titles: the name is what follows the last one ("New York Republican Rep. Michael Grimm").
      int nameFirst = first;
      for (int t = first; t <= last; t++) {
        if (isTitle(tokens.get(t)) || isHonorific(tokens.get(t))) {
          nameFirst = t + 1;
        }
      }
      if (nameFirst > last || last - nameFirst + 1 > LONGEST_NAME) {
        continue;
      }
      int descriptorFirst = first;
      int descriptorLast = nameFirst - 1;
      while (descriptorLast >= descriptorFirst && isHonorific(tokens.get(descriptorLast))) {
        descriptorLast--;
      }
      if (descriptorLast < descriptorFirst) {
        descriptorFirst = first;
        descriptorLast = first - 1;
      }
      // Premodifiers: adjectives and nouns right before the name or its titles.
      int before = first - 1;
      int premodifiers = 0;
      while (before >= 0
          && premodifiers < LONGEST_PREMODIFIER
          && !tokens.get(before).breakAfter()
          && !tokens.get(before).possessive()
          && premodifier(tokens, tags, before)) {
        before--;
        premodifiers++;
      }
      if (premodifiers > 0) {
        descriptorFirst = before + 1;
        if (descriptorLast < first) {
          descriptorLast = first - 1;
        }
      }
      String descriptor = text(tokens, descriptorFirst, descriptorLast);
      if (premodifiers > 0 && descriptorFirst == 0 && !"PROPN".equals(tags[0])) {
        // "Fiery radio host Dana Orlov": the capital is the sentence's.
        descriptor = descriptor.substring(0, 1).toLowerCase(Locale.ROOT) + descriptor.substring(1);
      }
      if (descriptor.isEmpty()) {
        int[] apposition = apposition(tokens, tags, first, last);
        if (apposition != null) {
          descriptorFirst = apposition[0];
          descriptorLast = apposition[1];
          descriptor = text(tokens, descriptorFirst, descriptorLast);
        }
      }
      names.add(
          new Name(
              text(tokens, nameFirst, last),
              descriptor,
              nameFirst,
              last,
              descriptorFirst,
              descriptorLast));
    }
    return names;
  }

  private static boolean premodifier(List<Token> tokens, String[] tags, int index) {
    Token token = tokens.get(index);
    String tag = tags[index];
    if (token.capitalised() && index > 0) {
      return false;
    }
    if (tag.equals("ADJ") || tag.equals("NOUN")) {
      return true;
    }
    // An adverb before an adjective: "famously frosty".
    return tag.equals("ADV")
        && index + 1 < tags.length
        && tags[index + 1].equals("ADJ")
        && !tokens.get(index).breakAfter();
  }

  /**
   * An apposition after the name ("Name, a professor at X,") or before it ("the House majority
   * leader, Name,"): a noun phrase set off by commas, without a verb; null when there is none.
   */
  private static int[] apposition(List<Token> tokens, String[] tags, int first, int last) {
    Token end = tokens.get(last);
    if (end.breakAfter() && !end.possessive() && last + 1 < tokens.size()) {
      int start = last + 1;
      boolean article = ARTICLES.contains(tokens.get(start).lower());
      // Without an article, a short phrase of two words or more: "chairman of the committee".
      int longest = article ? LONGEST_APPOSITION : LONGEST_BARE_APPOSITION;
      if (article || nominal(tags[start])) {
        for (int t = start; t < tokens.size() && t - start < longest; t++) {
          if (verbal(tags[t])) {
            break;
          }
          if (tokens.get(t).breakAfter() || t == tokens.size() - 1) {
            int from = article ? start + 1 : start;
            boolean enough = article ? from <= t : t > from;
            return enough && nominalSomewhere(tags, from, t) ? new int[] {from, t} : null;
          }
        }
      }
    }
    if (first >= 2 && tokens.get(first - 1).breakAfter() && end.breakAfter()) {
      for (int t = first - 1; t >= 0 && first - 1 - t < LONGEST_APPOSITION; t--) {
        if (t < first - 1 && tokens.get(t).breakAfter()) {
          break;
        }
        if (verbal(tags[t])) {
          break;
        }
        if (ARTICLES.contains(tokens.get(t).lower())) {
          return t + 1 <= first - 1 && nominalSomewhere(tags, t + 1, first - 1)
              ? new int[] {t + 1, first - 1}
              : null;
        }
      }
    }
    return null;
  }

  private static boolean nominal(String tag) {
    return tag.equals("ADJ") || tag.equals("NOUN");
  }

  private static boolean nominalSomewhere(String[] tags, int from, int to) {
    for (int t = from; t <= to; t++) {
      if (tags[t].equals("NOUN")) {
        return true;
      }
    }
    return false;
  }

  private static boolean verbal(String tag) {
    return tag.equals("VERB") || tag.equals("AUX") || tag.equals("PRON") || tag.equals("SCONJ");
  }

  private static boolean isTitle(Token token) {
    return TITLES.contains(bare(token));
  }

  private static boolean isHonorific(Token token) {
    return HONORIFICS.contains(bare(token));
  }

  private static String bare(Token token) {
    String lower = token.lower();
    return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
  }

  /**
   * A headline in title case, where capitals mark no names: four words or more, and none written in
   * lower case but short function words ("of", "in", "the").
   */
  private static boolean titleCase(List<Token> tokens) {
    if (tokens.size() < 4) {
      return false;
    }
    for (Token token : tokens) {
      if (!token.capitalised() && token.form().length() > 3) {
        return false;
      }
    }
    return true;
  }

  /** The tokens' forms, as a tagger takes them. */
  public static String[] forms(List<Token> tokens) {
    String[] forms = new String[tokens.size()];
    for (int i = 0; i < forms.length; i++) {
      forms[i] = tokens.get(i).form();
    }
    return forms;
  }

  /** The words from {@code first} to {@code last} (inclusive) joined by spaces; "" when none. */
  public static String text(List<Token> tokens, int first, int last) {
    StringBuilder text = new StringBuilder();
    for (int t = first; t <= last; t++) {
      if (text.length() > 0) {
        text.append(' ');
      }
      text.append(tokens.get(t).form());
    }
    return text.toString();
  }
}
