package dev.cenkit.spi;

import dev.cenkit.model.Checks;
import dev.cenkit.model.IdKind;
import dev.cenkit.model.ResourceId;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A reference to a resource in a spec: either one that exists already (by id) or one that an earlier step of
 * the spec creates, whose id is known only when the spec is applied. Pending references are equal only to
 * themselves.
 *
 * @param <I> the id type
 */
public final class Ref<I extends ResourceId> {
  private final @Nullable I id;
  private final IdKind kind;
  private final String label;

  private Ref(@Nullable I id, IdKind kind, String label) {
    this.id = id;
    this.kind = kind;
    this.label = label;
  }

  /** A reference to an existing resource. */
  public static <I extends ResourceId> Ref<I> to(I id) {
    Checks.required(id, "resource id");
    return new Ref<>(id, id.kind(), id.value());
  }

  /** A reference to a resource that a step of the spec will create; {@code label} names it in messages. */
  public static <I extends ResourceId> Ref<I> pending(IdKind kind, String label) {
    Checks.required(kind, "id kind");
    Checks.required(label, "label");
    return new Ref<>(null, kind, kind.description() + " '" + label + "'");
  }

  /** The id, when the reference is to an existing resource. */
  public Optional<I> existingId() {
    return Optional.ofNullable(id);
  }

  /** The kind of resource referred to. */
  public IdKind kind() {
    return kind;
  }

  /** How messages name the resource: its id, or its kind and name for a pending one. */
  public String label() {
    return label;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    return id != null && o instanceof Ref && Objects.equals(id, ((Ref<?>) o).id);
  }

  @Override
  public int hashCode() {
    return id != null ? id.hashCode() : System.identityHashCode(this);
  }

  @Override
  public String toString() {
    return label;
  }
}
