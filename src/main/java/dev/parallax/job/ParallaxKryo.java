package dev.parallax.job;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.Serializer;
import com.esotericsoftware.kryo.io.Input;
import com.esotericsoftware.kryo.io.Output;
import com.esotericsoftware.kryo.serializers.CollectionSerializer;
import com.esotericsoftware.kryo.serializers.DefaultSerializers;
import com.esotericsoftware.kryo.serializers.FieldSerializer;
import com.esotericsoftware.kryo.serializers.JavaSerializer;
import com.esotericsoftware.kryo.serializers.MapSerializer;
import dev.parallax.model.AnalysedArticle;
import dev.parallax.model.Article;
import java.io.Serializable;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.serializer.KryoRegistrator;

/**
 * Kryo for what crosses shuffles and sits in the cache, Spark's serializer by default (see {@link
 * Sessions#SERIALIZATION}): Java serialization of the job's records was 27-62% of the CPU samples
 * of every stage in a JFR profile of the 37,554-article run. Kryo 4 (Spark's) cannot build Java
 * records (their fields cannot be set) nor the JDK's immutable collections (they cannot be added
 * to), so:
 *
 * <ul>
 *   <li>every record is written component by component and rebuilt through its canonical
 *       constructor ({@link RecordSerializer}), so its own checks and copies run as on any
 *       construction;
 *   <li>{@code List.of}/{@code Set.of}/{@code Map.of} (and {@code copyOf}, {@code Stream.toList})
 *       are written as their elements and rebuilt immutable;
 *   <li>the JDK's other serializable classes Kryo has no serializer for (unmodifiable wrappers,
 *       {@code Arrays.asList}, {@code Pattern}, ...) and classes with their own serialization form
 *       ({@code writeReplace}, {@code readObject}: the analysed article's compact form) keep Java
 *       serialization;
 *   <li>maps and collections Kryo cannot rebuild by adding to a new instance of the written class
 *       (the map {@code JavaRDD.countByValue} returns, Scala collections' Java views, {@code
 *       Collections.emptyMap}, a {@code ConcurrentSkipListMap}) are written as their elements and
 *       come back as a {@code LinkedHashMap}, {@code TreeMap} (with the comparator), {@code
 *       LinkedHashSet}, {@code TreeSet} or {@code ArrayList}; this is what failed on a cluster,
 *       where executors deserialize broadcasts, which local mode never does;
 *   <li>everything else is Kryo's field serializer, as Spark sets it up.
 * </ul>
 */
public final class ParallaxKryo implements KryoRegistrator {
  @Override
  public void registerClasses(Kryo kryo) {
    kryo.setDefaultSerializer(ParallaxKryo::serializerFor);
    // Ahead of Kryo's own Map and Collection serializers, which build the written class and add
    // to it: wrappers and views that cannot be added to (the map of JavaRDD.countByValue, a
    // Scala collection's Java view, Collections.emptyMap) come back as plain copies.
    kryo.addDefaultSerializer(Map.class, ParallaxKryo::mapSerializerFor);
    kryo.addDefaultSerializer(Collection.class, ParallaxKryo::collectionSerializerFor);
    ImmutableListSerializer lists = new ImmutableListSerializer();
    for (List<?> sample :
        List.of(List.of(), List.of(1), List.of(1, 2, 3), Arrays.asList(1, 2).stream().toList())) {
      kryo.register(sample.getClass(), lists);
    }
    ImmutableSetSerializer sets = new ImmutableSetSerializer();
    for (Set<?> sample : List.of(Set.of(), Set.of(1), Set.of(1, 2, 3))) {
      kryo.register(sample.getClass(), sets);
    }
    ImmutableMapSerializer maps = new ImmutableMapSerializer();
    for (Map<?, ?> sample : List.of(Map.of(), Map.of(1, 1), Map.of(1, 1, 2, 2, 3, 3))) {
      kryo.register(sample.getClass(), maps);
    }
    // The analysed article in its compact form (variable-length deltas, shared stems), without
    // a Java serialization stream per article.
    kryo.register(AnalysedArticle.class, new AnalysedArticleSerializer());
    JavaSerializer java = new JavaSerializer();
    for (Object sample :
        List.of(
            Arrays.asList(1, 2),
            Collections.unmodifiableList(new ArrayList<>()),
            Collections.unmodifiableList(new LinkedList<>()),
            Collections.unmodifiableCollection(new ArrayList<>()),
            Collections.unmodifiableSet(new java.util.HashSet<>()),
            Collections.unmodifiableSortedSet(new TreeSet<>()),
            Collections.unmodifiableNavigableSet(new TreeSet<>()),
            Collections.unmodifiableMap(new HashMap<>()),
            Collections.unmodifiableSortedMap(new TreeMap<>()),
            Collections.unmodifiableNavigableMap(new TreeMap<>()),
            Collections.synchronizedList(new ArrayList<>()),
            Map.entry(1, 1),
            new TreeMap<>().keySet(),
            new HashMap<>().keySet(),
            new HashMap<>().values())) {
      kryo.register(sample.getClass(), java);
    }
  }

