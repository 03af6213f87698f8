package dev.parallax.text;

/**
 * What regular expressions call {@code [\p{L}\p{N}]}: a code point that is a letter or a number in
 * Unicode's categories, answered for ASCII without looking the category up (most news text is
 * ASCII, and the lookup was the largest single cost of the copy fingerprints).
 */
public final class WordChars {
  private WordChars() {}

  /** Whether {@code codePoint} is a letter (L*) or a number (Nd, Nl, No). */
  public static boolean isLetterOrNumber(int codePoint) {
    if (codePoint < 128) {
      return (codePoint >= 'a' && codePoint <= 'z')
          || (codePoint >= 'A' && codePoint <= 'Z')
          || (codePoint >= '0' && codePoint <= '9');
    }
    int type = Character.getType(codePoint);
    return type == Character.UPPERCASE_LETTER
        || type == Character.LOWERCASE_LETTER
        || type == Character.TITLECASE_LETTER
        || type == Character.MODIFIER_LETTER
        || type == Character.OTHER_LETTER
        || type == Character.DECIMAL_DIGIT_NUMBER
        || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }
}
