package dev.cenkit.model.expressconnect;

/** What a VBR route entry forwards to. */
public enum VbrNextHopType {
  /** The VBR's physical connection, towards the data center (D10). */
  PHYSICAL_CONNECTION("PhysicalConnection"),
  /** A router interface of the VBR, towards a VPC. */
  ROUTER_INTERFACE("RouterInterface");

  private final String apiValue;

  VbrNextHopType(String apiValue) {
    this.apiValue = apiValue;
  }

  /** The value the API uses for {@code NextHopType}. */
  public String apiValue() {
    return apiValue;
  }

  @Override
  public String toString() {
    return apiValue;
  }
}
