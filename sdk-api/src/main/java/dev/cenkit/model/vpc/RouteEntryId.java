package dev.cenkit.model.vpc;

import dev.cenkit.model.IdKind;
import dev.cenkit.model.ResourceId;

/** The id of a route entry, e.g. {@code rte-bp1mnnr2al0naomnp}. */
public final class RouteEntryId extends ResourceId {
  /** route entry ids start with {@code rte-}. */
  public static final IdKind KIND = IdKind.prefixed("route entry", "rte-", "rte-bp1mnnr2al0naomnp");

  private RouteEntryId(String value) {
    super(KIND, value);
  }

  /**
   * The id with this value.
   *
   * @throws dev.cenkit.error.InvalidParameterException when the value is not a route entry id
   */
  public static RouteEntryId of(String value) {
    return new RouteEntryId(value);
  }

  @Override
  public IdKind kind() {
    return KIND;
  }
}
