package dev.cenkit.model.expressconnect;

/** The status of a router interface: idle until its pair is connected, then active. */
public enum RouterInterfaceStatus {
  /** Created, not connected. */
  IDLE("Idle"),
  /** Connected to its opposite interface. */
  ACTIVE("Active");

  private final String apiValue;

  RouterInterfaceStatus(String apiValue) {
    this.apiValue = apiValue;
  }

  /** The value the API shows. */
  public String apiValue() {
    return apiValue;
  }

  @Override
  public String toString() {
    return apiValue;
  }
}
