package dev.parallax.wording;

import java.util.Arrays;

/**
 * Counts of n-grams given as packed longs (never 0), by open addressing with linear probing: one
 * article's n-grams are counted without a boxed key or a string per occurrence. For each n-gram it
 * keeps its count, the first sentence that uses it, and its surface forms (packed the same way)
 * with their counts.
 */
final class NgramTable {
  private long[] keys;
  private int[] slotEntry;
  private int size;

  // Per entry, in insertion order.
  private long[] entryKey;
  private int[] count;
  private int[] example;
  private long[] firstSurface;
  private int[] firstSurfaceCount;
  private java.util.Map<Integer, java.util.Map<Long, Integer>> otherSurfaces;

  NgramTable(int expected) {
    int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
    keys = new long[capacity];
    slotEntry = new int[capacity];
    int entries = Math.max(16, expected);
    entryKey = new long[entries];
    count = new int[entries];
    example = new int[entries];
    firstSurface = new long[entries];
    firstSurfaceCount = new int[entries];
  }

  /** Counts one use of {@code key} with surface {@code surface} in sentence {@code sentence}. */
  void add(long key, long surface, int sentence) {
    int mask = keys.length - 1;
    int slot = (int) (mix(key) & mask);
    while (keys[slot] != 0) {
      if (keys[slot] == key) {
        int entry = slotEntry[slot];
        count[entry]++;
        if (firstSurface[entry] == surface) {
          firstSurfaceCount[entry]++;
        } else {
          if (otherSurfaces == null) {
            otherSurfaces = new java.util.HashMap<>();
          }
          otherSurfaces
              .computeIfAbsent(entry, e -> new java.util.HashMap<>())
              .merge(surface, 1, Integer::sum);
        }
        return;
      }
      slot = (slot + 1) & mask;
    }
    if (size == entryKey.length) {
      int grown = size * 2;
      entryKey = Arrays.copyOf(entryKey, grown);
      count = Arrays.copyOf(count, grown);
      example = Arrays.copyOf(example, grown);
      firstSurface = Arrays.copyOf(firstSurface, grown);
      firstSurfaceCount = Arrays.copyOf(firstSurfaceCount, grown);
    }
    keys[slot] = key;
    slotEntry[slot] = size;
    entryKey[size] = key;
    count[size] = 1;
    example[size] = sentence;
    firstSurface[size] = surface;
    firstSurfaceCount[size] = 1;
    size++;
    if (size * 2 > keys.length) {
      rehash();
    }
  }

  int size() {
    return size;
  }

  long key(int entry) {
    return entryKey[entry];
  }

  int count(int entry) {
    return count[entry];
  }

  int example(int entry) {
    return example[entry];
  }

  long firstSurface(int entry) {
    return firstSurface[entry];
  }

  int firstSurfaceCount(int entry) {
    return firstSurfaceCount[entry];
  }

  /** The entry's surfaces other than its first, with their counts; empty for most n-grams. */
  java.util.Map<Long, Integer> otherSurfaces(int entry) {
    return otherSurfaces == null
        ? java.util.Map.of()
        : otherSurfaces.getOrDefault(entry, java.util.Map.of());
  }

  private void rehash() {
    long[] grownKeys = new long[keys.length * 2];
    int[] grownEntries = new int[keys.length * 2];
    int mask = grownKeys.length - 1;
    for (int entry = 0; entry < size; entry++) {
      int slot = (int) (mix(entryKey[entry]) & mask);
      while (grownKeys[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      grownKeys[slot] = entryKey[entry];
      grownEntries[slot] = entry;
    }
    keys = grownKeys;
    slotEntry = grownEntries;
  }

  private static long mix(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return h ^ (h >>> 29);
  }
}
