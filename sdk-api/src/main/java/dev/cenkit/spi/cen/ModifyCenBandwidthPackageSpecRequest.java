package dev.cenkit.spi.cen;

import dev.cenkit.model.CenkitStyle;
import dev.cenkit.model.cen.BandwidthPackageId;
import dev.cenkit.model.cen.BandwidthPlan;
import dev.cenkit.spi.operation.Operation;
import org.immutables.value.Value;

/**
 * {@code ModifyCenBandwidthPackageSpec}: resizes a plan (R13); a downgrade must still cover the limits drawn
 * from it (R22). Answers the resized plan.
 */
@Value.Immutable
@CenkitStyle
public interface ModifyCenBandwidthPackageSpecRequest extends Operation<BandwidthPlan> {
  /** {@code CenBandwidthPackageId}. */
  BandwidthPackageId bandwidthPackageId();

  /** {@code Bandwidth}, the new size in Mbit/s. */
  long bandwidth();

  @Value.Check
  default void check() {
    BandwidthPlan.checkSize(bandwidth());
  }

  @Override
  default String action() {
    return "ModifyCenBandwidthPackageSpec";
  }

  @Override
  default String summary() {
    return bandwidthPackageId() + ", " + bandwidth() + " Mbit/s";
  }

  /** A builder of the request. */
  static Builder builder() {
    return new Builder();
  }

  /** The builder of {@link ModifyCenBandwidthPackageSpecRequest}. */
  class Builder extends ImmutableModifyCenBandwidthPackageSpecRequest.Builder {}
}
