package dev.cenkit.model.encoding;

import dev.cenkit.error.MissingParameterException;
import java.util.Optional;
import org.immutables.encode.Encoding;

/**
 * An {@code Optional<T>} attribute: the builder's {@code x(T)} and {@code x(Optional)} refuse null with
 * {@code MissingParameter} naming the attribute; an unset attribute is empty.
 */
@Encoding
final class OptionalEncoding<T> {
  @Encoding.Impl
  private final Optional<T> value = Optional.empty();

  OptionalEncoding() {}

  @Encoding.Expose
  Optional<T> get() {
    return value;
  }

  @Encoding.Of
  static <T> Optional<T> of(Optional<T> value) {
    if (value == null) {
      throw new MissingParameterException("<*>");
    }
    return value;
  }

  /**
   * The value's text, or null when empty: the generated {@code toString} omits null parts, so a value type prints
   * {@code name=x} or nothing, as Immutables' built-in optional support does.
   */
  @Override
  public String toString() {
    return value.isPresent() ? String.valueOf(value.get()) : null;
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  boolean equals(OptionalEncoding<T> other) {
    return value.equals(other.value);
  }

  @Encoding.Builder
  static final class Builder<T> {
    private Optional<T> value = Optional.empty();
    private boolean initialized;

    @Encoding.Init
    void set(T element) {
      if (element == null) {
        throw new MissingParameterException("<*>");
      }
      this.value = Optional.of(element);
      initialized = true;
    }

    @Encoding.Init
    @Encoding.Copy
    void setOptional(Optional<? extends T> optional) {
      if (optional == null) {
        throw new MissingParameterException("<*>");
      }
      this.value = optional.isPresent() ? Optional.of(optional.get()) : Optional.empty();
      initialized = true;
    }

    /** Whether any setter was called: a {@code Value.Default} attribute takes its default otherwise. */
    @Encoding.IsInit
    boolean isInitialized() {
      return initialized;
    }

    @Encoding.Build
    Optional<T> build() {
      return value;
    }
  }
}
