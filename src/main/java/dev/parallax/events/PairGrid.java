package dev.parallax.events;

import java.io.Serializable;

/**
 * Where candidate pairs are scored without shipping features once per pair: numbered articles are
 * dealt into {@code parts} parts, and the pairs between parts p and q (p ≤ q) meet in one cell that
 * holds the features of those two parts. Each article's features travel to {@code parts} cells
 * (instead of once with each of its hundreds of pairs), and a cell holds at most two parts of
 * {@link #ARTICLES_PER_PART} articles.
 */
public record PairGrid(int parts) implements Serializable {
  /** Articles per part: a cell holds the features of at most twice as many. */
  public static final int ARTICLES_PER_PART = 8_000;

  public PairGrid {
    if (parts < 1) {
      throw new IllegalArgumentException("parts must be >= 1, got " + parts);
    }
  }

  /** The grid for a number of articles: parts of at most {@link #ARTICLES_PER_PART}. */
  public static PairGrid forArticles(long articles) {
    return new PairGrid((int) Math.max(1, (articles + ARTICLES_PER_PART - 1) / ARTICLES_PER_PART));
  }

  /** Number of cells: one per unordered pair of parts, a part with itself included. */
  public int cells() {
    return parts * (parts + 1) / 2;
  }

  public int partOf(int article) {
    return Math.floorMod(article, parts);
  }

  /** The cell of a pair packed by {@link Blocking#packPair}, in [0, {@link #cells()}). */
  public int cellOf(long pair) {
    return cell(partOf(Blocking.firstOf(pair)), partOf(Blocking.secondOf(pair)));
  }

  /** The cells that may hold pairs of {@code article}: those of its part with every part. */
  public int[] cellsOf(int article) {
    int part = partOf(article);
    int[] cells = new int[parts];
    for (int other = 0; other < parts; other++) {
      cells[other] = cell(part, other);
    }
    return cells;
  }

  private int cell(int one, int other) {
    int low = Math.min(one, other);
    int high = Math.max(one, other);
    // Row-major index in the upper triangle of a parts x parts matrix.
    return low * parts - low * (low - 1) / 2 + (high - low);
  }
}
