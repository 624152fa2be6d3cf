package dev.cenkit.model.tr;

/** The next-hop kind of a transit router route entry ({@code TransitRouterRouteEntryNextHopType}). */
public enum TransitRouterNextHopType {
  /** A connection of the router. */
  ATTACHMENT("Attachment"),
  /** Drop matching packets. */
  BLACK_HOLE("BlackHole");

  private final String apiValue;

  TransitRouterNextHopType(String apiValue) {
    this.apiValue = apiValue;
  }

  /** The value the API uses. */
  public String apiValue() {
    return apiValue;
  }

  @Override
  public String toString() {
    return apiValue;
  }
}
