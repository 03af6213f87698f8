package dev.parallax.model;

import java.io.Serializable;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * An accepted article analysed once for every analysis: its sentences (headline, lead, body; with
 * paragraph, dateline and quotation state), its tokens (offsets, lower-case form, stem, lemma,
 * stopword, number), its names and numbers, and, once events are found, its event. Everything is
 * offsets into {@link #text()} and numbers into a per-article vocabulary, in primitive arrays: no
 * object per token.
 *
 * <p>The text is the headline, a blank line, and the body's paragraphs separated by blank lines
 * (the body alone when there is no headline). Stems and lemmas belong to the distinct forms, not to
 * each token: {@link #stem(int)} of token {@code t} is the stem of its form.
 */
public final class AnalysedArticle implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Form flag: the form is a stopword. */
  public static final byte STOPWORD = 1;

  /** Form flag: the form is a number (it starts with a digit). */
  public static final byte NUMBER = 2;

  private final Article article;
  private final String eventId;
  private final int[] sentenceStart;
  private final int[] sentenceEnd;
  private final int[] sentenceContentStart;
  private final int[] sentenceParagraph;
  private final int[] sentenceFirstToken;
  private final boolean[] sentenceQuoteOpen;
  private final int[] tokenStart;
  private final int[] tokenForm;
  private final String[] forms;
  private final String[] stems;
  private final String[] lemmas;
  private final byte[] formFlags;
  private final int[] mentionStart;
  private final String[] mentions;
  private transient String text;

  /**
   * The arrays are taken as they are (not copied): the analyser that fills them hands them over.
   * Sentences are in text order, each with its first token; tokens are in text order.
   */
  public AnalysedArticle(
      Article article,
      String eventId,
      int[] sentenceStart,
      int[] sentenceEnd,
      int[] sentenceContentStart,
      int[] sentenceParagraph,
      int[] sentenceFirstToken,
      boolean[] sentenceQuoteOpen,
      int[] tokenStart,
      int[] tokenForm,
      String[] forms,
      String[] stems,
      String[] lemmas,
      byte[] formFlags,
      int[] mentionStart,
      String[] mentions) {
    this.article = Objects.requireNonNull(article, "article");
    this.eventId = eventId;
    this.sentenceStart = sentenceStart;
    this.sentenceEnd = sentenceEnd;
    this.sentenceContentStart = sentenceContentStart;
    this.sentenceParagraph = sentenceParagraph;
    this.sentenceFirstToken = sentenceFirstToken;
    this.sentenceQuoteOpen = sentenceQuoteOpen;
    this.tokenStart = tokenStart;
    this.tokenForm = tokenForm;
    this.forms = forms;
    this.stems = stems;
    this.lemmas = lemmas;
    this.formFlags = formFlags;
    this.mentionStart = mentionStart;
    this.mentions = mentions;
    if (mentionStart.length != mentions.length) {
      throw new IllegalArgumentException("mention arrays differ in length");
    }
    int sentences = sentenceStart.length;
    if (sentenceEnd.length != sentences
        || sentenceContentStart.length != sentences
        || sentenceParagraph.length != sentences
        || sentenceFirstToken.length != sentences
        || sentenceQuoteOpen.length != sentences) {
      throw new IllegalArgumentException("sentence arrays differ in length");
    }
    if (tokenForm.length != tokenStart.length) {
      throw new IllegalArgumentException("token arrays differ in length");
    }
    if (stems.length != forms.length
        || lemmas.length != forms.length
        || formFlags.length != forms.length) {
      throw new IllegalArgumentException("vocabulary arrays differ in length");
    }
  }

  /** The same analysis, placed in an event. */
  public AnalysedArticle withEventId(String newEventId) {
    return new AnalysedArticle(
        article,
        newEventId,
        sentenceStart,
        sentenceEnd,
        sentenceContentStart,
        sentenceParagraph,
        sentenceFirstToken,
        sentenceQuoteOpen,
        tokenStart,
        tokenForm,
        forms,
        stems,
        lemmas,
        formFlags,
        mentionStart,
        mentions);
  }

  /** The text the offsets point into: headline, blank line, paragraphs joined by blank lines. */
  public static String textOf(Article article) {
    String body = article.text();
    return article.title().isEmpty() ? body : article.title() + "\n\n" + body;
  }

  public Article article() {
    return article;
  }

  public String id() {
    return article.id();
  }

  public String outlet() {
    return article.outlet();
  }

  public String language() {
    return article.language();
  }

  /** The event the article belongs to, or null before events are found. */
  public String eventId() {
    return eventId;
  }

  public String text() {
    String result = text;
    if (result == null) {
      result = textOf(article);
      text = result;
    }
    return result;
  }

  /** Where body paragraph {@code paragraph} starts in the text. */
  public int paragraphStart(int paragraph) {
    int offset = article.title().isEmpty() ? 0 : article.title().length() + 2;
    List<String> paragraphs = article.paragraphs();
    for (int p = 0; p < paragraph; p++) {
      offset += paragraphs.get(p).length() + 2;
    }
    return offset;
  }

  public int sentenceCount() {
    return sentenceStart.length;
  }

  public Sentence sentence(int position) {
    int bodyIndex =
        article.title().isEmpty() || sentenceParagraph[0] >= 0 ? position : position - 1;
    return new Sentence(
        position,
        sentenceParagraph[position] < 0 ? -1 : bodyIndex,
        sentenceParagraph[position],
        sentenceStart[position],
        sentenceEnd[position],
        sentenceContentStart[position],
        sentenceQuoteOpen[position],
        sentenceFirstToken[position],
        position + 1 < sentenceFirstToken.length
            ? sentenceFirstToken[position + 1]
            : tokenStart.length);
  }

  /** Every sentence, headline first. */
  public List<Sentence> sentences() {
    return new AbstractList<>() {
      @Override
      public Sentence get(int index) {
        return sentence(index);
      }

      @Override
      public int size() {
        return sentenceStart.length;
      }
    };
  }

  public int tokenCount() {
    return tokenStart.length;
  }

  public int tokenStart(int token) {
    return tokenStart[token];
  }

  public int tokenEnd(int token) {
    return tokenStart[token] + forms[tokenForm[token]].length();
  }

  /** The token in lower case, as written otherwise (apostrophes kept). */
  public String form(int token) {
    return forms[tokenForm[token]];
  }

  /** The number of the token's form in this article's vocabulary. */
  public int formNumber(int token) {
    return tokenForm[token];
  }

  /** Porter stem of the form, possessive removed (what events and claim terms compare). */
  public String stem(int token) {
    return stems[tokenForm[token]];
  }

  /** The form's lemma: possessive removed, plural made singular. */
  public String lemma(int token) {
    return lemmas[tokenForm[token]];
  }

  public boolean isStopword(int token) {
    return (formFlags[tokenForm[token]] & STOPWORD) != 0;
  }

  public boolean isNumber(int token) {
    return (formFlags[tokenForm[token]] & NUMBER) != 0;
  }

  /**
   * The names and numbers ({@code "#4.25"}) that start in {@code text[start, end)}, in order of
   * their offsets, lower-cased: capitalised phrases found paragraph by paragraph (see {@code
   * text.Mentions}), so a sentence's first word counts as a name when its paragraph names it
   * elsewhere.
   */
  public List<String> mentions(int start, int end) {
    int from = firstMentionAt(start);
    int to = firstMentionAt(end);
    return List.of(Arrays.copyOfRange(mentions, from, to));
  }

  /** The mentions of a sentence's own words (after any dateline). */
  public List<String> mentions(Sentence sentence) {
    return mentions(sentence.contentStart(), sentence.end());
  }

  /**
   * The stems of the words (stopwords left out) that start in {@code text[start, end)}: the content
   * terms claims and denials compare.
   */
  public List<String> terms(int start, int end) {
    java.util.ArrayList<String> terms = new java.util.ArrayList<>();
    for (int token = firstTokenAt(start); token < tokenStart.length; token++) {
      if (tokenStart[token] >= end) {
        break;
      }
      if (!isStopword(token)) {
        terms.add(stem(token));
      }
    }
    return terms;
  }

  /** The first token starting at or after {@code offset}. */
  public int firstTokenAt(int offset) {
    int low = 0;
    int high = tokenStart.length;
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (tokenStart[middle] < offset) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low;
  }

  private int firstMentionAt(int offset) {
    int low = 0;
    int high = mentionStart.length;
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (mentionStart[middle] < offset) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low;
  }

  /** Distinct forms of the article. */
  public int vocabularySize() {
    return forms.length;
  }

  /**
   * Serialized compactly ({@link Compact}): offsets as variable-length deltas, a stem or lemma
   * equal to its form written as one byte. On the 37,554 ABP articles the cache holds about a third
   * of what the default serialization of these arrays takes.
   */
  private Object writeReplace() {
    return new Compact(this);
  }

  /** The compact form's bytes of the analysis (the article and event id travel beside them). */
  public byte[] compactData() {
    return new Compact(this).data;
  }

  /** An analysed article from its article, event id and {@link #compactData}. */
  public static AnalysedArticle ofCompact(Article article, String eventId, byte[] data) {
    try {
      return (AnalysedArticle) new Compact(article, eventId, data).readResolve();
    } catch (java.io.ObjectStreamException e) {
      throw new IllegalArgumentException("a damaged analysed article", e);
    }
  }

  private void readObject(java.io.ObjectInputStream in) throws java.io.InvalidObjectException {
    throw new java.io.InvalidObjectException("an analysed article travels as its compact form");
  }

  /** The serialized form of an analysed article. */
  private static final class Compact implements Serializable {
    private static final long serialVersionUID = 1L;

    private final Article article;
    private final String eventId;
    private final byte[] data;

    Compact(Article article, String eventId, byte[] data) {
      this.article = article;
      this.eventId = eventId;
      this.data = data;
    }

    Compact(AnalysedArticle analysed) {
      this.article = analysed.article;
      this.eventId = analysed.eventId;
      Writer out = new Writer(16 + analysed.tokenStart.length * 3);
      int sentences = analysed.sentenceStart.length;
      out.varint(sentences);
      int previous = 0;
      for (int i = 0; i < sentences; i++) {
        out.varint(analysed.sentenceStart[i] - previous);
        out.varint(analysed.sentenceEnd[i] - analysed.sentenceStart[i]);
        out.varint(analysed.sentenceContentStart[i] - analysed.sentenceStart[i]);
        out.varint(analysed.sentenceParagraph[i] + 1);
        out.varint(analysed.sentenceFirstToken[i]);
        out.bool(analysed.sentenceQuoteOpen[i]);
        previous = analysed.sentenceStart[i];
      }
      int forms = analysed.forms.length;
      out.varint(forms);
      for (int f = 0; f < forms; f++) {
        out.utf(analysed.forms[f]);
        writeDerived(out, analysed.forms[f], analysed.stems[f]);
        writeDerived(out, analysed.forms[f], analysed.lemmas[f]);
        out.raw(analysed.formFlags[f]);
      }
      int tokens = analysed.tokenStart.length;
      out.varint(tokens);
      previous = 0;
      for (int t = 0; t < tokens; t++) {
        out.varint(analysed.tokenStart[t] - previous);
        out.varint(analysed.tokenForm[t]);
        previous = analysed.tokenStart[t];
      }
      int mentions = analysed.mentions.length;
      out.varint(mentions);
      previous = 0;
      for (int m = 0; m < mentions; m++) {
        out.varint(analysed.mentionStart[m] - previous);
        out.utf(analysed.mentions[m]);
        previous = analysed.mentionStart[m];
      }
      this.data = out.bytes();
    }

    private Object readResolve() throws java.io.ObjectStreamException {
      try {
        Reader in = new Reader(data);
        int sentences = in.varint();
        int[] start = new int[sentences];
        int[] end = new int[sentences];
        int[] content = new int[sentences];
        int[] paragraph = new int[sentences];
        int[] firstToken = new int[sentences];
        boolean[] quoteOpen = new boolean[sentences];
        int previous = 0;
        for (int i = 0; i < sentences; i++) {
          start[i] = previous + in.varint();
          end[i] = start[i] + in.varint();
          content[i] = start[i] + in.varint();
          paragraph[i] = in.varint() - 1;
          firstToken[i] = in.varint();
          quoteOpen[i] = in.raw() != 0;
          previous = start[i];
        }
        int forms = in.varint();
        String[] form = new String[forms];
        String[] stem = new String[forms];
        String[] lemma = new String[forms];
        byte[] flags = new byte[forms];
        for (int f = 0; f < forms; f++) {
          form[f] = in.utf();
          stem[f] = readDerived(in, form[f]);
          lemma[f] = readDerived(in, form[f]);
          flags[f] = in.raw();
        }
        int tokens = in.varint();
        int[] tokenStart = new int[tokens];
        int[] tokenForm = new int[tokens];
        previous = 0;
        for (int t = 0; t < tokens; t++) {
          tokenStart[t] = previous + in.varint();
          tokenForm[t] = in.varint();
          previous = tokenStart[t];
        }
        int mentions = in.varint();
        int[] mentionStart = new int[mentions];
        String[] mention = new String[mentions];
        previous = 0;
        for (int m = 0; m < mentions; m++) {
          mentionStart[m] = previous + in.varint();
          mention[m] = in.utf();
          previous = mentionStart[m];
        }
        return new AnalysedArticle(
            article,
            eventId,
            start,
            end,
            content,
            paragraph,
            firstToken,
            quoteOpen,
            tokenStart,
            tokenForm,
            form,
            stem,
            lemma,
            flags,
            mentionStart,
            mention);
      } catch (RuntimeException e) {
        java.io.InvalidObjectException invalid =
            new java.io.InvalidObjectException("a damaged analysed article");
        invalid.initCause(e);
        throw invalid;
      }
    }

    /**
     * A string derived from a form (a stem, a lemma): the length of the prefix it shares with the
     * form, then the rest; the form itself is one byte.
     */
    private static void writeDerived(Writer out, String form, String derived) {
      if (derived.equals(form)) {
        out.varint(0);
        return;
      }
      int prefix = 0;
      int limit = Math.min(form.length(), derived.length());
      while (prefix < limit && form.charAt(prefix) == derived.charAt(prefix)) {
        prefix++;
      }
      out.varint(prefix + 1);
      out.utf(derived.substring(prefix));
    }

    private static String readDerived(Reader in, String form) {
      int prefix = in.varint();
      return prefix == 0 ? form : form.substring(0, prefix - 1) + in.utf();
    }

    /**
     * The compact form's bytes, written straight into an array (a DataOutputStream over a
     * ByteArrayOutputStream locks and copies per byte: a fifth of the wording stage's CPU samples
     * went to reading and writing this form that way). Strings are a varint byte length and Java's
     * modified UTF-8 (as DataOutput writes it, without its 64 KB limit).
     */
    private static final class Writer {
      private byte[] buffer;
      private int size;

      Writer(int capacity) {
        buffer = new byte[Math.max(16, capacity)];
      }

      private void room(int more) {
        if (size + more > buffer.length) {
          buffer = java.util.Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + more));
        }
      }

      void raw(int value) {
        room(1);
        buffer[size++] = (byte) value;
      }

      void bool(boolean value) {
        raw(value ? 1 : 0);
      }

      void varint(int value) {
        room(5);
        int rest = value;
        while ((rest & ~0x7F) != 0) {
          buffer[size++] = (byte) ((rest & 0x7F) | 0x80);
          rest >>>= 7;
        }
        buffer[size++] = (byte) rest;
      }

      void utf(String text) {
        int length = text.length();
        boolean ascii = true;
        for (int i = 0; i < length && ascii; i++) {
          ascii = text.charAt(i) < 0x80;
        }
        if (ascii) {
          varint(length);
          room(length);
          text.getBytes(0, length, buffer, size); // ASCII: one byte per char
          size += length;
        } else {
          // Java's modified UTF-8, char by char (lone surrogates survive, unlike UTF-8).
          int bytes = 0;
          for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            bytes += c >= 1 && c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
          }
          varint(bytes);
          room(bytes);
          for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c >= 1 && c < 0x80) {
              buffer[size++] = (byte) c;
            } else if (c < 0x800) {
              buffer[size++] = (byte) (0xC0 | (c >> 6));
              buffer[size++] = (byte) (0x80 | (c & 0x3F));
            } else {
              buffer[size++] = (byte) (0xE0 | (c >> 12));
              buffer[size++] = (byte) (0x80 | ((c >> 6) & 0x3F));
              buffer[size++] = (byte) (0x80 | (c & 0x3F));
            }
          }
        }
      }

      byte[] bytes() {
        return java.util.Arrays.copyOf(buffer, size);
      }
    }

    /** Reads what {@link Writer} wrote; out-of-range reads throw (a damaged form). */
    private static final class Reader {
      private final byte[] data;
      private int at;

      Reader(byte[] data) {
        this.data = data;
      }

      byte raw() {
        return data[at++];
      }

      int varint() {
        int value = 0;
        int shift = 0;
        while (true) {
          int b = data[at++] & 0xFF;
          value |= (b & 0x7F) << shift;
          if ((b & 0x80) == 0) {
            return value;
          }
          shift += 7;
          if (shift > 28) {
            throw new IllegalStateException("varint too long");
          }
        }
      }

      String utf() {
        int length = varint();
        if (length < 0 || at + length > data.length) {
          throw new IllegalStateException("string past the end");
        }
        boolean ascii = true;
        for (int i = at; i < at + length && ascii; i++) {
          ascii = data[i] > 0;
        }
        String text;
        if (ascii) {
          text = new String(data, at, length, java.nio.charset.StandardCharsets.ISO_8859_1);
        } else {
          StringBuilder chars = new StringBuilder(length);
          int end = at + length;
          for (int i = at; i < end; ) {
            int b = data[i++] & 0xFF;
            if (b < 0x80) {
              chars.append((char) b);
            } else if ((b & 0xE0) == 0xC0) {
              chars.append((char) (((b & 0x1F) << 6) | (data[i++] & 0x3F)));
            } else {
              int second = data[i++] & 0x3F;
              chars.append((char) (((b & 0x0F) << 12) | (second << 6) | (data[i++] & 0x3F)));
            }
          }
          text = chars.toString();
        }
        at += length;
        return text;
      }
    }
  }
}
