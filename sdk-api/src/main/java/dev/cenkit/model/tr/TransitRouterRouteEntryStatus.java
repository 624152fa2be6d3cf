package dev.cenkit.model.tr;

/** The status of a transit router route entry (E12, DE6). */
public enum TransitRouterRouteEntryStatus {
  /** Selected for forwarding. */
  ACTIVE("Active"),
  /** Same destination as an active entry that wins; takes over when that one goes. */
  STANDBY("Standby");

  private final String apiValue;

  TransitRouterRouteEntryStatus(String apiValue) {
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
