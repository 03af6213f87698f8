package dev.parallax.text;

import dev.parallax.model.AnalysedArticle;
import dev.parallax.model.Article;
import dev.parallax.model.Span;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Analyses an article once for every analysis ({@link AnalysedArticle}): the headline as one
 * sentence, each body paragraph split into sentences ({@link SentenceSplitter}), a wire dateline
 * marked off at the start of a sentence, the quotation state at each sentence's start ({@link
 * Quotations}), every token ({@link Tokenizer}) with its form, stem, lemma and stopword flag
 * ({@link Stems}), and the names and numbers ({@link Mentions}), found paragraph by paragraph (the
 * headline is a paragraph of its own), so that a paragraph's own words decide which capitalised
 * words are names.
 */
public final class TextAnalyzer {
  /** A wire dateline opening a sentence: "VARNO, March 12 (SWA) - ". */
  private static final Pattern DATELINE =
      Pattern.compile(
          "^\\p{Lu}{2,}(?:[ -]\\p{Lu}{2,})*,[^()\\n]{0,30}\\([^)]{1,20}\\)\\s*[-–—]\\s*");

  private TextAnalyzer() {}

  public static AnalysedArticle analyse(Article article) {
    Builder builder = new Builder(AnalysedArticle.textOf(article));
    int offset = 0;
    if (!article.title().isEmpty()) {
      builder.tokens(article.title(), 0);
      if (!article.title().isBlank()) {
        builder.sentence(-1, 0, article.title().length(), false);
      }
      offset = article.title().length() + 2;
    }
    List<String> paragraphs = article.paragraphs();
    for (int p = 0; p < paragraphs.size(); p++) {
      String paragraph = paragraphs.get(p);
      builder.tokens(paragraph, offset);
      boolean open = false;
      for (Span span : SentenceSplitter.sentences(paragraph)) {
        int sentence = builder.sentence(p, offset + span.start(), offset + span.end(), open);
        open = Quotations.openAfter(builder.content(sentence), open);
      }
      offset += paragraph.length() + 2;
    }
    return builder.build(article);
  }

  /** Grows the arrays of one article's analysis. */
  private static final class Builder {
    private final String text;
    private int[] sentenceStart = new int[16];
    private int[] sentenceEnd = new int[16];
    private int[] sentenceContentStart = new int[16];
    private int[] sentenceParagraph = new int[16];
    private int[] sentenceFirstToken = new int[16];
    private boolean[] sentenceQuoteOpen = new boolean[16];
    private int sentenceCount;
    private int[] tokenStart = new int[256];
    private int[] tokenForm = new int[256];
    private int tokenCount;
    private final Map<String, Integer> formNumbers = new HashMap<>();
    private String[] forms = new String[64];
    private int formCount;
    private final List<Integer> paragraphStart = new java.util.ArrayList<>();
    private final List<Integer> paragraphEnd = new java.util.ArrayList<>();

    Builder(String text) {
      this.text = text;
    }

    /** Adds a sentence; its first token is the first token at or after its start. */
    int sentence(int paragraph, int start, int end, boolean quoteOpen) {
      if (sentenceCount == sentenceStart.length) {
        int size = sentenceCount * 2;
        sentenceStart = Arrays.copyOf(sentenceStart, size);
        sentenceEnd = Arrays.copyOf(sentenceEnd, size);
        sentenceContentStart = Arrays.copyOf(sentenceContentStart, size);
        sentenceParagraph = Arrays.copyOf(sentenceParagraph, size);
        sentenceFirstToken = Arrays.copyOf(sentenceFirstToken, size);
        sentenceQuoteOpen = Arrays.copyOf(sentenceQuoteOpen, size);
      }
      Matcher dateline = DATELINE.matcher(text).region(start, end);
      sentenceStart[sentenceCount] = start;
      sentenceEnd[sentenceCount] = end;
      sentenceContentStart[sentenceCount] = dateline.lookingAt() ? dateline.end() : start;
      sentenceParagraph[sentenceCount] = paragraph;
      sentenceQuoteOpen[sentenceCount] = quoteOpen;
      int first = sentenceCount == 0 ? 0 : sentenceFirstToken[sentenceCount - 1];
      while (first < tokenCount && tokenStart[first] < start) {
        first++;
      }
      sentenceFirstToken[sentenceCount] = first;
      return sentenceCount++;
    }

    String content(int sentence) {
      return text.substring(sentenceContentStart[sentence], sentenceEnd[sentence]);
    }

    void tokens(String part, int offset) {
      paragraphStart.add(offset);
      paragraphEnd.add(offset + part.length());
      Tokenizer.tokens(part, offset, this::token);
    }

    private void token(int start, int end) {
      if (tokenCount == tokenStart.length) {
        tokenStart = Arrays.copyOf(tokenStart, tokenCount * 2);
        tokenForm = Arrays.copyOf(tokenForm, tokenCount * 2);
      }
      String form = Tokenizer.form(text, start, end);
      Integer number = formNumbers.get(form);
      if (number == null) {
        number = formCount;
        formNumbers.put(form, number);
        if (formCount == forms.length) {
          forms = Arrays.copyOf(forms, formCount * 2);
        }
        forms[formCount++] = form;
      }
      tokenStart[tokenCount] = start;
      tokenForm[tokenCount] = number;
      tokenCount++;
    }

    AnalysedArticle build(Article article) {
      String[] vocabulary = Arrays.copyOf(forms, formCount);
      String[] stems = new String[formCount];
      String[] lemmas = new String[formCount];
      byte[] flags = new byte[formCount];
      for (int i = 0; i < formCount; i++) {
        String base = Stems.withoutPossessive(vocabulary[i]);
        stems[i] = Stems.stem(base);
        lemmas[i] = Stems.lemma(base);
        flags[i] =
            (byte)
                ((Stems.isStopword(base) ? AnalysedArticle.STOPWORD : 0)
                    | (Character.isDigit(vocabulary[i].codePointAt(0))
                        ? AnalysedArticle.NUMBER
                        : 0));
      }
      List<Mentions.Occurrence> found = new java.util.ArrayList<>();
      for (int p = 0; p < paragraphStart.size(); p++) {
        int start = paragraphStart.get(p);
        String paragraph = text.substring(start, paragraphEnd.get(p));
        List<Mentions.Occurrence> inParagraph = new java.util.ArrayList<>();
        for (Mentions.Occurrence occurrence : Mentions.occurrences(paragraph)) {
          inParagraph.add(
              new Mentions.Occurrence(start + occurrence.start(), occurrence.mention()));
        }
        inParagraph.sort(java.util.Comparator.comparingInt(Mentions.Occurrence::start));
        found.addAll(inParagraph);
      }
      int[] mentionStart = new int[found.size()];
      String[] mentions = new String[found.size()];
      for (int i = 0; i < mentionStart.length; i++) {
        mentionStart[i] = found.get(i).start();
        mentions[i] = found.get(i).mention();
      }
      return new AnalysedArticle(
          article,
          null,
          Arrays.copyOf(sentenceStart, sentenceCount),
          Arrays.copyOf(sentenceEnd, sentenceCount),
          Arrays.copyOf(sentenceContentStart, sentenceCount),
          Arrays.copyOf(sentenceParagraph, sentenceCount),
          Arrays.copyOf(sentenceFirstToken, sentenceCount),
          Arrays.copyOf(sentenceQuoteOpen, sentenceCount),
          Arrays.copyOf(tokenStart, tokenCount),
          Arrays.copyOf(tokenForm, tokenCount),
          vocabulary,
          stems,
          lemmas,
          flags,
          mentionStart,
          mentions);
    }
  }
}
