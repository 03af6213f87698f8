package dev.parallax.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class WordCharsTest {

  @Test
  void answersAsTheRegularExpressionClassForEveryCodePoint() {
    Pattern letterOrNumber = Pattern.compile("[\\p{L}\\p{N}]");
    int differing = 0;
    for (int codePoint = 0; codePoint <= Character.MAX_CODE_POINT; codePoint++) {
      boolean expected = letterOrNumber.matcher(Character.toString(codePoint)).matches();
      if (WordChars.isLetterOrNumber(codePoint) != expected) {
        differing++;
      }
    }
    assertThat(differing).isZero();
    assertThat(WordChars.isLetterOrNumber('a')).isTrue();
    assertThat(WordChars.isLetterOrNumber('7')).isTrue();
    assertThat(WordChars.isLetterOrNumber('Ⅻ')).isTrue();
    assertThat(WordChars.isLetterOrNumber('-')).isFalse();
    assertThat(WordChars.isLetterOrNumber('\u00A0')).isFalse();
  }
}
