package dev.cenkit.model.expressconnect;

import dev.cenkit.model.ApiValued;

/** The status of a VBR; cenkit completes transitions at once, so a VBR is active, terminated or unconfirmed. */
public enum VbrStatus implements ApiValued {
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
  @Override
  public String apiValue() {
    return apiValue;
  }

  /**
   * Parses the API's spelling.
   *
   * @throws dev.cenkit.error.InvalidParameterException for anything but one of the API's values
   */
  public static VbrStatus of(String apiValue) {
    return ApiValued.parse(VbrStatus.class, apiValue, "VBR status");
  }

  @Override
  public String toString() {
    return apiValue;
  }
}