  /** The serializer of a class no registration or built-in default covers. */
  static Serializer<?> serializerFor(Kryo kryo, Class<?> type) {
    if (type.isRecord() && !ownSerialForm(type)) {
      return new RecordSerializer<>(kryo, type);
    }
    if (Serializable.class.isAssignableFrom(type) && (isJdk(type) || ownSerialForm(type))) {
      return new JavaSerializer();
    }
    return new FieldSerializer<>(kryo, type);
  }

  /**
   * A map's serializer: Kryo's for {@code TreeMap} (with its comparator) and for public classes
   * with a public no-argument constructor; a copy into a {@code LinkedHashMap} or {@code TreeMap}
   * for everything else.
   */
  static Serializer<?> mapSerializerFor(Kryo kryo, Class<?> type) {
    if (TreeMap.class.isAssignableFrom(type)) {
      return new DefaultSerializers.TreeMapSerializer();
    }
    if (!SortedMap.class.isAssignableFrom(type) && buildable(type)) {
      return new MapSerializer();
    }
    return new CopiedMapSerializer();
  }

  /** A collection's serializer, as {@link #mapSerializerFor} for maps. */
  static Serializer<?> collectionSerializerFor(Kryo kryo, Class<?> type) {
    if (TreeSet.class.isAssignableFrom(type)) {
      return new DefaultSerializers.TreeSetSerializer();
    }
    if (!SortedSet.class.isAssignableFrom(type)
        && !java.util.PriorityQueue.class.isAssignableFrom(type)
        && buildable(type)) {
      return new CollectionSerializer();
    }
    return new CopiedCollectionSerializer();
  }

  /** Whether Kryo can build the class and add to it: public, with a public no-arg constructor. */
  private static boolean buildable(Class<?> type) {
    if (!Modifier.isPublic(type.getModifiers()) || Modifier.isAbstract(type.getModifiers())) {
      return false;
    }
    try {
      return Modifier.isPublic(type.getConstructor().getModifiers());
    } catch (NoSuchMethodException e) {
      return false;
    }
  }

  private static boolean isJdk(Class<?> type) {
    String name = type.getName();
    return name.startsWith("java.")
        || name.startsWith("javax.")
        || name.startsWith("jdk.")
        || name.startsWith("sun.");
  }

  /**
   * Whether a class defines its serialized form itself (writeReplace, readResolve, ...), looked up
   * once per class: Spark builds a new Kryo instance for each serialization stream it opens, and
   * each registers every class again.
   */
  static boolean ownSerialForm(Class<?> type) {
    return OWN_SERIAL_FORM.get(type);
  }

