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
      java.io.ByteArrayOutputStream bytes =
          new java.io.ByteArrayOutputStream(16 + analysed.tokenStart.length * 3);
      try (java.io.DataOutputStream out = new java.io.DataOutputStream(bytes)) {
        int sentences = analysed.sentenceStart.length;
        writeVarint(out, sentences);
        int previous = 0;
        for (int i = 0; i < sentences; i++) {
          writeVarint(out, analysed.sentenceStart[i] - previous);
          writeVarint(out, analysed.sentenceEnd[i] - analysed.sentenceStart[i]);
          writeVarint(out, analysed.sentenceContentStart[i] - analysed.sentenceStart[i]);
          writeVarint(out, analysed.sentenceParagraph[i] + 1);
          writeVarint(out, analysed.sentenceFirstToken[i]);
          out.writeBoolean(analysed.sentenceQuoteOpen[i]);
          previous = analysed.sentenceStart[i];
        }
        int forms = analysed.forms.length;
        writeVarint(out, forms);
        for (int f = 0; f < forms; f++) {
          out.writeUTF(analysed.forms[f]);
          writeDerived(out, analysed.forms[f], analysed.stems[f]);
          writeDerived(out, analysed.forms[f], analysed.lemmas[f]);
          out.writeByte(analysed.formFlags[f]);
        }
        int tokens = analysed.tokenStart.length;
        writeVarint(out, tokens);
        previous = 0;
        for (int t = 0; t < tokens; t++) {
          writeVarint(out, analysed.tokenStart[t] - previous);
          writeVarint(out, analysed.tokenForm[t]);
          previous = analysed.tokenStart[t];
        }
        int mentions = analysed.mentions.length;
        writeVarint(out, mentions);
        previous = 0;
        for (int m = 0; m < mentions; m++) {
          writeVarint(out, analysed.mentionStart[m] - previous);
          out.writeUTF(analysed.mentions[m]);
          previous = analysed.mentionStart[m];
        }
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      this.data = bytes.toByteArray();
    }

    private Object readResolve() throws java.io.ObjectStreamException {
      try (java.io.DataInputStream in =
          new java.io.DataInputStream(new java.io.ByteArrayInputStream(data))) {
        int sentences = readVarint(in);
        int[] start = new int[sentences];
        int[] end = new int[sentences];
        int[] content = new int[sentences];
        int[] paragraph = new int[sentences];
        int[] firstToken = new int[sentences];
        boolean[] quoteOpen = new boolean[sentences];
        int previous = 0;
        for (int i = 0; i < sentences; i++) {
          start[i] = previous + readVarint(in);
          end[i] = start[i] + readVarint(in);
          content[i] = start[i] + readVarint(in);
          paragraph[i] = readVarint(in) - 1;
          firstToken[i] = readVarint(in);
          quoteOpen[i] = in.readBoolean();
          previous = start[i];
        }
        int forms = readVarint(in);
        String[] form = new String[forms];
        String[] stem = new String[forms];
        String[] lemma = new String[forms];
        byte[] flags = new byte[forms];
        for (int f = 0; f < forms; f++) {
          form[f] = in.readUTF();
          stem[f] = readDerived(in, form[f]);
          lemma[f] = readDerived(in, form[f]);
          flags[f] = in.readByte();
        }
        int tokens = readVarint(in);
        int[] tokenStart = new int[tokens];
        int[] tokenForm = new int[tokens];
        previous = 0;
        for (int t = 0; t < tokens; t++) {
          tokenStart[t] = previous + readVarint(in);
          tokenForm[t] = readVarint(in);
          previous = tokenStart[t];
        }
        int mentions = readVarint(in);
        int[] mentionStart = new int[mentions];
        String[] mention = new String[mentions];
        previous = 0;
        for (int m = 0; m < mentions; m++) {
          mentionStart[m] = previous + readVarint(in);
          mention[m] = in.readUTF();
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
      } catch (java.io.IOException e) {
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
    private static void writeDerived(java.io.DataOutputStream out, String form, String derived)
        throws java.io.IOException {
      if (derived.equals(form)) {
        writeVarint(out, 0);
        return;
      }
      int prefix = 0;
      int limit = Math.min(form.length(), derived.length());
      while (prefix < limit && form.charAt(prefix) == derived.charAt(prefix)) {
        prefix++;
      }
      writeVarint(out, prefix + 1);
      out.writeUTF(derived.substring(prefix));
    }

    private static String readDerived(java.io.DataInputStream in, String form)
        throws java.io.IOException {
      int prefix = readVarint(in);
      return prefix == 0 ? form : form.substring(0, prefix - 1) + in.readUTF();
    }

    private static void writeVarint(java.io.DataOutputStream out, int value)
        throws java.io.IOException {
      int rest = value;
      while ((rest & ~0x7F) != 0) {
        out.writeByte((rest & 0x7F) | 0x80);
        rest >>>= 7;
      }
      out.writeByte(rest);
    }

    private static int readVarint(java.io.DataInputStream in) throws java.io.IOException {
      int value = 0;
      int shift = 0;
      while (true) {
        int b = in.readUnsignedByte();
        value |= (b & 0x7F) << shift;
        if ((b & 0x80) == 0) {
          return value;
        }
        shift += 7;
      }
    }
  }
}
