package dev.cenkit.model.vpc;

import dev.cenkit.model.IdKind;
import dev.cenkit.model.ResourceId;

/** The id of a route table, e.g. {@code vtb-bp145q7glnuzdvzu2}. */
public final class RouteTableId extends ResourceId {
  /** route table ids start with {@code vtb-}. */
  public static final IdKind KIND = IdKind.prefixed("route table", "vtb-", "vtb-bp145q7glnuzdvzu2");

  private RouteTableId(String value) {
    super(KIND, value);
  }

  /**
   * The id with this value.
   *
   * @throws dev.cenkit.error.InvalidParameterException when the value is not a route table id
   */
  public static RouteTableId of(String value) {
    return new RouteTableId(value);
  }

  @Override
  public IdKind kind() {
    return KIND;
  }
}
