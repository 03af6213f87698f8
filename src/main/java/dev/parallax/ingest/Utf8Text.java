package dev.parallax.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes bytes as UTF-8 without ever failing: invalid sequences become U+FFFD and the result says
 * so, so the caller can count the repair or reject text that is mostly garbage.
 */
public record Utf8Text(String text, int replacements) {

  /** Share of replaced or control characters above which text is treated as binary. */
  public static final double BINARY_SHARE = 0.05;

  /** A few bad bytes in a short record are repaired, not taken for binary data. */
  public static final int MIN_SUSPICIOUS = 8;

  public static Utf8Text decode(byte[] bytes, int offset, int length) {
    CharsetDecoder strict =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      CharBuffer decoded = strict.decode(ByteBuffer.wrap(bytes, offset, length));
      return new Utf8Text(stripByteOrderMark(decoded.toString()), 0);
    } catch (CharacterCodingException e) {
      String lenient = new String(bytes, offset, length, StandardCharsets.UTF_8);
      int replaced = 0;
      for (int i = 0; i < lenient.length(); i++) {
        if (lenient.charAt(i) == '\uFFFD') {
          replaced++;
        }
      }
      return new Utf8Text(stripByteOrderMark(lenient), replaced);
    }
  }

  public static Utf8Text decode(byte[] bytes) {
    return decode(bytes, 0, bytes.length);
  }

  private static String stripByteOrderMark(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  public boolean repaired() {
    return replacements > 0;
  }

  /**
   * Whether the text looks like binary data: NUL bytes, or more replacement and control characters
   * than {@link #MIN_SUSPICIOUS} and {@link #BINARY_SHARE} of the text.
   */
  public boolean looksBinary() {
    if (text.isEmpty()) {
      return false;
    }
    int suspicious = replacements;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == 0) {
        return true;
      }
      if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
        suspicious++;
      }
    }
    return suspicious > Math.max(MIN_SUSPICIOUS, BINARY_SHARE * text.length());
  }
}
