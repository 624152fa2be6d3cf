package dev.cenkit.model.cen;

/** The {@code BandwidthPackageChargeType} of a bandwidth plan. */
public enum BandwidthPackageChargeType {
  /**
   * Subscription, the API's default. cenkit does not model billing time, so a prepaid plan never expires and
   * cannot be deleted ({@code Forbidden.Release}, R23).
   */
  PREPAY,
  /** Pay-as-you-go; can be deleted once unassociated. */
  POSTPAY
}
