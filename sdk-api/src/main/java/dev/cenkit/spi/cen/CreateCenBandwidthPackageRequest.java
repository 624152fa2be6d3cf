package dev.cenkit.spi.cen;

import dev.cenkit.model.Area;
import dev.cenkit.model.CenkitStyle;
import dev.cenkit.model.Checks;
import dev.cenkit.model.cen.BandwidthPackageChargeType;
import dev.cenkit.model.cen.BandwidthPlan;
import dev.cenkit.spi.operation.Operation;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code CreateCenBandwidthPackage}: buys a bandwidth plan of 2 to 10000 Mbit/s (R13) between two areas, which
 * may be the same (R14). The plan starts {@code Idle}.
 */
@Value.Immutable
@CenkitStyle
public interface CreateCenBandwidthPackageRequest extends Operation<BandwidthPlan> {
  /** {@code Bandwidth}, in Mbit/s. */
  long bandwidth();

  /** {@code GeographicRegionAId}. */
  Area geographicRegionA();

  /** {@code GeographicRegionBId}. */
  Area geographicRegionB();

  /** {@code BandwidthPackageChargeType}: {@code PREPAY} by default, as in the API. */
  @Value.Default
  default BandwidthPackageChargeType chargeType() {
    return BandwidthPackageChargeType.PREPAY;
  }

  /** {@code Name}. */
  Optional<String> name();

  /** {@code Description}. */
  Optional<String> description();

  @Value.Check
  default void check() {
    BandwidthPlan.checkSize(bandwidth());
    name().ifPresent(n -> Checks.name(n, "bandwidth plan"));
    description().ifPresent(d -> Checks.description(d, "bandwidth plan"));
  }

  @Override
  default String action() {
    return "CreateCenBandwidthPackage";
  }

  @Override
  default String summary() {
    return bandwidth() + " Mbit/s, " + geographicRegionA() + "-" + geographicRegionB();
  }

  /** A builder of the request. */
  static Builder builder() {
    return new Builder();
  }

  /** The builder of {@link CreateCenBandwidthPackageRequest}. */
  class Builder extends ImmutableCreateCenBandwidthPackageRequest.Builder {}
}
