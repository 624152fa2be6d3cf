package dev.cenkit.model.expressconnect;

import dev.cenkit.model.IdKind;
import dev.cenkit.model.ResourceId;

/** The id of a router interface, e.g. {@code ri-2ze7fbuohm0a1b2c3d}. */
public final class RouterInterfaceId extends ResourceId {
  /** a router interface ids start with {@code ri-}. */
  public static final IdKind KIND = IdKind.prefixed("router interface", "ri-", "ri-2ze7fbuohm0a1b2c3d");

  private RouterInterfaceId(String value) {
    super(KIND, value);
  }

  /**
   * The id with this value.
   *
   * @throws dev.cenkit.error.InvalidParameterException when the value is not a router interface id
   */
  public static RouterInterfaceId of(String value) {
    return new RouterInterfaceId(value);
  }

  @Override
  public IdKind kind() {
    return KIND;
  }
}
