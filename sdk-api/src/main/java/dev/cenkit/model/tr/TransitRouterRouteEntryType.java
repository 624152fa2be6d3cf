package dev.cenkit.model.tr;

/** Where a transit router route entry comes from ({@code TransitRouterRouteEntryType}). */
public enum TransitRouterRouteEntryType {
  /** Written by the user (CreateTransitRouterRouteEntry, E11). */
  STATIC("Static"),
  /** Learned from a propagating connection (E9, E26). */
  PROPAGATED("Propagated");

  private final String apiValue;

  TransitRouterRouteEntryType(String apiValue) {
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
