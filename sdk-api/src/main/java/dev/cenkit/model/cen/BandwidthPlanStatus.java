package dev.cenkit.model.cen;

import dev.cenkit.model.ApiValued;

/** The {@code Status} of a bandwidth plan (R24). */
public enum BandwidthPlanStatus implements ApiValued {
  /** Not associated with a CEN. */
  IDLE("Idle"),
  /** Associated with a CEN. */
  IN_USE("InUse");

  private final String apiValue;

  BandwidthPlanStatus(String apiValue) {
    this.apiValue = apiValue;
  }

  /** The value the API shows, e.g. {@code "InUse"}. */
  @Override
  public String apiValue() {
    return apiValue;
  }

  /**
   * Parses the API's spelling.
   *
   * @throws dev.cenkit.error.InvalidParameterException for anything but one of the API's values
   */
  public static BandwidthPlanStatus of(String apiValue) {
    return ApiValued.parse(BandwidthPlanStatus.class, apiValue, "bandwidth plan status");
  }

  @Override
  public String toString() {
    return apiValue;
  }
}
