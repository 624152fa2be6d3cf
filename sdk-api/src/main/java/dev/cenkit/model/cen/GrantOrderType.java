package dev.cenkit.model.cen;

import dev.cenkit.model.ApiValued;

/**
 * Who pays for a cross-account connection to a transit router ({@code OrderType} of
 * {@code GrantInstanceToTransitRouter}, E18).
 */
public enum GrantOrderType implements ApiValued {
  /** The CEN's owner pays (the API's default). */
  PAY_BY_CEN_OWNER("PayByCenOwner"),
  /** The network instance's owner pays. */
  PAY_BY_RESOURCE_OWNER("PayByResourceOwner");

  private final String apiValue;

  GrantOrderType(String apiValue) {
    this.apiValue = apiValue;
  }

  @Override
  public String apiValue() {
    return apiValue;
  }
}
