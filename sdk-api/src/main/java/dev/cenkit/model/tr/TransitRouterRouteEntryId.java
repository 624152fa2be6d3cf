package dev.cenkit.model.tr;

import dev.cenkit.model.IdKind;
import dev.cenkit.model.ResourceId;

/** The id of a transit router route entry, e.g. {@code rte-75eg4jprkvk0pw0d8x7ed}. */
public final class TransitRouterRouteEntryId extends ResourceId {
  /** Transit router route entry ids start with {@code rte-}. */
  public static final IdKind KIND = IdKind.prefixed("transit router route entry", "rte-", "rte-75eg4jprkvk0pw0d8x7ed");

  private TransitRouterRouteEntryId(String value) {
    super(KIND, value);
  }

  /**
   * The id with this value.
   *
   * @throws dev.cenkit.error.InvalidParameterException when the value is not well formed
   */
  public static TransitRouterRouteEntryId of(String value) {
    return new TransitRouterRouteEntryId(value);
  }

  @Override
  public IdKind kind() {
    return KIND;
  }
}
