package dev.cenkit.model.encoding;

import dev.cenkit.error.MissingParameterException;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import org.immutables.encode.Encoding;

/**
 * A {@code Set<T>} attribute, unmodifiable, in insertion order (enum constants in their declaration order):
 * {@code addX(T)}, {@code addX(T...)}, {@code addAllX(Iterable)} and {@code x(Iterable)} refuse a null array or
 * iterable and a null element with {@code MissingParameter} naming the attribute.
 */
@Encoding
final class SetEncoding<T> {
  @Encoding.Impl
  private final Set<T> value = Collections.emptySet();

  SetEncoding() {}

  @Encoding.Expose
  Set<T> get() {
    return value;
  }

  @Encoding.Of
  static <T> Set<T> of(Set<? extends T> value) {
    if (value == null) {
      throw new MissingParameterException("<*>");
    }
    Set<T> copy = new LinkedHashSet<>();
    for (T element : value) {
      if (element == null) {
        throw new MissingParameterException("<*> element");
      }
      copy.add(element);
    }
    return freeze(copy);
  }

  /** An unmodifiable copy; enum constants keep their declaration order, as Immutables' own sets of enums do. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static <T> Set<T> freeze(Set<T> elements) {
    if (elements.isEmpty()) {
      return Collections.emptySet();
    }
    Object first = elements.iterator().next(); // as Object: the inlined copy has a concrete, maybe final, type
    if (first instanceof Enum) {
      return Collections.unmodifiableSet((Set<T>) EnumSet.copyOf((Set) elements));
    }
    return Collections.unmodifiableSet(new LinkedHashSet<>(elements));
  }

  @Override
  public String toString() {
    return value.toString();
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  boolean equals(SetEncoding<T> other) {
    return value.equals(other.value);
  }

  @Encoding.Builder
  static final class Builder<T> {
    private Set<T> elements = new LinkedHashSet<>();
    private boolean initialized;

    @Encoding.Init
    @Encoding.Naming(standard = Encoding.StandardNaming.ADD)
    void add(T element) {
      if (element == null) {
        throw new MissingParameterException("<*> element");
      }
      elements.add(element);
      initialized = true;
    }

    @SuppressWarnings("unchecked") // a generic varargs parameter; the generated copy has a concrete element type
    @Encoding.Init
    @Encoding.Naming(standard = Encoding.StandardNaming.ADD)
    final void addArray(T... array) {
      if (array == null) {
        throw new MissingParameterException("<*>");
      }
      for (T element : array) {
        if (element == null) {
          throw new MissingParameterException("<*> element");
        }
        elements.add(element);
      }
      initialized = true;
    }

    @Encoding.Init
    @Encoding.Naming(standard = Encoding.StandardNaming.ADD_ALL)
    void addAll(Iterable<? extends T> iterable) {
      if (iterable == null) {
        throw new MissingParameterException("<*>");
      }
      for (T element : iterable) {
        if (element == null) {
          throw new MissingParameterException("<*> element");
        }
        elements.add(element);
      }
      initialized = true;
    }

    @Encoding.Init
    @Encoding.Copy
    void set(Iterable<? extends T> iterable) {
      if (iterable == null) {
        throw new MissingParameterException("<*>");
      }
      Set<T> replacement = new LinkedHashSet<>();
      for (T element : iterable) {
        if (element == null) {
          throw new MissingParameterException("<*> element");
        }
        replacement.add(element);
      }
      elements = replacement;
      initialized = true;
    }

    /** Whether any setter was called: a {@code Value.Default} attribute takes its default otherwise. */
    @Encoding.IsInit
    boolean isInitialized() {
      return initialized;
    }

    @Encoding.Build
    Set<T> build() {
      return freeze(elements);
    }
  }
}
