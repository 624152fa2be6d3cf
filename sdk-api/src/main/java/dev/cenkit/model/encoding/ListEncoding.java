package dev.cenkit.model.encoding;

import dev.cenkit.error.MissingParameterException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.immutables.encode.Encoding;

/**
 * A {@code List<T>} attribute, unmodifiable and in insertion order: {@code addX(T)}, {@code addX(T...)},
 * {@code addAllX(Iterable)} and {@code x(Iterable)} refuse a null array or iterable and a null element with
 * {@code MissingParameter} naming the attribute.
 */
@Encoding
final class ListEncoding<T> {
  @Encoding.Impl
  private final List<T> value = Collections.emptyList();

  ListEncoding() {}

  @Encoding.Expose
  List<T> get() {
    return value;
  }

  @Encoding.Of
  static <T> List<T> of(List<? extends T> value) {
    if (value == null) {
      throw new MissingParameterException("<*>");
    }
    List<T> copy = new ArrayList<>(value.size());
    for (T element : value) {
      if (element == null) {
        throw new MissingParameterException("<*> element");
      }
      copy.add(element);
    }
    return Collections.unmodifiableList(copy);
  }

  @Override
  public String toString() {
    return value.toString();
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  boolean equals(ListEncoding<T> other) {
    return value.equals(other.value);
  }

  @Encoding.Builder
  static final class Builder<T> {
    private List<T> elements = new ArrayList<>();
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
      List<T> replacement = new ArrayList<>();
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
    List<T> build() {
      return elements.isEmpty() ? Collections.emptyList() : Collections.unmodifiableList(new ArrayList<>(elements));
    }
  }
}
