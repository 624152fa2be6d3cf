package dev.cenkit.model.cen;

import dev.cenkit.model.ApiValued;

/** The {@code BusinessStatus} of a bandwidth plan; a locked plan cannot be associated (R24). */
public enum BandwidthPlanBusinessStatus implements ApiValued {
  /** Usable. */
  NORMAL("Normal"),
  /** Locked for an overdue payment. */
  FINANCIAL_LOCKED("FinancialLocked"),
  /** Locked for a security reason. */
  SECURITY_LOCKED("SecurityLocked");

  private final String apiValue;

  BandwidthPlanBusinessStatus(String apiValue) {
    this.apiValue = apiValue;
  }

  /** The value the API shows, e.g. {@code "SecurityLocked"}. */
  @Override
  public String apiValue() {
    return apiValue;
  }

  /**
   * Parses the API's spelling.
   *
   * @throws dev.cenkit.error.InvalidParameterException for anything but one of the API's values
   */
  public static BandwidthPlanBusinessStatus of(String apiValue) {
    return ApiValued.parse(BandwidthPlanBusinessStatus.class, apiValue, "bandwidth plan business status");
  }

  @Override
  public String toString() {
    return apiValue;
  }
}
