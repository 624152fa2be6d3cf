package dev.cenkit.model.tr;

/** The kind of a transit router route table ({@code TransitRouterRouteTableType}). */
public enum TransitRouterRouteTableType {
  /** The system table, created with the router and never deleted (E20). */
  SYSTEM("System"),
  /** A custom table, isolated from the others (VRF-like). */
  CUSTOM("Custom");

  private final String apiValue;

  TransitRouterRouteTableType(String apiValue) {
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
