package dev.cenkit.model.cen;

import dev.cenkit.model.IdKind;
import dev.cenkit.model.ResourceId;

/** The id of a CEN bandwidth plan, e.g. {@code cenbwp-4c2zaavbvh5fx0zc}. */
public final class BandwidthPackageId extends ResourceId {
  /** CEN bandwidth plan ids start with {@code cenbwp-}. */
  public static final IdKind KIND = IdKind.prefixed("CEN bandwidth plan", "cenbwp-", "cenbwp-4c2zaavbvh5fx0zc");

  private BandwidthPackageId(String value) {
    super(KIND, value);
  }

  /**
   * The id with this value.
   *
   * @throws dev.cenkit.error.InvalidParameterException when the value is not a CEN bandwidth plan id
   */
  public static BandwidthPackageId of(String value) {
    return new BandwidthPackageId(value);
  }

  @Override
  public IdKind kind() {
    return KIND;
  }
}
