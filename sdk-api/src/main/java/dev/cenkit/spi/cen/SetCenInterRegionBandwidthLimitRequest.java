package dev.cenkit.spi.cen;

import dev.cenkit.error.ErrorCode;
import dev.cenkit.error.RuleId;
import dev.cenkit.model.CenkitStyle;
import dev.cenkit.model.RegionId;
import dev.cenkit.model.cen.CenId;
import dev.cenkit.model.cen.InterRegionBandwidthLimit;
import dev.cenkit.spi.operation.Operation;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code SetCenInterRegionBandwidthLimit}: allocates bandwidth between two different regions of a CEN (R21),
 * drawn from the associated plan of their area pair (R17, R18) and within it (R19); both regions need attached
 * instances (N1). A limit of 0 removes the allocation (R20). Answers the limit, or empty when removed.
 */
@Value.Immutable
@CenkitStyle
public interface SetCenInterRegionBandwidthLimitRequest extends Operation<Optional<InterRegionBandwidthLimit>> {
  /** {@code CenId}. */
  CenId cenId();

  /** {@code LocalRegionId}. */
  RegionId localRegion();

  /** {@code OppositeRegionId}. */
  RegionId oppositeRegion();

  /** {@code BandwidthLimit}, in Mbit/s; 0 removes the allocation (R20). */
  long bandwidthLimit();

  @Value.Check
  default void check() {
    if (bandwidthLimit() < 0) {
      throw ErrorCode.BANDWIDTH_LIMIT_ILLEGAL.exception(
          RuleId.R19, "the bandwidth limit must be a positive number of Mbit/s (or 0 to remove), got " + bandwidthLimit(), bandwidthLimit());
    }
  }

  @Override
  default String action() {
    return "SetCenInterRegionBandwidthLimit";
  }

  @Override
  default String summary() {
    return cenId() + ", " + localRegion() + ", " + oppositeRegion() + ", " + bandwidthLimit() + " Mbit/s";
  }

  /** A builder of the request. */
  static Builder builder() {
    return new Builder();
  }

  /** The builder of {@link SetCenInterRegionBandwidthLimitRequest}. */
  class Builder extends ImmutableSetCenInterRegionBandwidthLimitRequest.Builder {}
}
