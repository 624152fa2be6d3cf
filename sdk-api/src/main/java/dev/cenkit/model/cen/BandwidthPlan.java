package dev.cenkit.model.cen;

import dev.cenkit.model.Area;
import dev.cenkit.model.Bandwidth;
import dev.cenkit.model.CenkitStyle;
import dev.cenkit.model.Checks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A CEN bandwidth plan ({@code CreateCenBandwidthPackage}): 2 to 10000 Mbit/s (R13) between an unordered pair
 * of areas, possibly the same area twice (R14). Associated with at most one CEN at a time (R16); inter-region
 * limits of that CEN draw on it (R18, R19).
 *
 * <p>Describe a new plan for a CEN fluently, starting with {@link dev.cenkit.dsl.Cenkit#bandwidthPlan(long)}:
 *
 * <pre>{@code
 * Cenkit.cen().attachNew(vpc1).attachNew(vpc3)
 *     .bandwidth(Cenkit.bandwidthPlan(2).between(Area.CHINA, Area.CHINA).allocate(CN_HANGZHOU, CN_BEIJING, 2));
 * }</pre>
 */
@Value.Immutable
@CenkitStyle
public interface BandwidthPlan {
  /** Smallest plan, in Mbit/s (R13). */
  long MIN_MBPS = 2;
  /** Largest plan, in Mbit/s (R13). */
  long MAX_MBPS = 10000;

  /** The plan id ({@code cenbwp-…}). */
  BandwidthPackageId id();

  /** The plan's bandwidth ({@code Bandwidth}). */
  Bandwidth bandwidth();

  /** {@code GeographicRegionAId}, as given. */
  Area areaA();

  /** {@code GeographicRegionBId}, as given. */
  Area areaB();

  /** The unordered pair of areas the plan connects (R14). */
  @Value.Derived
  @Value.Auxiliary
  default AreaPair areas() {
    return AreaPair.of(areaA(), areaB());
  }

  /** {@code BandwidthPackageChargeType}. */
  BandwidthPackageChargeType chargeType();

  /** The CEN the plan is associated with, if any (R16). */
  Optional<CenId> cenId();

  /** {@code Idle} when not associated, {@code InUse} when associated (R24). */
  @Value.Derived
  @Value.Auxiliary
  default BandwidthPlanStatus status() {
    return cenId().isPresent() ? BandwidthPlanStatus.IN_USE : BandwidthPlanStatus.IDLE;
  }

  /** {@code BusinessStatus}; a locked plan cannot be associated (R24). */
  @Value.Default
  default BandwidthPlanBusinessStatus businessStatus() {
    return BandwidthPlanBusinessStatus.NORMAL;
  }

  /** The name, if one was given. */
  Optional<String> name();

  /** The description, if one was given. */
  Optional<String> description();

  @Value.Check
  default void check() {
    checkSize(bandwidth().kbps() % 1000 == 0 ? bandwidth().mbps() : -1);
    name().ifPresent(n -> Checks.name(n, "bandwidth plan"));
    description().ifPresent(d -> Checks.description(d, "bandwidth plan"));
  }

  /**
   * Checks a plan size in Mbit/s against R13.
   *
   * @throws dev.cenkit.error.InvalidParameterException {@code ParameterIllegal.Bandwidth} outside 2 to 10000
   */
  static long checkSize(long mbps) {
    return Checks.inRange(
        mbps,
        MIN_MBPS,
        MAX_MBPS,
        "bandwidth plan size (Mbit/s)",
        dev.cenkit.error.ErrorCode.BANDWIDTH_PACKAGE_BANDWIDTH_ILLEGAL,
        dev.cenkit.error.RuleId.R13);
  }


  /** A builder of the value. */
  static Builder builder() {
    return new Builder();
  }

  /** A builder initialised from this value. */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** The builder of {@link BandwidthPlan}. */
  class Builder extends ImmutableBandwidthPlan.Builder {}
}
