package dev.cenkit.model.tr;

/** The edition of a transit router ({@code Type}): Enterprise, or the implicit Basic router of a Basic CEN (DE18). */
public enum TransitRouterType {
  /** An Enterprise Edition router: route tables, associations and propagations. */
  ENTERPRISE("Enterprise"),
  /** A Basic Edition router: one table, every connection associated and propagating (DE18). */
  BASIC("Basic");

  private final String apiValue;

  TransitRouterType(String apiValue) {
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
