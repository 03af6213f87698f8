package dev.parallax.job;

/**
 * Partitions string keys in their sorted order without sampling them: event ids are {@code ev-} and
 * 12 hex digits of a SHA-256, so the four digits after the prefix spread the events evenly over the
 * partitions, and keys that start with an event id (a report's rows: event id, then the row's own
 * sort key) follow their event. Partition numbers never decrease as keys increase in {@link
 * String#compareTo} order, for any string: a key below {@code ev-} goes to the first partition, one
 * above every event id to the last, and a character outside the hex digits saturates the digits
 * after it. So {@code repartitionAndSortWithinPartitions} with it gives the order of {@code
 * sortByKey}, without the sampling job Spark's range partitioner runs first (a full pass over the
 * input, which for a report is a full read of its cached records).
 */
final class EventOrderPartitioner extends org.apache.spark.Partitioner {
  static final String PREFIX = "ev-";
  private static final int DIGITS = 4;
  private static final int RANGE = 1 << (4 * DIGITS);

  private final int partitions;

  EventOrderPartitioner(int partitions) {
    if (partitions < 1) {
      throw new IllegalArgumentException("at least 1 partition, got " + partitions);
    }
    this.partitions = partitions;
  }

  @Override
  public int numPartitions() {
    return partitions;
  }

  @Override
  public int getPartition(Object key) {
    return (int) ((long) position(key.toString()) * partitions / RANGE);
  }

  /**
   * Where a key falls in {@code [0, 65536)}, never decreasing as the key increases: the four hex
   * digits after {@code ev-}; a shorter key, or a character below {@code 0}, fills the rest with
   * zeros; a character between the digit ranges, or above {@code f}, with the largest digit.
   */
  static int position(String key) {
    if (!key.startsWith(PREFIX)) {
      return key.compareTo(PREFIX) < 0 ? 0 : RANGE - 1;
    }
    int value = 0;
    int fill = -1;
    for (int i = 0; i < DIGITS; i++) {
      int digit;
      if (fill >= 0) {
        digit = fill;
      } else {
        int at = PREFIX.length() + i;
        char c = at < key.length() ? key.charAt(at) : 0;
        if (at >= key.length() || c < '0') {
          digit = 0;
          fill = 0;
        } else if (c <= '9') {
          digit = c - '0';
        } else if (c < 'a') {
          digit = 9;
          fill = 15;
        } else if (c <= 'f') {
          digit = c - 'a' + 10;
        } else {
          digit = 15;
          fill = 15;
        }
      }
      value = value << 4 | digit;
    }
    return value;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof EventOrderPartitioner that && that.partitions == partitions;
  }

  @Override
  public int hashCode() {
    return Integer.hashCode(partitions) * 31 + 7;
  }
}
