package dev.cenkit.model.expressconnect;

/** The status of a VBR; cenkit completes transitions at once, so a VBR is active, terminated or unconfirmed. */
public enum VbrStatus {
  /** Created for another account and not yet confirmed by it. */
  UNCONFIRMED("unconfirmed"),
  /** In service. */
  ACTIVE("active"),
  /** Being terminated (transitional, R3). */
  TERMINATING("terminating"),
  /** Terminated: it keeps its VLAN (R44) and can be recovered or deleted. */
  TERMINATED("terminated"),
  /** Being recovered (transitional, R3). */
  RECOVERING("recovering"),
  /** Being deleted (transitional, R3). */
  DELETING("deleting");

  private final String apiValue;

  VbrStatus(String apiValue) {
    this.apiValue = apiValue;
  }

  /** The value the API shows, e.g. {@code "active"}. */
  public String apiValue() {
    return apiValue;
  }

  @Override
  public String toString() {
    return apiValue;
  }
}
