package dev.parallax.job;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.Iterator;
import org.apache.spark.api.java.JavaPairRDD;

/**
 * Values that cross a grouping shuffle as bytes. A shuffle that groups or joins keeps the values of
 * a key together in memory and has Spark's SizeEstimator walk their object graphs to decide when to
 * spill: for rich records (an article's claims with their terms and names, an analysed article)
 * that walk was 71% of the claims stage's and 44% of the wording stage's CPU samples in a JFR
 * profile of 10,000 ABP articles. A byte array is sized in one step; each value is read back once,
 * where the group is used. The bytes are Spark's serializer's (Java, or Kryo with {@link
 * ParallaxKryo}).
 */
final class SerializedValues {
  private SerializedValues() {}

  /**
   * {@code rows.sortBy(key, true, partitions)}, the rows travelling and waiting in the sort's
   * buffers as bytes (a sorted report's rows, an event with its articles): each row is read back
   * once, as the sorted partition is written. Keys are split over the partitions by {@link
   * EventOrderPartitioner}, without a sampling pass: keys that start with an event id spread
   * evenly, others land, still in order, in the first or last partition.
   */
  static <V extends Serializable> org.apache.spark.api.java.JavaRDD<V> sortBy(
      org.apache.spark.api.java.JavaRDD<V> rows,
      org.apache.spark.api.java.function.Function<V, String> key,
      int partitions) {
    return rows.mapToPair(row -> new scala.Tuple2<>(key.call(row), bytes(row)))
        .repartitionAndSortWithinPartitions(new EventOrderPartitioner(partitions))
        .map(keyed -> SerializedValues.<V>value(keyed._2()));
  }

  /** {@code pairs.groupByKey()}, the values travelling and waiting as bytes. */
  static <K, V extends Serializable> JavaPairRDD<K, Iterable<V>> groupByKey(
      JavaPairRDD<K, V> pairs) {
    return pairs.mapValues(SerializedValues::bytes).groupByKey().mapValues(SerializedValues::read);
  }

  /**
   * {@code pairs.aggregateByKey(zero, seq, comb)} without Spark's map-side combine: each task folds
   * its values into a plain hash map of at most {@code maxKeys} keys (emitted and cleared when
   * full) and sends each key's partial result as bytes; the reduce side merges the partials with
   * {@code comb}. Spark's own combine has its SizeEstimator walk the partial results' object graphs
   * as they grow (23% of the wording stage's CPU samples in a JFR profile of 10,000 ABP articles).
   * {@code seq} and {@code comb} must give the same result in any order.
   */
  static <K, V, U extends Serializable> JavaPairRDD<K, U> aggregateByKey(
      JavaPairRDD<K, V> pairs,
      org.apache.spark.api.java.function.Function0<U> zero,
      org.apache.spark.api.java.function.Function2<U, V, U> seq,
      org.apache.spark.api.java.function.Function2<U, U, U> comb,
      int maxKeys) {
    return pairs
        .mapPartitionsToPair(
            partition ->
                new Iterator<scala.Tuple2<K, byte[]>>() {
                  private final java.util.Map<K, U> partial = new java.util.HashMap<>();
                  private Iterator<java.util.Map.Entry<K, U>> emitting =
                      java.util.Collections.emptyIterator();

                  @Override
                  public boolean hasNext() {
                    while (!emitting.hasNext()) {
                      if (!partition.hasNext()) {
                        return false;
                      }
                      fill();
                    }
                    return true;
                  }

                  private void fill() {
                    partial.clear();
                    try {
                      while (partition.hasNext() && partial.size() < maxKeys) {
                        scala.Tuple2<K, V> pair = partition.next();
                        U known = partial.get(pair._1());
                        partial.put(
                            pair._1(), seq.call(known == null ? zero.call() : known, pair._2()));
                      }
                    } catch (Exception e) {
                      throw new IllegalStateException("aggregation failed", e);
                    }
                    emitting = new java.util.ArrayList<>(partial.entrySet()).iterator();
                  }

                  @Override
                  public scala.Tuple2<K, byte[]> next() {
                    if (!hasNext()) {
                      throw new java.util.NoSuchElementException();
                    }
                    java.util.Map.Entry<K, U> entry = emitting.next();
                    return new scala.Tuple2<>(entry.getKey(), bytes(entry.getValue()));
                  }
                })
        .groupByKey()
        .mapValues(
            group -> {
              U result = null;
              for (U part : SerializedValues.<U>read(group)) {
                result = result == null ? part : comb.call(result, part);
              }
              return result;
            });
  }

  /** Spark's serializer on this thread; Java serialization outside a Spark JVM. */
  private static final ThreadLocal<org.apache.spark.serializer.SerializerInstance> SERIALIZER =
      ThreadLocal.withInitial(
          () -> {
            org.apache.spark.SparkEnv env = org.apache.spark.SparkEnv.get();
            return env == null ? null : env.serializer().newInstance();
          });

  private static final scala.reflect.ClassTag<Object> ANY = scala.reflect.ClassTag$.MODULE$.Any();

  static byte[] bytes(Serializable value) {
    org.apache.spark.serializer.SerializerInstance serializer = SERIALIZER.get();
    if (serializer != null) {
      java.nio.ByteBuffer buffer = serializer.serialize(value, ANY);
      byte[] bytes = new byte[buffer.remaining()];
      buffer.get(bytes);
      return bytes;
    }
    ByteArrayOutputStream buffer = new ByteArrayOutputStream(1024);
    try (ObjectOutputStream out = new ObjectOutputStream(buffer)) {
      out.writeObject(value);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot serialize " + value.getClass().getName(), e);
    }
    return buffer.toByteArray();
  }

  @SuppressWarnings("unchecked")
  static <V> V value(byte[] bytes) {
    org.apache.spark.serializer.SerializerInstance serializer = SERIALIZER.get();
    if (serializer != null) {
      return (V) serializer.deserialize(java.nio.ByteBuffer.wrap(bytes), ANY);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
      return (V) in.readObject();
    } catch (IOException | ClassNotFoundException e) {
      throw new IllegalStateException("cannot read a serialized value back", e);
    }
  }

  /** The values of a group, each read from its bytes as the iteration reaches it. */
  static <V> Iterable<V> read(Iterable<byte[]> group) {
    return () ->
        new Iterator<V>() {
          private final Iterator<byte[]> bytes = group.iterator();

          @Override
          public boolean hasNext() {
            return bytes.hasNext();
          }

          @Override
          public V next() {
            return value(bytes.next());
          }
        };
  }
}
