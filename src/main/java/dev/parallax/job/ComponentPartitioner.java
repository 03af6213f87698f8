package dev.parallax.job;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Sends the components of at least {@code large} articles to partition 0 and hashes the others over
 * the remaining partitions.
 */
final class ComponentPartitioner extends org.apache.spark.Partitioner {
  /** Components of at least this many articles are clustered in one task, one at a time. */
  static final int LARGE_COMPONENT = 2_000;

  private final int partitions;
  private final java.util.HashSet<String> largeComponents;

  ComponentPartitioner(int partitions, Set<String> largeComponents) {
    if (partitions < 2) {
      throw new IllegalArgumentException("at least 2 partitions, got " + partitions);
    }
    this.partitions = partitions;
    this.largeComponents = new java.util.HashSet<>(largeComponents);
  }

  /** The partitioner for components given as article id to component id. */
  static ComponentPartitioner of(Map<String, String> componentOf, int partitions, int large) {
    Map<String, Integer> sizes = new HashMap<>();
    componentOf.values().forEach(component -> sizes.merge(component, 1, Integer::sum));
    Set<String> largeOnes = new java.util.HashSet<>();
    sizes.forEach(
        (component, size) -> {
          if (size >= large) {
            largeOnes.add(component);
          }
        });
    return new ComponentPartitioner(partitions, largeOnes);
  }

  @Override
  public int numPartitions() {
    return partitions;
  }

  @Override
  public int getPartition(Object key) {
    if (largeComponents.contains(key)) {
      return 0;
    }
    return 1 + Math.floorMod(key.hashCode(), partitions - 1);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ComponentPartitioner that
        && that.partitions == partitions
        && that.largeComponents.equals(largeComponents);
  }

  @Override
  public int hashCode() {
    return 31 * partitions + largeComponents.hashCode();
  }
}
