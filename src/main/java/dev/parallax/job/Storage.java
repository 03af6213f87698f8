package dev.parallax.job;

import org.apache.spark.storage.StorageLevel;

/**
 * How the job caches its RDDs: serialized, spilling to disk. Deserialized caching made Spark's
 * SizeEstimator walk every cached article's object graph (14% of all CPU samples in a JFR profile
 * of the 37,554-article run) and kept several copies of the corpus as Java objects on the heap.
 */
final class Storage {
  private Storage() {}

  static final StorageLevel CACHED = StorageLevel.MEMORY_AND_DISK_SER();
}
