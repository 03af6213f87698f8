package dev.parallax.text;

import java.io.Serializable;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * BERT's uncased WordPiece tokenizer (Devlin et al. 2019; Wu et al. 2016), as the all-MiniLM-L6-v2
 * sentence model was trained with it: text cleaned of control characters, lower case, accents
 * stripped, split on whitespace and punctuation (each CJK character a word of its own), then each
 * word cut greedily into the longest pieces of the vocabulary, later pieces marked {@code ##}; a
 * word of more than 100 characters, or one that cannot be cut, is {@code [UNK]}.
 */
public final class WordPiece implements Serializable {
  private static final int MAX_WORD_CHARS = 100;

  private final Map<String, Integer> vocabulary;
  private final String[] pieceOfId;
  private final int unknown;

  /**
   * @param vocabulary piece to id, including {@code [UNK]}
   */
  public WordPiece(Map<String, Integer> vocabulary) {
    this.vocabulary = Map.copyOf(vocabulary);
    Integer unk = vocabulary.get("[UNK]");
    if (unk == null) {
      throw new IllegalArgumentException("the vocabulary has no [UNK] piece");
    }
    this.unknown = unk;
    int size = 0;
    for (int id : vocabulary.values()) {
      size = Math.max(size, id + 1);
    }
    pieceOfId = new String[size];
    vocabulary.forEach((piece, id) -> pieceOfId[id] = piece);
  }

  /** The piece with this id ("" for an id no piece has). */
  public String piece(int id) {
    String piece = pieceOfId[id];
    return piece == null ? "" : piece;
  }

  /** One more than the largest id. */
  public int size() {
    return pieceOfId.length;
  }

  /** The id of a piece, or -1. */
  public int id(String piece) {
    return vocabulary.getOrDefault(piece, -1);
  }

  /** The piece ids of a text (no [CLS] or [SEP]). */
  public List<Integer> ids(String text) {
    List<Integer> ids = new ArrayList<>();
    for (String word : basicWords(text)) {
      pieces(word, ids);
    }
    return ids;
  }

  /** BERT's basic tokenization: cleaned, lower case, accents stripped, punctuation apart. */
  static List<String> basicWords(String text) {
    String lower =
        Normalizer.normalize(text.toLowerCase(java.util.Locale.ROOT), Normalizer.Form.NFD);
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < lower.length(); ) {
      int c = lower.codePointAt(i);
      i += Character.charCount(c);
      if (c == 0 || c == 0xFFFD || isControl(c)) {
        continue;
      }
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      if (isWhitespace(c)) {
        flush(word, words);
      } else if (isPunctuation(c) || isCjk(c)) {
        flush(word, words);
        words.add(new String(Character.toChars(c)));
      } else {
        word.appendCodePoint(c);
      }
    }
    flush(word, words);
    return words;
  }

  private void pieces(String word, List<Integer> ids) {
    if (word.codePointCount(0, word.length()) > MAX_WORD_CHARS) {
      ids.add(unknown);
      return;
    }
    List<Integer> found = new ArrayList<>();
    int start = 0;
    while (start < word.length()) {
      int end = word.length();
      int match = -1;
      while (end > start) {
        String piece = start == 0 ? word.substring(start, end) : "##" + word.substring(start, end);
        Integer id = vocabulary.get(piece);
        if (id != null) {
          match = id;
          break;
        }
        end = word.offsetByCodePoints(end, -1);
      }
      if (match < 0) {
        ids.add(unknown);
        return;
      }
      found.add(match);
      start = end;
    }
    ids.addAll(found);
  }

  private static void flush(StringBuilder word, List<String> words) {
    if (word.length() > 0) {
      words.add(word.toString());
      word.setLength(0);
    }
  }

  private static boolean isWhitespace(int c) {
    return c == ' '
        || c == '\t'
        || c == '\n'
        || c == '\r'
        || Character.getType(c) == Character.SPACE_SEPARATOR;
  }

  private static boolean isControl(int c) {
    if (c == '\t' || c == '\n' || c == '\r') {
      return false;
    }
    int type = Character.getType(c);
    return type == Character.CONTROL || type == Character.FORMAT;
  }

  /** ASCII symbols count as punctuation, as in BERT, besides Unicode's P categories. */
  private static boolean isPunctuation(int c) {
    if ((c >= 33 && c <= 47)
        || (c >= 58 && c <= 64)
        || (c >= 91 && c <= 96)
        || (c >= 123 && c <= 126)) {
      return true;
    }
    int type = Character.getType(c);
    return type == Character.CONNECTOR_PUNCTUATION
        || type == Character.DASH_PUNCTUATION
        || type == Character.START_PUNCTUATION
        || type == Character.END_PUNCTUATION
        || type == Character.INITIAL_QUOTE_PUNCTUATION
        || type == Character.FINAL_QUOTE_PUNCTUATION
        || type == Character.OTHER_PUNCTUATION;
  }

  private static boolean isCjk(int c) {
    return (c >= 0x4E00 && c <= 0x9FFF)
        || (c >= 0x3400 && c <= 0x4DBF)
        || (c >= 0x20000 && c <= 0x2A6DF)
        || (c >= 0x2A700 && c <= 0x2B73F)
        || (c >= 0x2B740 && c <= 0x2B81F)
        || (c >= 0x2B820 && c <= 0x2CEAF)
        || (c >= 0xF900 && c <= 0xFAFF)
        || (c >= 0x2F800 && c <= 0x2FA1F);
  }
}
