package dev.cenkit.model.expressconnect;

import dev.cenkit.model.IdKind;
import dev.cenkit.model.ResourceId;

/** The id of an Express Connect physical connection (circuit), e.g. {@code pc-bp15zckdt37pq72zv0}. */
public final class PhysicalConnectionId extends ResourceId {
  /** an Express Connect physical connection (circuit) ids start with {@code pc-}. */
  public static final IdKind KIND = IdKind.prefixed("physical connection", "pc-", "pc-bp15zckdt37pq72zv0");

  private PhysicalConnectionId(String value) {
    super(KIND, value);
  }

  /**
   * The id with this value.
   *
   * @throws dev.cenkit.error.InvalidParameterException when the value is not a physical connection id
   */
  public static PhysicalConnectionId of(String value) {
    return new PhysicalConnectionId(value);
  }

  @Override
  public IdKind kind() {
    return KIND;
  }
}
