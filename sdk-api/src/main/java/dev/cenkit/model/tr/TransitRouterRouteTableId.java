package dev.cenkit.model.tr;

import dev.cenkit.model.IdKind;
import dev.cenkit.model.ResourceId;

/** The id of a transit router route table, e.g. {@code vtb-bp1dudbh2d5na6b50x5y5}. */
public final class TransitRouterRouteTableId extends ResourceId {
  /** Transit router route table ids start with {@code vtb-}. */
  public static final IdKind KIND = IdKind.prefixed("transit router route table", "vtb-", "vtb-bp1dudbh2d5na6b50x5y5");

  private TransitRouterRouteTableId(String value) {
    super(KIND, value);
  }

  /**
   * The id with this value.
   *
   * @throws dev.cenkit.error.InvalidParameterException when the value is not well formed
   */
  public static TransitRouterRouteTableId of(String value) {
    return new TransitRouterRouteTableId(value);
  }

  @Override
  public IdKind kind() {
    return KIND;
  }
}