  private static final ClassValue<Boolean> OWN_SERIAL_FORM =
      new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
          return declaresSerialForm(type);
        }
      };

  private static boolean declaresSerialForm(Class<?> type) {
    for (Class<?> at = type; at != null && at != Object.class; at = at.getSuperclass()) {
      for (Method method : at.getDeclaredMethods()) {
        String name = method.getName();
        if ((name.equals("writeReplace") || name.equals("readResolve"))
                && method.getParameterCount() == 0
            || (name.equals("writeObject") || name.equals("readObject"))
                && method.getParameterCount() == 1
                && Modifier.isPrivate(method.getModifiers())) {
          return true;
        }
      }
    }
    return false;
  }

  /** A record: its components in order, rebuilt through the canonical constructor. */
  static final class RecordSerializer<T> extends Serializer<T> {
    private final Method[] accessors;
    private final Class<?>[] types;
    private final Constructor<T> constructor;

    RecordSerializer(Kryo kryo, Class<T> type) {
      RecordComponent[] components = type.getRecordComponents();
      accessors = new Method[components.length];
      types = new Class<?>[components.length];
      for (int i = 0; i < components.length; i++) {
        accessors[i] = components[i].getAccessor();
        accessors[i].setAccessible(true);
        types[i] = components[i].getType();
      }
      try {
        constructor = type.getDeclaredConstructor(types);
        constructor.setAccessible(true);
      } catch (NoSuchMethodException e) {
        throw new IllegalStateException("record without canonical constructor: " + type, e);
      }
      setImmutable(true);
    }

    @Override
    public void write(Kryo kryo, Output output, T record) {
      try {
        for (int i = 0; i < accessors.length; i++) {
          Object value = accessors[i].invoke(record);
          Class<?> type = types[i];
          if (type == int.class) {
            output.writeVarInt((Integer) value, false);
          } else if (type == long.class) {
            output.writeVarLong((Long) value, false);
          } else if (type == double.class) {
            output.writeDouble((Double) value);
          } else if (type == boolean.class) {
            output.writeBoolean((Boolean) value);
          } else if (type == float.class) {
            output.writeFloat((Float) value);
          } else if (type.isPrimitive()) {
            kryo.writeObject(output, value);
          } else if (type == String.class) {
            output.writeString((String) value);
          } else {
            kryo.writeClassAndObject(output, value);
          }
        }
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot read the components of " + record.getClass(), e);
      }
    }

    @Override
    public T read(Kryo kryo, Input input, Class<T> type) {
      Object[] values = new Object[types.length];
      for (int i = 0; i < types.length; i++) {
        Class<?> component = types[i];
        if (component == int.class) {
          values[i] = input.readVarInt(false);
        } else if (component == long.class) {
          values[i] = input.readVarLong(false);
        } else if (component == double.class) {
          values[i] = input.readDouble();
        } else if (component == boolean.class) {
          values[i] = input.readBoolean();
        } else if (component == float.class) {
          values[i] = input.readFloat();
        } else if (component.isPrimitive()) {
          values[i] = kryo.readObject(input, component);
        } else if (component == String.class) {
          values[i] = input.readString();
        } else {
          values[i] = kryo.readClassAndObject(input);
        }
      }
      try {
        return constructor.newInstance(values);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot rebuild a " + type.getName(), e);
      }
    }
  }

  /** An analysed article: its article (a record), event id and compact analysis bytes. */
  static final class AnalysedArticleSerializer extends Serializer<AnalysedArticle> {
    AnalysedArticleSerializer() {
      setImmutable(true);
    }

    @Override
    public void write(Kryo kryo, Output output, AnalysedArticle analysed) {
      kryo.writeObject(output, analysed.article());
      output.writeString(analysed.eventId());
      byte[] data = analysed.compactData();
      output.writeVarInt(data.length, true);
      output.writeBytes(data);
    }

    @Override
    public AnalysedArticle read(Kryo kryo, Input input, Class<AnalysedArticle> type) {
      Article article = kryo.readObject(input, Article.class);
      String eventId = input.readString();
      byte[] data = input.readBytes(input.readVarInt(true));
      return AnalysedArticle.ofCompact(article, eventId, data);
    }
  }

  private static void writeElements(Kryo kryo, Output output, Collection<?> elements) {
    output.writeVarInt(elements.size(), true);
    for (Object element : elements) {
      kryo.writeClassAndObject(output, element);
    }
  }

  private static void writeEntries(Kryo kryo, Output output, Map<?, ?> map) {
    output.writeVarInt(map.size(), true);
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      kryo.writeClassAndObject(output, entry.getKey());
      kryo.writeClassAndObject(output, entry.getValue());
    }
  }

  private static Object[] readElements(Kryo kryo, Input input) {
    Object[] elements = new Object[input.readVarInt(true)];
    for (int i = 0; i < elements.length; i++) {
      elements[i] = kryo.readClassAndObject(input);
    }
    return elements;
  }

  /**
   * A map Kryo cannot rebuild as written: its entries (and a sorted map's comparator), read back
   * into a {@code TreeMap} if it was sorted, a {@code LinkedHashMap} (same order) if not.
   */
  static final class CopiedMapSerializer extends Serializer<Map<?, ?>> {
    @Override
    public void write(Kryo kryo, Output output, Map<?, ?> map) {
      boolean sorted = map instanceof SortedMap;
      output.writeBoolean(sorted);
      if (sorted) {
        kryo.writeClassAndObject(output, ((SortedMap<?, ?>) map).comparator());
      }
      writeEntries(kryo, output, map);
    }

    @Override
    @SuppressWarnings("unchecked")
    public Map<?, ?> read(Kryo kryo, Input input, Class<Map<?, ?>> type) {
      Map<Object, Object> map =
          input.readBoolean()
              ? new TreeMap<>((Comparator<Object>) kryo.readClassAndObject(input))
              : new LinkedHashMap<>();
      kryo.reference(map);
      readEntries(kryo, input, map, input.readVarInt(true));
      return map;
    }

    private static void readEntries(Kryo kryo, Input input, Map<Object, Object> map, int size) {
      for (int i = 0; i < size; i++) {
        Object key = kryo.readClassAndObject(input);
        map.put(key, kryo.readClassAndObject(input));
      }
    }
  }

  /**
   * A collection Kryo cannot rebuild as written: its elements, read back into a {@code TreeSet}
   * (with the comparator) if it was a sorted set, a {@code LinkedHashSet} if another set, an {@code
   * ArrayList} otherwise.
   */
  static final class CopiedCollectionSerializer extends Serializer<Collection<?>> {
    private static final int LIST = 0;
    private static final int SET = 1;
    private static final int SORTED_SET = 2;

    @Override
    public void write(Kryo kryo, Output output, Collection<?> elements) {
      int kind = elements instanceof SortedSet ? SORTED_SET : elements instanceof Set ? SET : LIST;
      output.writeVarInt(kind, true);
      if (kind == SORTED_SET) {
        kryo.writeClassAndObject(output, ((SortedSet<?>) elements).comparator());
      }
      writeElements(kryo, output, elements);
    }

    @Override
    @SuppressWarnings("unchecked")
    public Collection<?> read(Kryo kryo, Input input, Class<Collection<?>> type) {
      int kind = input.readVarInt(true);
      Collection<Object> elements;
      if (kind == SORTED_SET) {
        elements = new TreeSet<>((Comparator<Object>) kryo.readClassAndObject(input));
      } else if (kind == SET) {
        elements = new LinkedHashSet<>();
      } else {
        elements = new ArrayList<>();
      }
      kryo.reference(elements);
      int size = input.readVarInt(true);
      for (int i = 0; i < size; i++) {
        elements.add(kryo.readClassAndObject(input));
      }
      return elements;
    }
  }

  /** {@code List.of} and kin; a list from {@code Stream.toList} may hold nulls. */
  static final class ImmutableListSerializer extends Serializer<List<?>> {
    ImmutableListSerializer() {
      setImmutable(true);
    }

    @Override
    public void write(Kryo kryo, Output output, List<?> list) {
      writeElements(kryo, output, list);
    }

    @Override
    public List<?> read(Kryo kryo, Input input, Class<List<?>> type) {
      Object[] elements = readElements(kryo, input);
      for (Object element : elements) {
        if (element == null) {
          return Collections.unmodifiableList(Arrays.asList(elements));
        }
      }
      return List.of(elements);
    }
  }

  /** {@code Set.of} and kin. */
  static final class ImmutableSetSerializer extends Serializer<Set<?>> {
    ImmutableSetSerializer() {
      setImmutable(true);
    }

    @Override
    public void write(Kryo kryo, Output output, Set<?> set) {
      writeElements(kryo, output, set);
    }

    @Override
    public Set<?> read(Kryo kryo, Input input, Class<Set<?>> type) {
      return Set.of(readElements(kryo, input));
    }
  }

  /** {@code Map.of} and kin. */
  static final class ImmutableMapSerializer extends Serializer<Map<?, ?>> {
    ImmutableMapSerializer() {
      setImmutable(true);
    }

    @Override
    public void write(Kryo kryo, Output output, Map<?, ?> map) {
      writeEntries(kryo, output, map);
    }

    @Override
    public Map<?, ?> read(Kryo kryo, Input input, Class<Map<?, ?>> type) {
      int size = input.readVarInt(true);
      Map<Object, Object> entries = new HashMap<>(size * 2);
      for (int i = 0; i < size; i++) {
        Object key = kryo.readClassAndObject(input);
        entries.put(key, kryo.readClassAndObject(input));
      }
      return Map.copyOf(entries);
    }
  }
}
