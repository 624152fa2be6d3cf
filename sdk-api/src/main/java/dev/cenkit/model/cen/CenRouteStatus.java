package dev.cenkit.model.cen;

import dev.cenkit.model.ApiValued;

/** The status of a route in a CEN's route table ({@code Status} of DescribeCenRegionDomainRouteEntries). */
public enum CenRouteStatus implements ApiValued {
  /** In effect: the source that wins among identical destinations (D4). */
  ACTIVE("Active"),
  /** Not in effect: another source advertises the identical destination and wins (R28, D4); reported as a conflict. */
  CANDIDATE("Candidate");

  private final String apiValue;

  CenRouteStatus(String apiValue) {
    this.apiValue = apiValue;
  }

  /** The value the API shows, e.g. {@code "Candidate"}. */
  @Override
  public String apiValue() {
    return apiValue;
  }

  /**
   * Parses the API's spelling.
   *
   * @throws dev.cenkit.error.InvalidParameterException for anything but one of the API's values
   */
  public static CenRouteStatus of(String apiValue) {
    return ApiValued.parse(CenRouteStatus.class, apiValue, "CEN route status");
  }

  @Override
  public String toString() {
    return apiValue;
  }
}
