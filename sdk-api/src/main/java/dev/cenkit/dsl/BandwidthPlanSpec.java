package dev.cenkit.dsl;

import dev.cenkit.error.ErrorCode;
import dev.cenkit.error.RuleId;
import dev.cenkit.model.Area;
import dev.cenkit.model.Checks;
import dev.cenkit.model.RegionId;
import dev.cenkit.model.cen.BandwidthPackageChargeType;
import dev.cenkit.model.cen.BandwidthPackageId;
import dev.cenkit.model.cen.BandwidthPlan;
import dev.cenkit.model.cen.CenId;
import dev.cenkit.model.cen.RegionPair;
import dev.cenkit.spi.Ref;
import dev.cenkit.spi.Spec;
import dev.cenkit.spi.Step;
import dev.cenkit.spi.cen.AssociateCenBandwidthPackageRequest;
import dev.cenkit.spi.cen.CreateCenBandwidthPackageRequest;
import dev.cenkit.spi.cen.SetCenInterRegionBandwidthLimitRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The description of a new bandwidth plan for a CEN and the inter-region bandwidth it allocates, built
 * fluently and handed to {@link CenSpec#bandwidth(BandwidthPlanSpec)}:
 *
 * <pre>{@code
 * Cenkit.bandwidthPlan(2).between(Area.CHINA, Area.CHINA).allocate(CN_HANGZHOU, CN_BEIJING, 2)
 * }</pre>
 *
 * Applied with its CEN, it creates the plan ({@code CreateCenBandwidthPackage}), associates it with the CEN
 * ({@code AssociateCenBandwidthPackage}) and sets each allocation ({@code SetCenInterRegionBandwidthLimit})
 * after the CEN's attachments. Parameters are checked when given (R13, R19, R21); the cloud's rules (R15-R18,
 * N1) when the spec is applied. Immutable.
 */
public final class BandwidthPlanSpec {
  private final long mbps;
  private final Area areaA;
  private final Area areaB;
  private final @Nullable String name;
  private final BandwidthPackageChargeType chargeType;
  private final List<Allocation> allocations;

  /** One inter-region allocation of the plan. */
  private static final class Allocation {
    final RegionId local;
    final RegionId opposite;
    final long mbps;

    Allocation(RegionId local, RegionId opposite, long mbps) {
      this.local = local;
      this.opposite = opposite;
      this.mbps = mbps;
    }
  }

  private BandwidthPlanSpec(
      long mbps,
      Area areaA,
      Area areaB,
      @Nullable String name,
      BandwidthPackageChargeType chargeType,
      List<Allocation> allocations) {
    this.mbps = mbps;
    this.areaA = areaA;
    this.areaB = areaB;
    this.name = name;
    this.chargeType = chargeType;
    this.allocations = List.copyOf(allocations);
  }

  /**
   * Starts a plan of {@code mbps} Mbit/s; users reach it as {@link Cenkit#bandwidthPlan(long)}.
   *
   * @throws dev.cenkit.error.InvalidParameterException {@code ParameterIllegal.Bandwidth} outside 2 to 10000 (R13)
   */
  static Sized of(long mbps) {
    return new Sized(BandwidthPlan.checkSize(mbps));
  }

  /** The first stage: the size is known; the areas complete the plan. */
  public static final class Sized {
    private final long mbps;

    private Sized(long mbps) {
      this.mbps = mbps;
    }

    /** The two areas the plan connects, in either order; both may be the same (R14). */
    public BandwidthPlanSpec between(Area a, Area b) {
      Checks.required(a, "area A");
      Checks.required(b, "area B");
      return new BandwidthPlanSpec(mbps, a, b, null, BandwidthPackageChargeType.PREPAY, List.of());
    }
  }

  /**
   * Allocates {@code mbps} Mbit/s between two different regions (R21) of the CEN, drawn from this plan.
   *
   * @throws dev.cenkit.error.InvalidParameterException {@code ParameterIllegal.BandwidthLimit} when {@code mbps}
   *     is not positive (R19), {@code ParameterIllegal.OppositeRegionId} when the regions are the same (R21)
   */
  public BandwidthPlanSpec allocate(RegionId local, RegionId opposite, long mbps) {
    RegionPair.of(local, opposite);
    if (mbps <= 0) {
      throw ErrorCode.BANDWIDTH_LIMIT_ILLEGAL.exception(
          RuleId.R19, "an allocation must be a positive number of Mbit/s, got " + mbps, mbps);
    }
    List<Allocation> more = new ArrayList<>(allocations);
    more.add(new Allocation(local, opposite, mbps));
    return new BandwidthPlanSpec(this.mbps, areaA, areaB, name, chargeType, more);
  }

  /** The plan's name (R4). */
  public BandwidthPlanSpec named(String name) {
    return new BandwidthPlanSpec(mbps, areaA, areaB, Checks.name(name, "bandwidth plan"), chargeType, allocations);
  }

  /** The charge type; {@code PREPAY} by default, as in the API. */
  public BandwidthPlanSpec chargeType(BandwidthPackageChargeType chargeType) {
    return new BandwidthPlanSpec(
        mbps, areaA, areaB, name, Checks.required(chargeType, "charge type"), allocations);
  }

  /** The plan's size in Mbit/s. */
  public long mbps() {
    return mbps;
  }

  /**
   * The steps that create the plan and associate it with {@code cen}; each call makes new steps and a new
   * reference to the plan, so call it once per CEN spec.
   */
  Parts stepsFor(Ref<CenId> cen) {
    Ref<BandwidthPackageId> plan =
        Ref.pending(BandwidthPackageId.KIND, name != null ? name : mbps + " Mbit/s " + areaA + "-" + areaB);
    CreateCenBandwidthPackageRequest create =
        CreateCenBandwidthPackageRequest.builder()
            .bandwidth(mbps)
            .geographicRegionA(areaA)
            .geographicRegionB(areaB)
            .chargeType(chargeType)
            .name(Optional.ofNullable(name))
            .build();
    Spec setUp =
        Spec.empty()
            .plus(Step.creating(plan, b -> create, BandwidthPlan::id))
            .plus(
                Step.of(
                    "associate " + plan.label() + " with " + cen.label(),
                    b ->
                        AssociateCenBandwidthPackageRequest.builder()
                            .cenId(b.resolve(cen))
                            .bandwidthPackageId(b.resolve(plan))
                            .build()));
    Spec limits = Spec.empty();
    for (Allocation a : allocations) {
      limits =
          limits.plus(
              Step.of(
                  "allocate " + a.mbps + " Mbit/s between " + a.local + " and " + a.opposite + " in " + cen.label(),
                  b ->
                      SetCenInterRegionBandwidthLimitRequest.builder()
                          .cenId(b.resolve(cen))
                          .localRegion(a.local)
                          .oppositeRegion(a.opposite)
                          .bandwidthLimit(a.mbps)
                          .build()));
    }
    return new Parts(plan, setUp, limits);
  }

  /**
   * The spec that buys this plan for an existing CEN: create it, associate it, then set its allocations. The
   * CEN must already have attached instances in the allocated regions (N1).
   */
  public Spec forCen(CenId cen) {
    Parts parts = stepsFor(Ref.to(Checks.required(cen, "CEN id")));
    return Spec.of(parts.setUp, parts.limits);
  }

  /** The steps of a plan for one CEN: creation and association, then the allocations. */
  static final class Parts {
    final Ref<BandwidthPackageId> plan;
    final Spec setUp;
    final Spec limits;

    Parts(Ref<BandwidthPackageId> plan, Spec setUp, Spec limits) {
      this.plan = plan;
      this.setUp = setUp;
      this.limits = limits;
    }
  }

  @Override
  public String toString() {
    return "BandwidthPlan " + mbps + " Mbit/s " + areaA + "-" + areaB;
  }
}
