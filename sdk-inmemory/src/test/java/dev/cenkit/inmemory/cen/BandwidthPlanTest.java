package dev.cenkit.inmemory.cen;

import static dev.cenkit.inmemory.Rejections.assertRejected;
import static dev.cenkit.model.RegionId.CN_BEIJING;
import static dev.cenkit.model.RegionId.CN_HANGZHOU;
import static dev.cenkit.model.RegionId.CN_HONGKONG;
import static dev.cenkit.model.RegionId.CN_SHANGHAI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.cenkit.error.CenkitException;
import dev.cenkit.error.RuleId;
import dev.cenkit.inmemory.Fixtures;
import dev.cenkit.inmemory.InMemoryCloud;
import dev.cenkit.inmemory.rules.BandwidthRules;
import dev.cenkit.model.Area;
import dev.cenkit.model.Bandwidth;
import dev.cenkit.model.RegionId;
import dev.cenkit.model.cen.BandwidthPackageChargeType;
import dev.cenkit.model.cen.BandwidthPackageId;
import dev.cenkit.model.cen.BandwidthPlan;
import dev.cenkit.model.cen.BandwidthPlanBusinessStatus;
import dev.cenkit.model.cen.BandwidthPlanStatus;
import dev.cenkit.model.cen.CenId;
import dev.cenkit.model.cen.InterRegionBandwidthLimit;
import dev.cenkit.model.cen.RegionPair;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BandwidthPlanTest {
  private final InMemoryCloud cloud = InMemoryCloud.create();
  private final CenId cen = Fixtures.cen(cloud);

  {
    Fixtures.attach(cloud, cen, Fixtures.vpcWithVSwitch(cloud, CN_HANGZHOU, "172.16.0.0/16", "172.16.1.0/24"));
    Fixtures.attach(cloud, cen, Fixtures.vpcWithVSwitch(cloud, CN_BEIJING, "10.3.0.0/16", "10.3.1.0/24"));
    Fixtures.attach(cloud, cen, Fixtures.vpcWithVSwitch(cloud, CN_SHANGHAI, "10.4.0.0/16", "10.4.1.0/24"));
    Fixtures.attach(cloud, cen, Fixtures.vpcWithVSwitch(cloud, CN_HONGKONG, "10.5.0.0/16", "10.5.1.0/24"));
  }

  private BandwidthPlan plan(long mbps, Area a, Area b) {
    return cloud.createCenBandwidthPackage(
        r -> r.bandwidth(mbps).geographicRegionA(a).geographicRegionB(b).chargeType(BandwidthPackageChargeType.POSTPAY));
  }

  private BandwidthPlan associatedPlan(long mbps, Area a, Area b) {
    return cloud.associateCenBandwidthPackage(cen, plan(mbps, a, b).id());
  }

  private Optional<InterRegionBandwidthLimit> limit(CenId c, RegionId local, RegionId opposite, long mbps) {
    return cloud.setCenInterRegionBandwidthLimit(
        r -> r.cenId(c).localRegion(local).oppositeRegion(opposite).bandwidthLimit(mbps));
  }

  @Test
  void r12APairWithoutALimitHasNoAllocation() {
    associatedPlan(10, Area.CHINA, Area.CHINA);
    limit(cen, CN_HANGZHOU, CN_BEIJING, 2);

    assertThat(cloud.snapshot().cen().bandwidthLimit(cen, RegionPair.of(CN_HANGZHOU, CN_SHANGHAI))).isEmpty();
    assertThat(cloud.describeCenInterRegionBandwidthLimits(cen)).extracting(InterRegionBandwidthLimit::regions)
        .containsExactly(RegionPair.of(CN_BEIJING, CN_HANGZHOU));
    assertThat(Bandwidth.TEST_ONLY.kbps()).isEqualTo(1);
  }

  @Test
  void r13APlanOfTwoToTenThousandMbpsIsAccepted() {
    assertThat(plan(2, Area.CHINA, Area.CHINA).bandwidth()).isEqualTo(Bandwidth.ofMbps(2));
    assertThat(plan(10000, Area.CHINA, Area.CHINA).bandwidth()).isEqualTo(Bandwidth.ofMbps(10000));
  }

  @Test
  void r13APlanOutsideTwoToTenThousandMbpsIsRejected() {
    assertRejected(cloud, () -> plan(1, Area.CHINA, Area.CHINA), "ParameterIllegal.Bandwidth", RuleId.R13);
    assertRejected(cloud, () -> plan(10001, Area.CHINA, Area.CHINA), "ParameterIllegal.Bandwidth", RuleId.R13);
    assertRejected(cloud, () -> plan(0, Area.CHINA, Area.CHINA), "ParameterIllegal.Bandwidth", RuleId.R13);
    assertRejected(cloud, () -> plan(-5, Area.CHINA, Area.CHINA), "ParameterIllegal.Bandwidth", RuleId.R13);
  }

  @Test
  void r14APlanCoversAnUnorderedAreaPairThatMayBeOneAreaTwice() {
    BandwidthPlan china = plan(10, Area.CHINA, Area.CHINA);
    BandwidthPlan mixed = plan(10, Area.ASIA_PACIFIC, Area.CHINA);

    assertThat(china.areas().first()).isEqualTo(Area.CHINA);
    assertThat(china.areas().second()).isEqualTo(Area.CHINA);
    assertThat(mixed.areas()).isEqualTo(plan(10, Area.CHINA, Area.ASIA_PACIFIC).areas());
    cloud.associateCenBandwidthPackage(cen, mixed.id());
    assertThat(limit(cen, CN_HONGKONG, CN_HANGZHOU, 5)).hasValueSatisfying(l -> assertThat(l.bandwidthPackageId()).isEqualTo(mixed.id()));
  }

  @Test
  void r15ACenHasAtMostOnePlanPerAreaPairInEitherOrder() {
    associatedPlan(10, Area.CHINA, Area.ASIA_PACIFIC);
    BandwidthPlan reversed = plan(10, Area.ASIA_PACIFIC, Area.CHINA);
    assertRejected(
        cloud,
        () -> cloud.associateCenBandwidthPackage(cen, reversed.id()),
        "InvalidOperation.BwpForGeoSpanAlreadyAssociated",
        RuleId.R15);
    assertThat(associatedPlan(10, Area.CHINA, Area.CHINA).cenId()).contains(cen);
  }

  @Test
  void r16APlanIsAssociatedWithAtMostOneCenAtATime() {
    BandwidthPlan p = associatedPlan(10, Area.CHINA, Area.CHINA);
    CenId other = Fixtures.cen(cloud);

    assertRejected(cloud, () -> cloud.associateCenBandwidthPackage(other, p.id()), "InvalidOperation.BwpAlreadyAssociated", RuleId.R16);

    cloud.unassociateCenBandwidthPackage(cen, p.id());
    assertThat(cloud.associateCenBandwidthPackage(other, p.id()).cenId()).contains(other);
  }

  @Test
  void r17SettingALimitWithoutAnyAssociatedPlanIsRejected() {
    plan(10, Area.CHINA, Area.CHINA);
    assertRejected(cloud, () -> limit(cen, CN_HANGZHOU, CN_BEIJING, 2), "InvalidOperation.BwpForGeoSpanNotAssociated", RuleId.R17);
  }

  @Test
  void r18SettingALimitForRegionsOfAnotherAreaPairIsRejected() {
    associatedPlan(10, Area.CHINA, Area.CHINA);
    assertRejected(cloud, () -> limit(cen, CN_HANGZHOU, CN_HONGKONG, 2), "InvalidOperation.BwpForGeoSpanNotAssociated", RuleId.R18);
  }

  @Test
  void r19ALimitAboveThePlanIsRejected() {
    associatedPlan(10, Area.CHINA, Area.CHINA);
    assertRejected(cloud, () -> limit(cen, CN_HANGZHOU, CN_BEIJING, 11), "InvalidOperation.BwpBandwidthExceeded", RuleId.R19);
  }

  @Test
  void r19TheLimitsDrawnFromAPlanAddUpToAtMostThePlan() {
    associatedPlan(10, Area.CHINA, Area.CHINA);
    limit(cen, CN_HANGZHOU, CN_BEIJING, 6);
    assertRejected(cloud, () -> limit(cen, CN_HANGZHOU, CN_SHANGHAI, 5), "InvalidOperation.BwpBandwidthExceeded", RuleId.R19);
    assertThat(limit(cen, CN_HANGZHOU, CN_SHANGHAI, 4)).isPresent();
  }

  @Test
  void r19ChangingAPairsLimitDoesNotCountItsOldValue() {
    associatedPlan(10, Area.CHINA, Area.CHINA);
    limit(cen, CN_HANGZHOU, CN_BEIJING, 6);

    assertThat(limit(cen, CN_BEIJING, CN_HANGZHOU, 10)).hasValueSatisfying(l -> assertThat(l.bandwidthLimit()).isEqualTo(Bandwidth.ofMbps(10)));
    assertThat(cloud.describeCenInterRegionBandwidthLimits(cen)).hasSize(1);
  }

  @Test
  void r19ANegativeLimitIsRejected() {
    associatedPlan(10, Area.CHINA, Area.CHINA);
    assertRejected(cloud, () -> limit(cen, CN_HANGZHOU, CN_BEIJING, -1), "ParameterIllegal.BandwidthLimit", RuleId.R19);
  }

  @Test
  void r20ALimitOfZeroRemovesTheAllocation() {
    associatedPlan(10, Area.CHINA, Area.CHINA);
    limit(cen, CN_HANGZHOU, CN_BEIJING, 6);

    assertThat(limit(cen, CN_BEIJING, CN_HANGZHOU, 0)).isEmpty();

    assertThat(cloud.describeCenInterRegionBandwidthLimits(cen)).isEmpty();
    long version = cloud.snapshot().version();
    assertThat(limit(cen, CN_BEIJING, CN_HANGZHOU, 0)).isEmpty();
    assertThat(cloud.snapshot().version()).as("removing an absent limit changes nothing").isEqualTo(version);
  }

  @Test
  void r21TheTwoRegionsOfALimitMustDiffer() {
    associatedPlan(10, Area.CHINA, Area.CHINA);
    assertRejected(cloud, () -> limit(cen, CN_HANGZHOU, CN_HANGZHOU, 2), "ParameterIllegal.OppositeRegionId", RuleId.R21);
  }

  @Test
  void r22APlanCannotShrinkBelowTheLimitsDrawnFromIt() {
    BandwidthPlan p = associatedPlan(10, Area.CHINA, Area.CHINA);
    limit(cen, CN_HANGZHOU, CN_BEIJING, 6);

    assertRejected(cloud, () -> cloud.modifyCenBandwidthPackageSpec(p.id(), 5), "InvalidOperation.BwpBandwidthExceeded", RuleId.R22);
    assertThat(cloud.modifyCenBandwidthPackageSpec(p.id(), 6).bandwidth()).isEqualTo(Bandwidth.ofMbps(6));
    assertThat(cloud.modifyCenBandwidthPackageSpec(p.id(), 100).bandwidth()).isEqualTo(Bandwidth.ofMbps(100));
    assertRejected(cloud, () -> cloud.modifyCenBandwidthPackageSpec(p.id(), 1), "ParameterIllegal.Bandwidth", RuleId.R13);
  }

  @Test
  void r23APlanWithLimitsCannotBeUnassociated() {
    BandwidthPlan p = associatedPlan(10, Area.CHINA, Area.CHINA);
    limit(cen, CN_HANGZHOU, CN_BEIJING, 2);
    assertRejected(cloud, () -> cloud.unassociateCenBandwidthPackage(cen, p.id()), "InvalidOperation.CenBandwidthLimitsNotZero", RuleId.R23);
  }

  @Test
  void r23AnAssociatedPlanCannotBeDeleted() {
    BandwidthPlan p = associatedPlan(10, Area.CHINA, Area.CHINA);
    assertRejected(cloud, () -> cloud.deleteCenBandwidthPackage(p.id()), "InvalidOperation.CenBandwidthPackageInUse", RuleId.R23);
  }

  @Test
  void r23APrepaidPlanCannotBeReleased() {
    BandwidthPlan prepaid =
        cloud.createCenBandwidthPackage(r -> r.bandwidth(10).geographicRegionA(Area.CHINA).geographicRegionB(Area.CHINA));
    assertThat(prepaid.chargeType()).isEqualTo(BandwidthPackageChargeType.PREPAY);
    assertRejected(cloud, () -> cloud.deleteCenBandwidthPackage(prepaid.id()), "Forbidden.Release", RuleId.R23);
  }

  @Test
  void r23AnUnassociatedPlanWithoutLimitsCanBeDeleted() {
    BandwidthPlan p = associatedPlan(10, Area.CHINA, Area.CHINA);
    limit(cen, CN_HANGZHOU, CN_BEIJING, 2);
    limit(cen, CN_HANGZHOU, CN_BEIJING, 0);
    cloud.unassociateCenBandwidthPackage(cen, p.id());

    assertThat(cloud.deleteCenBandwidthPackage(p.id()).id()).isEqualTo(p.id());

    assertThat(cloud.describeCenBandwidthPackages()).isEmpty();
    assertRejected(cloud, () -> cloud.deleteCenBandwidthPackage(p.id()), "ParameterBwpInstanceId", RuleId.R23);
  }

  @Test
  void r23UnassociatingAPlanFromAnotherCenIsRejected() {
    BandwidthPlan p = plan(10, Area.CHINA, Area.CHINA);
    assertRejected(cloud, () -> cloud.unassociateCenBandwidthPackage(cen, p.id()), "InvalidOperation.BwpNotAssociated", RuleId.R23);
    assertRejected(
        cloud,
        () -> cloud.associateCenBandwidthPackage(cen, BandwidthPackageId.of("cenbwp-unknown")),
        "ParameterBwpInstanceId",
        RuleId.R23);
  }

  @Test
  void r24APlanIsIdleUntilAssociatedAndInUseAfter() {
    BandwidthPlan p = plan(10, Area.CHINA, Area.CHINA);
    assertThat(p.status()).isEqualTo(BandwidthPlanStatus.IDLE);
    assertThat(cloud.associateCenBandwidthPackage(cen, p.id()).status()).isEqualTo(BandwidthPlanStatus.IN_USE);
    assertThat(cloud.unassociateCenBandwidthPackage(cen, p.id()).status()).isEqualTo(BandwidthPlanStatus.IDLE);
  }

  @Test
  void r24ALockedPlanCannotBeAssociated() {
    BandwidthPlan locked =
        plan(10, Area.CHINA, Area.CHINA).toBuilder().businessStatus(BandwidthPlanBusinessStatus.FINANCIAL_LOCKED).build();
    CenkitException e = catchThrowableOfType(CenkitException.class, () -> BandwidthRules.r24PlanUsable(locked));
    assertThat(e.code()).isEqualTo("InvalidOperation.BwpBusinessStatus");
    assertThat(e.rule()).contains(RuleId.R24);
  }

  @Test
  void n1BothRegionsOfALimitNeedAttachedInstances() {
    associatedPlan(10, Area.CHINA, Area.CHINA);
    assertRejected(cloud, () -> limit(cen, CN_HANGZHOU, RegionId.CN_CHENGDU, 2), "InvalidOperation.NoChildInstanceEitherRegion", RuleId.N1);
  }

  @Test
  void settingALimitOnAnUnknownCenIsRejected() {
    assertRejected(cloud, () -> limit(CenId.of("cen-unknown"), CN_HANGZHOU, CN_BEIJING, 2), "ParameterCenInstanceId");
  }
}
