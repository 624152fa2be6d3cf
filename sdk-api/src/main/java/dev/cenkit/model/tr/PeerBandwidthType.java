package dev.cenkit.model.tr;

/** How an inter-region connection gets its bandwidth ({@code BandwidthType}, E14). */
public enum PeerBandwidthType {
  /** Drawn from a bandwidth plan associated with the CEN. */
  BANDWIDTH_PACKAGE("BandwidthPackage"),
  /** Pay-by-data-transfer (CDT); the bandwidth is a cap. */
  DATA_TRANSFER("DataTransfer");

  private final String apiValue;

  PeerBandwidthType(String apiValue) {
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
