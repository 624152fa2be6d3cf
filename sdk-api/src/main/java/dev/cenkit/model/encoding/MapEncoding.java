package dev.cenkit.model.encoding;

import dev.cenkit.error.MissingParameterException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.immutables.encode.Encoding;

/**
 * A {@code Map<K, V>} attribute, unmodifiable and in insertion order: {@code putX(K, V)}, {@code putX(Entry)},
 * {@code putAllX(Map)} and {@code x(Map)} refuse a null map or entry and a null key or value with
 * {@code MissingParameter} naming the attribute.
 */
@Encoding
final class MapEncoding<K, V> {
  @Encoding.Impl
  private final Map<K, V> value = Collections.emptyMap();

  MapEncoding() {}

  @Encoding.Expose
  Map<K, V> get() {
    return value;
  }

  @Encoding.Of
  static <K, V> Map<K, V> of(Map<? extends K, ? extends V> value) {
    if (value == null) {
      throw new MissingParameterException("<*>");
    }
    Map<K, V> copy = new LinkedHashMap<>();
    for (Map.Entry<? extends K, ? extends V> e : value.entrySet()) {
      if (e.getKey() == null) {
        throw new MissingParameterException("<*> key");
      }
      if (e.getValue() == null) {
        throw new MissingParameterException("<*> value for key " + e.getKey());
      }
      copy.put(e.getKey(), e.getValue());
    }
    return copy.isEmpty() ? Collections.emptyMap() : Collections.unmodifiableMap(copy);
  }

  @Override
  public String toString() {
    return value.toString();
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  boolean equals(MapEncoding<K, V> other) {
    return value.equals(other.value);
  }

  @Encoding.Builder
  static final class Builder<K, V> {
    private Map<K, V> entries = new LinkedHashMap<>();
    private boolean initialized;

    @Encoding.Init
    @Encoding.Naming(standard = Encoding.StandardNaming.PUT)
    void put(K key, V value) {
      if (key == null) {
        throw new MissingParameterException("<*> key");
      }
      if (value == null) {
        throw new MissingParameterException("<*> value for key " + key);
      }
      entries.put(key, value);
      initialized = true;
    }

    @Encoding.Init
    @Encoding.Naming(standard = Encoding.StandardNaming.PUT)
    void putEntry(Map.Entry<? extends K, ? extends V> entry) {
      if (entry == null) {
        throw new MissingParameterException("<*> entry");
      }
      put(entry.getKey(), entry.getValue());
      initialized = true;
    }

    @Encoding.Init
    @Encoding.Naming(standard = Encoding.StandardNaming.PUT_ALL)
    void putAll(Map<? extends K, ? extends V> map) {
      if (map == null) {
        throw new MissingParameterException("<*>");
      }
      for (Map.Entry<? extends K, ? extends V> e : map.entrySet()) {
        put(e.getKey(), e.getValue());
      }
      initialized = true;
    }

    @Encoding.Init
    @Encoding.Copy
    void set(Map<? extends K, ? extends V> map) {
      if (map == null) {
        throw new MissingParameterException("<*>");
      }
      Map<K, V> previous = entries;
      entries = new LinkedHashMap<>();
      try {
        putAll(map);
      } catch (MissingParameterException e) {
        entries = previous;
        throw e;
      }
      initialized = true;
    }

    /** Whether any setter was called: a {@code Value.Default} attribute takes its default otherwise. */
    @Encoding.IsInit
    boolean isInitialized() {
      return initialized;
    }

    @Encoding.Build
    Map<K, V> build() {
      return entries.isEmpty() ? Collections.emptyMap() : Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }
  }
}
