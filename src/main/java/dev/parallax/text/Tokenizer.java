package dev.parallax.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * The one word tokenizer of Parallax: the word boundaries of Unicode's text segmentation (UAX #29,
 * Lucene's {@code StandardTokenizer}): "U.S." is one word ("U.S"), as are "Keld's" and "4.25"; a
 * compound is its parts ("so-called" is "so" and "called", so that it still matches "called");
 * punctuation is no token. Thread-safe: Lucene keeps one stream per thread.
 */
public final class Tokenizer {
  private static final Analyzer WORDS =
      new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
          return new TokenStreamComponents(new StandardTokenizer());
        }
      };

  /** Receives each token's offsets into the text. */
  @FunctionalInterface
  public interface Sink {
    void token(int start, int end);
  }

  private Tokenizer() {}

  /**
   * Calls {@code sink} with the offsets of each token of {@code text}, shifted by {@code offset}.
   */
  public static void tokens(String text, int offset, Sink sink) {
    try (TokenStream stream = WORDS.tokenStream("text", text)) {
      OffsetAttribute offsets = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        sink.token(offset + offsets.startOffset(), offset + offsets.endOffset());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot tokenise text", e);
    }
  }

  /**
   * How many words {@code text[start, end)} holds, counted fast (no token stream): runs of letters
   * and digits, joined by an apostrophe, a hyphen or a dot between two of them. The same as the
   * number of {@link #tokens} but for a hyphenated compound, which counts once here.
   */
  public static int countWords(String text, int start, int end) {
    int count = 0;
    boolean inWord = false;
    for (int i = Math.max(0, start); i < Math.min(end, text.length()); i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        if (!inWord) {
          count++;
          inWord = true;
        }
      } else if (inWord
          && (c == '\'' || c == '\u2019' || c == '-' || c == '.')
          && i + 1 < end
          && Character.isLetterOrDigit(text.charAt(i + 1))) {
        continue;
      } else {
        inWord = false;
      }
    }
    return count;
  }

  /**
   * The form of {@code text[start, end)}: lower case code point by code point, the typographic
   * apostrophe (’) written ' — the same length as the text it stands for.
   */
  public static String form(String text, int start, int end) {
    StringBuilder form = null;
    for (int i = start; i < end; ) {
      int codePoint = text.codePointAt(i);
      int lower = codePoint == '\u2019' ? '\'' : Character.toLowerCase(codePoint);
      if (lower != codePoint && form == null) {
        form = new StringBuilder(end - start).append(text, start, i);
      }
      if (form != null) {
        form.appendCodePoint(lower);
      }
      i += Character.charCount(codePoint);
    }
    return form == null ? text.substring(start, end) : form.toString();
  }
}
