package dev.cenkit.model;

/**
 * The typed id of a resource. Subclasses ({@code VpcId}, {@code CenId}…) check the real prefix when created,
 * so an id of the wrong kind is rejected at the boundary. Two ids are equal when they are of the same class
 * and have the same value; ids order by value.
 */
public abstract class ResourceId implements Comparable<ResourceId> {
  private final String value;

  /** Checks {@code value} against {@code kind} and keeps it. */
  protected ResourceId(IdKind kind, String value) {
    this.value = kind.check(value);
  }

  /** The id string, as the API returns it. */
  public final String value() {
    return value;
  }

  /** The kind of the id. */
  public abstract IdKind kind();

  @Override
  public final int compareTo(ResourceId other) {
    return value.compareTo(other.value);
  }

  @Override
  public final boolean equals(Object o) {
    return o != null && o.getClass() == getClass() && ((ResourceId) o).value.equals(value);
  }

  @Override
  public final int hashCode() {
    return value.hashCode();
  }

  /** The id string. */
  @Override
  public final String toString() {
    return value;
  }
}
