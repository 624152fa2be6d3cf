package dev.cenkit.model;

/**
 * The typed id of a resource. Subclasses ({@code VpcId}, {@code CenId}…) check the real prefix when created,
 * so an id of the wrong kind is rejected at the boundary. Two ids are equal when they are of the same class
 * and have the same value; ids order by value.
 */
public abstract class ResourceId implements Comparable<ResourceId> {
  private final String value;
  /** The kind the id was made with: ids of one kind share its prefix. */
  private final IdKind madeAs;
  /**
   * Up to eight characters after the kind's prefix packed into a long, one per byte, zero-padded, so that two
   * ids of one kind usually order by comparing two longs of the ids themselves instead of their strings; -1
   * when a character is not ASCII (never the case for a well-formed id; then the strings are compared).
   */
  private final long packed;

  /** Checks {@code value} against {@code kind} and keeps it. */
  protected ResourceId(IdKind kind, String value) {
    this.value = kind.check(value);
    this.madeAs = kind;
    this.packed = this.value.startsWith(kind.prefix()) ? pack(this.value, kind.prefix().length()) : -1;
  }

  private static long pack(String value, int from) {
    long packed = 0;
    for (int i = from; i < from + 8; i++) {
      int c = i < value.length() ? value.charAt(i) : 0;
      if (c > 127) {
        return -1;
      }
      packed = (packed << 8) | c;
    }
    return packed;
  }

  /** The id string, as the API returns it. */
  public final String value() {
    return value;
  }

  /** The kind of the id. */
  public abstract IdKind kind();

  @Override
  public final int compareTo(ResourceId other) {
    // The same order as the strings': with one kind (one prefix) and both packed, the first eight characters
    // after the prefix decide unless they are equal (ASCII characters are positive, so zero padding sorts a
    // shorter id first, as String does).
    if (madeAs == other.madeAs && packed != other.packed && packed != -1 && other.packed != -1) {
      return packed < other.packed ? -1 : 1;
    }
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
