package dev.parallax.claims;

import dev.parallax.text.Quotations;
import java.util.Arrays;
import java.util.List;

/**
 * Quotations that run over several sentences carry one attribution: {@code Melnik said: "They are
 * arming it. They are training it."}, {@code "They are arming it," Melnik said. "They are training
 * it."}, {@code "They are arming it. They are training it," Melnik said.} Given a paragraph's
 * sentences and which of them hold a quote attribution of their own, says for every other sentence
 * inside such a quotation which sentence's attribution it continues.
 *
 * <p>Quotation marks: curly ones open and close; a straight one opens when none is open and closes
 * otherwise. A sentence is inside a quotation when one is open at its start, or when it starts with
 * one.
 */
public final class QuoteRuns {
  private QuoteRuns() {}

  /**
   * @param sentences one paragraph's sentences, in order
   * @param quoted whether each sentence has a quote attribution of its own
   * @return for each sentence, the index of the sentence whose attribution it continues, or -1
   */
  public static int[] donors(List<String> sentences, boolean[] quoted) {
    int n = sentences.size();
    boolean[] openAtStart = new boolean[n];
    boolean[] openAtEnd = new boolean[n];
    boolean open = false;
    for (int i = 0; i < n; i++) {
      openAtStart[i] = open;
      open = Quotations.openAfter(sentences.get(i), open);
      openAtEnd[i] = open;
    }
    int[] donors = new int[n];
    Arrays.fill(donors, -1);
    for (int i = 0; i < n; i++) {
      if (quoted[i] || !(openAtStart[i] || Quotations.startsWithQuote(sentences.get(i)))) {
        continue;
      }
      // Where this quotation opened and where it closes.
      int first = i;
      while (first > 0 && openAtStart[first]) {
        first--;
      }
      int last = i;
      while (last < n - 1 && openAtEnd[last]) {
        last++;
      }
      if (first < i && quoted[first]) {
        donors[i] = first;
      } else if (last > i && quoted[last]) {
        donors[i] = last;
      } else if (first == i && i > 0 && quoted[i - 1] && !openAtStart[i]) {
        // "…," Melnik said. "…" — a new quotation right after a quoted attribution.
        donors[i] = i - 1;
      }
    }
    // A quotation after a continued one continues the same attribution.
    for (int i = 1; i < n; i++) {
      if (donors[i] < 0
          && !quoted[i]
          && Quotations.startsWithQuote(sentences.get(i))
          && !openAtStart[i]
          && donors[i - 1] >= 0) {
        donors[i] = donors[i - 1];
      }
    }
    return donors;
  }
}
