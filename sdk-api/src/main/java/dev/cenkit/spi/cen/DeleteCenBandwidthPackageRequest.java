package dev.cenkit.spi.cen;

import dev.cenkit.model.CenkitStyle;
import dev.cenkit.model.cen.BandwidthPackageId;
import dev.cenkit.model.cen.BandwidthPlan;
import dev.cenkit.spi.operation.Operation;
import org.immutables.value.Value;

/**
 * {@code DeleteCenBandwidthPackage}: deletes an unassociated pay-as-you-go plan (R23). Answers the deleted plan.
 */
@Value.Immutable
@CenkitStyle
public interface DeleteCenBandwidthPackageRequest extends Operation<BandwidthPlan> {
  /** {@code CenBandwidthPackageId}. */
  BandwidthPackageId bandwidthPackageId();

  @Override
  default String action() {
    return "DeleteCenBandwidthPackage";
  }

  @Override
  default String summary() {
    return bandwidthPackageId().value();
  }

  /** A builder of the request. */
  static Builder builder() {
    return new Builder();
  }

  /** The builder of {@link DeleteCenBandwidthPackageRequest}. */
  class Builder extends ImmutableDeleteCenBandwidthPackageRequest.Builder {}
}
