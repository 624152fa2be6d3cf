package dev.cenkit.spi.cen;

import dev.cenkit.model.CenkitStyle;
import dev.cenkit.model.cen.BandwidthPackageId;
import dev.cenkit.model.cen.BandwidthPlan;
import dev.cenkit.model.cen.CenId;
import dev.cenkit.spi.operation.Operation;
import org.immutables.value.Value;

/** {@code UnassociateCenBandwidthPackage}: detaches a plan from its CEN once no inter-region limit draws on it (R23). Answers the plan afterwards. */
@Value.Immutable
@CenkitStyle
public interface UnassociateCenBandwidthPackageRequest extends Operation<BandwidthPlan> {
  /** {@code CenId}. */
  CenId cenId();

  /** {@code CenBandwidthPackageId}. */
  BandwidthPackageId bandwidthPackageId();

  @Override
  default String action() {
    return "UnassociateCenBandwidthPackage";
  }

  @Override
  default String summary() {
    return cenId() + ", " + bandwidthPackageId();
  }

  /** A builder of the request. */
  static Builder builder() {
    return new Builder();
  }

  /** The builder of {@link UnassociateCenBandwidthPackageRequest}. */
  class Builder extends ImmutableUnassociateCenBandwidthPackageRequest.Builder {}
}
