package dev.cenkit.spi.cen;

import dev.cenkit.model.CenkitStyle;
import dev.cenkit.model.cen.BandwidthPackageId;
import dev.cenkit.model.cen.BandwidthPlan;
import dev.cenkit.model.cen.CenId;
import dev.cenkit.spi.operation.Operation;
import org.immutables.value.Value;

/** {@code AssociateCenBandwidthPackage}: associates an idle, unlocked plan with a CEN that has no plan for the same area pair (R15, R16, R24). Answers the plan afterwards. */
@Value.Immutable
@CenkitStyle
public interface AssociateCenBandwidthPackageRequest extends Operation<BandwidthPlan> {
  /** {@code CenId}. */
  CenId cenId();

  /** {@code CenBandwidthPackageId}. */
  BandwidthPackageId bandwidthPackageId();

  @Override
  default String action() {
    return "AssociateCenBandwidthPackage";
  }

  @Override
  default String summary() {
    return cenId() + ", " + bandwidthPackageId();
  }

  /** A builder of the request. */
  static Builder builder() {
    return new Builder();
  }

  /** The builder of {@link AssociateCenBandwidthPackageRequest}. */
  class Builder extends ImmutableAssociateCenBandwidthPackageRequest.Builder {}
}
