package dev.cenkit.model.cen;

import dev.cenkit.model.Checks;
import dev.cenkit.model.Bandwidth;
import dev.cenkit.model.CenkitStyle;
import org.immutables.value.Value;

/**
 * The bandwidth a CEN allocates to traffic between two of its regions ({@code SetCenInterRegionBandwidthLimit}),
 * drawn from the associated plan whose area pair matches the regions' areas (R18). A pair without a limit
 * gets only the 1 Kbit/s test bandwidth (R12).
 */
@Value.Immutable
@CenkitStyle
public interface InterRegionBandwidthLimit {
  /** The CEN. */
  CenId cenId();

  /** The two regions, normalised. */
  RegionPair regions();

  /** {@code BandwidthLimit}: at least 1 Mbit/s (R19). */
  Bandwidth bandwidthLimit();

  /** The plan the limit draws from (R18). */
  BandwidthPackageId bandwidthPackageId();

  /** The key the in-memory state uses, as Terraform's id: {@code cen-…:regionA:regionB}. */
  @Value.Derived
  @Value.Auxiliary
  default String key() {
    return key(cenId(), regions());
  }

  /** The key of the limit of {@code cenId} for {@code regions}. */
  static String key(CenId cenId, RegionPair regions) {
    Checks.required(cenId, "CEN id");
    Checks.required(regions, "region pair");
    return cenId.value() + ":" + regions;
  }

  /** A builder of the value. */
  static Builder builder() {
    return new Builder();
  }

  /** A builder initialised from this value. */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** The builder of {@link InterRegionBandwidthLimit}. */
  class Builder extends ImmutableInterRegionBandwidthLimit.Builder {}
}
