package dev.parallax.text;

import dev.parallax.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sentences of a raw document that did not come through ingest (an evaluation corpus's text, a
 * stance body), with offsets into that text: paragraphs as ingest finds them (blank lines, or
 * single line breaks in a text without a blank line), and no sentence across a line break — each
 * line split by {@link SentenceSplitter}.
 */
public final class RawText {
  private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t\\u00A0]*\\n");
  private static final Pattern LINE_BREAK = Pattern.compile("\\n");

  private RawText() {}

  /** One sentence: its paragraph (0-based) and its span in the text. */
  public record Sentence(int paragraph, Span span) {}

  public static List<Sentence> sentences(String text) {
    Pattern separator = BLANK_LINE.matcher(text).find() ? BLANK_LINE : LINE_BREAK;
    List<Sentence> sentences = new ArrayList<>();
    int paragraph = 0;
    for (Span part : parts(text, 0, text.length(), separator)) {
      if (text.substring(part.start(), part.end()).isBlank()) {
        continue;
      }
      for (Span line : parts(text, part.start(), part.end(), LINE_BREAK)) {
        String words = text.substring(line.start(), line.end());
        if (!words.isBlank()) {
          for (Span span : SentenceSplitter.sentences(words)) {
            sentences.add(new Sentence(paragraph, span.shift(line.start())));
          }
        }
      }
      paragraph++;
    }
    return sentences;
  }

  /** The spans of {@code text[start, end)} between matches of {@code separator}. */
  private static List<Span> parts(String text, int start, int end, Pattern separator) {
    List<Span> parts = new ArrayList<>();
    Matcher matcher = separator.matcher(text).region(start, end);
    int from = start;
    while (matcher.find()) {
      parts.add(new Span(from, matcher.start()));
      from = matcher.end();
    }
    parts.add(new Span(from, end));
    return parts;
  }
}
