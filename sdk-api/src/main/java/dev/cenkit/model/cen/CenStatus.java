package dev.cenkit.model.cen;

import dev.cenkit.model.ApiValued;

/** The status of a CEN instance. */
public enum CenStatus implements ApiValued {
  /** Being created (transitional, R3). */
  CREATING("Creating"),
  /** Ready for use. */
  ACTIVE("Active"),
  /** Being changed (transitional, R3). */
  MODIFYING("Modifying"),
  /** Being deleted (transitional, R3). */
  DELETING("Deleting");

  private final String apiValue;

  CenStatus(String apiValue) {
    this.apiValue = apiValue;
  }

  /** The value the API shows, e.g. {@code "Deleting"}. */
  @Override
  public String apiValue() {
    return apiValue;
  }

  /**
   * Parses the API's spelling.
   *
   * @throws dev.cenkit.error.InvalidParameterException for anything but one of the API's values
   */
  public static CenStatus of(String apiValue) {
    return ApiValued.parse(CenStatus.class, apiValue, "CEN status");
  }

  @Override
  public String toString() {
    return apiValue;
  }
}
