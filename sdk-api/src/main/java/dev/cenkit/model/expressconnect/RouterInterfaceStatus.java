package dev.cenkit.model.expressconnect;

import dev.cenkit.model.ApiValued;

/** The status of a router interface: idle until its pair is connected, then active. */
public enum RouterInterfaceStatus implements ApiValued {
  /** Created, not connected. */
  IDLE("Idle"),
  /** Connected to its opposite interface. */
  ACTIVE("Active");

  private final String apiValue;

  RouterInterfaceStatus(String apiValue) {
    this.apiValue = apiValue;
  }

  /** The value the API shows. */
  @Override
  public String apiValue() {
    return apiValue;
  }

  /**
   * Parses the API's spelling.
   *
   * @throws dev.cenkit.error.InvalidParameterException for anything but one of the API's values
   */
  public static RouterInterfaceStatus of(String apiValue) {
    return ApiValued.parse(RouterInterfaceStatus.class, apiValue, "router interface status");
  }

  @Override
  public String toString() {
    return apiValue;
  }
}
