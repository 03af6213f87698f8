package dev.parallax.wording;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The {@code limit} most used terms of a stream of (term, count), by count then term: a bounded
 * heap, so adding a term costs a logarithm of the limit, and two partial results merge in any order
 * to the same answer.
 */
public final class TopTerms implements Serializable {
  /** A term and its count. */
  public record Use(String term, long count) implements Serializable {}

  /** Best first: higher count, then the alphabetically first term. */
  public static final Comparator<Use> BEST_FIRST =
      Comparator.comparingLong(Use::count).reversed().thenComparing(Use::term);

  private final int limit;
  private final PriorityQueue<Use> heap;

  public TopTerms(int limit) {
    this.limit = limit;
    // The worst kept term on top, to be the one dropped.
    this.heap = new PriorityQueue<>(new WorstFirst());
  }

  /** The heap's order (serialisable, as Spark ships partial results). */
  private static final class WorstFirst implements Comparator<Use>, Serializable {
    @Override
    public int compare(Use a, Use b) {
      return BEST_FIRST.compare(b, a);
    }
  }

  public TopTerms add(String term, long count) {
    Use use = new Use(term, count);
    if (heap.size() < limit) {
      heap.add(use);
    } else if (BEST_FIRST.compare(use, heap.peek()) < 0) {
      heap.poll();
      heap.add(use);
    }
    return this;
  }

  public TopTerms merge(TopTerms other) {
    for (Use use : other.heap) {
      add(use.term(), use.count());
    }
    return this;
  }

  /** The kept terms, best first. */
  public List<Use> best() {
    List<Use> sorted = new ArrayList<>(heap);
    sorted.sort(BEST_FIRST);
    return sorted;
  }
}
