package dev.parallax.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sentences that are page furniture rather than reporting: the signature line of an embedded
 * social-media post ("— Name (@handle) September 23, 2018", "pic.twitter.com/..."), photo credits
 * and captions, bylines, "Related:" and other navigation lines, time-stamp lines ("Updated at 7:16
 * a.m."), copyright lines. No claim or denial is taken from them.
 */
public final class PageDebris {
  private static final String MONTH =
      "(?:January|February|March|April|May|June|July|August|September|October|November|December"
          + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?";

  /** The signature of an embedded post, and links: removed before counting what is left. */
  private static final Pattern EMBED =
      Pattern.compile(
          "[—–-]{1,2}\\s*[^()\\n]{0,80}\\(@\\w{1,30}\\)\\s*(?:on\\s+)?"
              + MONTH
              + "\\s+\\d{1,2},?\\s+\\d{4}"
              + "|pic\\.twitter\\.com/\\S+|https?://\\S+|\\bwww\\.\\S+|@\\w{1,30}");

  private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’.-]*");

  /**
   * Credits, captions and copyright notices wherever they stand in the sentence: plain text, looked
   * for with {@code String.contains} (a regular expression's alternation tried every branch at
   * every position of every sentence: 7% of the claims stage's CPU samples).
   */
  private static final String[] FURNITURE_ANYWHERE = {
    "Getty Images",
    "AP Photo",
    "toggle caption",
    "Image copyright",
    "Image caption",
    "Photo/Video:",
    "All rights reserved"
  };

  /** A credit to the Associated Press closing the sentence. */
  private static final Pattern AP_CREDIT = Pattern.compile("\\(AP\\)\\s*$");

  /** Navigation and copyright lines: how the sentence starts (matched with lookingAt). */
  private static final Pattern FURNITURE_START =
      Pattern.compile(
          "\\(?(?:©|Copyright\\b|\\(c\\)\\s*\\d{4})"
              + "|(?:Related|RELATED|Read more|READ MORE|Read More|More|MORE|Watch|WATCH|Listen"
              + "|LISTEN|Photos?|PHOTOS?|Image|IMAGE|Credit|CREDIT|Photograph|Video|VIDEO)\\s*:"
              + "|(?:Related (?:Video|Stories|Articles|Coverage|Content)|Click here|Sign up"
              + "|Subscribe to|Follow us|Enlarge this image)\\b");

  /** A line that is only a time stamp ("Updated at 7:16 a.m.", "UPDATE: 9 p.m."). */
  private static final Pattern TIME_STAMP =
      Pattern.compile(
          "^(?:UPDATE[SD]?|Update[sd]?|Posted|Last updated|Published)\\s*(?:at|on)?\\s*:?\\s*"
              + "(?:"
              + MONTH
              + "\\s+\\d{1,2},?\\s*(?:\\d{4})?,?\\s*)?"
              + "(?:\\d{1,2}(?::\\d\\d)?\\s*(?:a\\.m\\.|p\\.m\\.|am|pm|AM|PM)?\\s*"
              + "(?:ET|EST|EDT|PT|PST|PDT|CT|GMT|BST|UTC)?)?\\.?\\s*$");

  /** "By Jane Doe" or "By Jane Doe and John Roe, Reuters" alone. */
  private static final Pattern BYLINE =
      Pattern.compile(
          "^By\\s+\\p{Lu}[\\p{L}.'’-]*(?:\\s+(?:and\\s+)?\\p{Lu}[\\p{L}.'’-]*){0,5},?"
              + "(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3}\\.?\\s*$");

  /** Fewer words than this once embeds and links are removed: a post's signature, not a claim. */
  static final int MIN_WORDS = 4;

  private PageDebris() {}

  public static boolean isDebris(String sentence) {
    String text = sentence.strip();
    if (isFurniture(text) || TIME_STAMP.matcher(text).matches() || BYLINE.matcher(text).matches()) {
      return true;
    }
    // Every embed alternative holds one of these: no regular expression for most sentences.
    if (text.indexOf('@') < 0
        && !text.contains("http")
        && !text.contains("www.")
        && !text.contains("pic.twitter.com/")) {
      return false;
    }
    Matcher embed = EMBED.matcher(text);
    if (!embed.find()) {
      return false;
    }
    String left = EMBED.matcher(text).replaceAll(" ");
    Matcher words = WORD.matcher(left);
    int count = 0;
    while (words.find() && count < MIN_WORDS) {
      count++;
    }
    return count < MIN_WORDS;
  }

  private static boolean isFurniture(String text) {
    for (String credit : FURNITURE_ANYWHERE) {
      if (text.contains(credit)) {
        return true;
      }
    }
    return text.contains("(AP)") && AP_CREDIT.matcher(text).find()
        || FURNITURE_START.matcher(text).lookingAt();
  }
}
