package dev.cenkit.model.tr;

/** The status of a transit router; cenkit completes transitions at once (E24). */
public enum TransitRouterStatus {
  /** Being created (transitional). */
  CREATING("Creating"),
  /** Usable. */
  ACTIVE("Active"),
  /** Being modified (transitional). */
  MODIFYING("Modifying"),
  /** Being deleted (transitional). */
  DELETING("Deleting");

  private final String apiValue;

  TransitRouterStatus(String apiValue) {
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
