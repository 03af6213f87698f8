package dev.parallax.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.text.StringEscapeUtils;

/**
 * Turns raw article text (plain, HTML, or Markdown) into clean paragraphs: block-level HTML tags
 * and blank lines separate paragraphs, other tags go, entities are decoded, Markdown links keep
 * their text ({@code [x](y)} becomes {@code x}), emphasis and heading marks go, and whitespace is
 * collapsed. A text with no blank line at all is split on single line breaks instead.
 */
public final class TextCleaner {
  private static final Pattern SCRIPT_OR_STYLE =
      Pattern.compile("(?is)<(script|style|noscript)\\b.*?</\\1\\s*>");
  private static final Pattern BLOCK_TAG =
      Pattern.compile(
          "(?i)</?(p|div|br|h[1-6]|li|ul|ol|tr|table|blockquote|section|article|header|footer"
              + "|figure|figcaption|hr)\\b[^>]*>");
  private static final Pattern ANY_TAG = Pattern.compile("</?[a-zA-Z][^<>]*>|<!--.*?-->");
  private static final Pattern HAS_TAG =
      Pattern.compile("(?i)</?(p|div|br|span|a|b|i|em|strong|h[1-6]|li|ul|html|body)\\b[^>]*>");
  private static final Pattern MARKDOWN_IMAGE = Pattern.compile("!\\[([^\\]]*)]\\([^)]*\\)");
  private static final Pattern MARKDOWN_LINK = Pattern.compile("\\[([^\\]]*)]\\([^)]*\\)");
  private static final Pattern MARKDOWN_REFERENCE_LINK =
      Pattern.compile("\\[([^\\]]+)]\\[[^\\]]*]");
  private static final Pattern MARKDOWN_ESCAPE =
      Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!])");
  private static final Pattern STRONG = Pattern.compile("(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1");
  private static final Pattern EMPHASIS =
      Pattern.compile("(?<![\\w*])([*_])(?=\\S)(.+?)(?<=\\S)\\1(?![\\w*])");
  private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+");
  private static final Pattern BLOCKQUOTE = Pattern.compile("^>\\s?");
  private static final Pattern INVISIBLE = Pattern.compile("[\\u200B-\\u200D\\u2060\\uFEFF]");
  private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t\\u00A0]*\\n");

  /** Start of a private-use block that stands in for escaped ASCII characters while cleaning. */
  private static final char ESCAPE_BASE = '\uE000';

  private TextCleaner() {}

  /** Clean paragraphs of {@code raw}, in order, none empty. */
  public static List<String> paragraphs(String raw) {
    if (raw == null || raw.isBlank()) {
      return List.of();
    }
    String text = raw.replace("\r\n", "\n").replace('\r', '\n');
    if (text.indexOf('<') >= 0 && HAS_TAG.matcher(text).find()) {
      text = SCRIPT_OR_STYLE.matcher(text).replaceAll(" ");
      text = BLOCK_TAG.matcher(text).replaceAll("\n\n");
      text = ANY_TAG.matcher(text).replaceAll("");
    }
    if (text.indexOf('&') >= 0) {
      text = StringEscapeUtils.unescapeHtml4(text);
    }
    if (holdsInvisible(text)) {
      text = INVISIBLE.matcher(text).replaceAll("");
    }
    String[] blocks = BLANK_LINE.matcher(text).find() ? BLANK_LINE.split(text) : text.split("\\n");
    List<String> paragraphs = new ArrayList<>();
    for (String block : blocks) {
      String cleaned = cleanBlock(block);
      if (!cleaned.isEmpty()) {
        paragraphs.add(cleaned);
      }
    }
    return List.copyOf(paragraphs);
  }

  /** One line of inline Markdown or text, cleaned the same way (for titles). */
  public static String inline(String raw) {
    if (raw == null) {
      return "";
    }
    return cleanBlock(StringEscapeUtils.unescapeHtml4(ANY_TAG.matcher(raw).replaceAll("")));
  }

  private static String cleanBlock(String block) {
    StringBuilder joined = new StringBuilder();
    for (String line : block.split("\\n")) {
      String stripped = line.strip();
      if (stripped.startsWith("#")) {
        stripped = HEADING.matcher(stripped).replaceFirst("");
      }
      if (stripped.startsWith(">")) {
        stripped = BLOCKQUOTE.matcher(stripped).replaceFirst("");
      }
      joined.append(stripped).append(' ');
    }
    String text = joined.toString();
    // Each rule runs only when the text holds the characters its pattern cannot match without
    // (most news paragraphs hold no Markdown at all).
    if (text.indexOf('[') >= 0) {
      text = MARKDOWN_IMAGE.matcher(text).replaceAll("");
      text = MARKDOWN_LINK.matcher(text).replaceAll("$1");
      text = MARKDOWN_REFERENCE_LINK.matcher(text).replaceAll("$1");
    }
    if (mayHoldEmphasisOrEscapes(text)) {
      text = protectEscapes(text);
      text = STRONG.matcher(text).replaceAll("$2");
      text = EMPHASIS.matcher(text).replaceAll("$2");
      text = restoreEscapes(text);
    }
    text = collapseSpaces(text).strip();
    return isOnlyPunctuation(text) ? "" : text;
  }

  /** Whether {@code text} holds a character {@link #INVISIBLE} removes. */
  private static boolean holdsInvisible(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c >= '\u200B' && c <= '\u200D') || c == '\u2060' || c == '\uFEFF') {
        return true;
      }
    }
    return false;
  }

  /**
   * Each run of whitespace (ASCII whitespace, regex {@code \\s}, and the no-break space) as one
   * space, without a regular expression (one ran on every paragraph): the text itself when nothing
   * changes.
   */
  static String collapseSpaces(String text) {
    int length = text.length();
    int start = 0;
    while (start < length) {
      char c = text.charAt(start);
      if (isSpace(c) && (c != ' ' || (start + 1 < length && isSpace(text.charAt(start + 1))))) {
        break;
      }
      start++;
    }
    if (start == length) {
      return text;
    }
    StringBuilder out = new StringBuilder(length);
    out.append(text, 0, start);
    boolean inSpace = false;
    for (int i = start; i < length; i++) {
      char c = text.charAt(i);
      if (!isSpace(c)) {
        out.append(c);
        inSpace = false;
      } else if (!inSpace) {
        out.append(' ');
        inSpace = true;
      }
    }
    return out.toString();
  }

  private static boolean isSpace(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r') || c == '\u00A0';
  }

  /**
   * Whether the emphasis and escape rules can change {@code text}: it holds a star, an underscore,
   * a backslash, or a character of the block that stands in for escapes.
   */
  private static boolean mayHoldEmphasisOrEscapes(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '*' || c == '_' || c == '\\' || (c >= ESCAPE_BASE && c < ESCAPE_BASE + 128)) {
        return true;
      }
    }
    return false;
  }

  /** Escaped characters ({@code \\*}) are literal: hide them from the emphasis rules. */
  private static String protectEscapes(String text) {
    Matcher matcher = MARKDOWN_ESCAPE.matcher(text);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      matcher.appendReplacement(out, Character.toString(ESCAPE_BASE + matcher.group(1).charAt(0)));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  private static String restoreEscapes(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      out.append(c >= ESCAPE_BASE && c < ESCAPE_BASE + 128 ? (char) (c - ESCAPE_BASE) : c);
    }
    return out.toString();
  }

  private static boolean isOnlyPunctuation(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
