package dev.cenkit.inmemory.cen;

import static dev.cenkit.inmemory.Rejections.assertRejected;
import static dev.cenkit.model.RegionId.CN_BEIJING;
import static dev.cenkit.model.RegionId.CN_HANGZHOU;
import static dev.cenkit.model.RegionId.CN_SHANGHAI;
import static dev.cenkit.model.RegionId.US_WEST_1;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cenkit.error.RuleId;
import dev.cenkit.inmemory.Fixtures;
import dev.cenkit.inmemory.InMemoryCloud;
import dev.cenkit.inmemory.internal.Internals;
import dev.cenkit.inmemory.quota.Quotas;
import dev.cenkit.inmemory.state.Snapshot;
import dev.cenkit.model.Area;
import dev.cenkit.model.ChildInstanceType;
import dev.cenkit.model.RegionId;
import dev.cenkit.model.cen.BandwidthPackageChargeType;
import dev.cenkit.model.cen.CcnId;
import dev.cenkit.model.cen.CenAttachment;
import dev.cenkit.model.cen.CenId;
import dev.cenkit.model.cen.CenInstance;
import dev.cenkit.model.cen.ProtectionLevel;
import dev.cenkit.model.vpc.Vpc;
import dev.cenkit.model.vpc.VpcId;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CenInstanceAndAttachmentTest {
  private final InMemoryCloud cloud = InMemoryCloud.create();
  private final Vpc hangzhou = Fixtures.vpcWithVSwitch(cloud, CN_HANGZHOU, "172.16.0.0/16", "172.16.1.0/24");
  private final Vpc beijing = Fixtures.vpcWithVSwitch(cloud, CN_BEIJING, "10.3.0.0/16", "10.3.1.0/24");

  @Test
  void r1AttachingWithAnotherRegionThanTheChildsIsRejected() {
    CenId cen = Fixtures.cen(cloud);
    assertRejected(
        cloud,
        () -> cloud.attachCenChildInstance(b -> b.cenId(cen).childInstanceId(hangzhou.id()).childInstanceRegion(CN_BEIJING)),
        "ParameterIllegal.ChildInstanceRegionId",
        RuleId.R1);
  }

  @Test
  void r2ACenIsGlobalAndJoinsInstancesOfAnyRegion() {
    Vpc usa = Fixtures.vpcWithVSwitch(cloud, US_WEST_1, "192.168.0.0/16", "192.168.1.0/24");
    CenId cen = Fixtures.cen(cloud);

    Fixtures.attach(cloud, cen, hangzhou);
    Fixtures.attach(cloud, cen, usa);

    assertThat(cloud.describeCenAttachedChildInstances(cen)).extracting(CenAttachment::childInstanceRegion)
        .containsExactly(CN_HANGZHOU, US_WEST_1);
    assertThat(Arrays.stream(CenInstance.class.getMethods()).map(Method::getReturnType)).doesNotContain(RegionId.class);
  }

  @Test
  void r4AMalformedCenNameOrDescriptionIsRejected() {
    assertRejected(cloud, () -> cloud.createCen(b -> b.name("http://mesh")), "InvalidName.Malformed", RuleId.R4);
    assertRejected(cloud, () -> cloud.createCen(b -> b.name("x".repeat(129))), "InvalidName.Malformed", RuleId.R4);
    assertRejected(cloud, () -> cloud.createCen(b -> b.description("d".repeat(257))), "InvalidDescription.Malformed", RuleId.R4);
    assertRejected(cloud, () -> cloud.createCen(b -> b.name("")), "MissingParameter");
    assertThat(cloud.createCen(b -> b.name("x".repeat(128))).name()).hasValue("x".repeat(128));
  }

  @Test
  void r5TheChildTypeIsDerivedFromTheIdAndOnlyVpcVbrCcnExist() {
    assertThat(VpcId.of("vpc-abc").childInstanceType()).isEqualTo(ChildInstanceType.VPC);
    assertThat(CcnId.of("ccn-abc").childInstanceType()).isEqualTo(ChildInstanceType.CCN);
    assertThat(ChildInstanceType.of("VBR")).isEqualTo(ChildInstanceType.VBR);
    assertRejected(cloud, () -> ChildInstanceType.of("ECS"), "ParameterIllegal.ChildInstanceType", RuleId.R5);
    assertRejected(cloud, () -> ChildInstanceType.of("vpc"), "ParameterIllegal.ChildInstanceType", RuleId.R5);
  }

  @Test
  void r5AttachingACcnIsValidButNotModeled() {
    CenId cen = Fixtures.cen(cloud);
    assertRejected(
        cloud,
        () -> cloud.attachCenChildInstance(b -> b.cenId(cen).childInstanceId(CcnId.of("ccn-abc123")).childInstanceRegion(CN_HANGZHOU)),
        "cenkit.NotModeled",
        RuleId.R5);
  }

  @Test
  void r6AttachingAVpcToASecondCenIsRejected() {
    CenId first = Fixtures.cen(cloud);
    CenId second = Fixtures.cen(cloud);
    Fixtures.attach(cloud, first, hangzhou);

    assertRejected(cloud, () -> Fixtures.attach(cloud, second, hangzhou), "InvalidOperation.ChildInstanceAlreadyAttached", RuleId.R6);
    assertRejected(cloud, () -> Fixtures.attach(cloud, first, hangzhou), "InvalidOperation.ChildInstanceAlreadyAttached", RuleId.R6);
  }

  @Test
  void r9SameRegionInstancesJoinWithoutAnyBandwidthPlan() {
    Vpc otherHangzhou = Fixtures.vpcWithVSwitch(cloud, CN_HANGZHOU, "10.9.0.0/16", "10.9.1.0/24");
    CenId cen = Fixtures.cen(cloud);

    Fixtures.attach(cloud, cen, hangzhou);
    Fixtures.attach(cloud, cen, otherHangzhou);

    assertThat(cloud.describeCenAttachedChildInstances(cen)).hasSize(2);
    assertThat(cloud.describeCenBandwidthPackages()).isEmpty();
    assertThat(cloud.describeCenInterRegionBandwidthLimits(cen)).isEmpty();
    assertThat(cloud.describeCenRouteEntries(cen)).extracting(r -> r.nextHopInstanceId().value())
        .containsExactlyInAnyOrder(hangzhou.id().value(), otherHangzhou.id().value());
  }

  @Test
  void r10TwoCensAreIsolatedInTheData() {
    Vpc sameBlock = Fixtures.vpcWithVSwitch(cloud, CN_SHANGHAI, "172.16.0.0/16", "172.16.1.0/24");
    CenId a = Fixtures.cen(cloud);
    CenId b = Fixtures.cen(cloud);
    Fixtures.attach(cloud, a, hangzhou);
    Fixtures.attach(cloud, b, sameBlock);

    assertThat(cloud.describeCenRouteEntries(a)).extracting(r -> r.nextHopInstanceId().value()).containsExactly(hangzhou.id().value());
    assertThat(cloud.describeCenRouteEntries(b)).extracting(r -> r.nextHopInstanceId().value()).containsExactly(sameBlock.id().value());
    assertThat(cloud.describeRouteConflicts(a)).isEmpty();
    assertThat(cloud.describeRouteConflicts(b)).isEmpty();
    assertThat(cloud.describeCenAttachedChildInstances(a)).extracting(CenAttachment::cenId).containsOnly(a);
  }

  @Test
  void r11DetachingAChildThatIsNotAttachedIsASuccessfulNoOp() {
    CenId cen = Fixtures.cen(cloud);
    Snapshot before = Internals.state(cloud);

    Optional<CenAttachment> notAttached =
        cloud.detachCenChildInstance(b -> b.cenId(cen).childInstanceId(hangzhou.id()).childInstanceRegion(CN_HANGZHOU));
    Optional<CenAttachment> unknown =
        cloud.detachCenChildInstance(b -> b.cenId(cen).childInstanceId(VpcId.of("vpc-neverexisted")).childInstanceRegion(CN_HANGZHOU));

    assertThat(notAttached).isEmpty();
    assertThat(unknown).isEmpty();
    assertThat(cloud.snapshot()).isSameAs(before);
  }

  @Test
  void r11DetachingAnAttachedChildRemovesItSoItCanJoinAnotherCen() {
    CenId first = Fixtures.cen(cloud);
    CenId second = Fixtures.cen(cloud);
    CenAttachment attached = Fixtures.attach(cloud, first, hangzhou);

    Optional<CenAttachment> detached =
        cloud.detachCenChildInstance(b -> b.cenId(first).childInstanceId(hangzhou.id()).childInstanceRegion(CN_HANGZHOU));

    assertThat(detached).contains(attached);
    assertThat(cloud.describeCenAttachedChildInstances(first)).isEmpty();
    assertThat(Fixtures.attach(cloud, second, hangzhou).cenId()).isEqualTo(second);
  }

  @Test
  void r1DetachingWithAnotherRegionThanTheAttachmentsIsRejected() {
    CenId cen = Fixtures.cen(cloud);
    Fixtures.attach(cloud, cen, hangzhou);
    assertRejected(
        cloud,
        () -> cloud.detachCenChildInstance(b -> b.cenId(cen).childInstanceId(hangzhou.id()).childInstanceRegion(CN_BEIJING)),
        "ParameterIllegal.ChildInstanceRegionId",
        RuleId.R1);
  }

  @Test
  void attachingOrDetachingWithAnUnknownCenIsRejected() {
    CenId unknown = CenId.of("cen-doesnotexist");
    assertRejected(cloud, () -> Fixtures.attach(cloud, unknown, hangzhou), "ParameterCenInstanceId");
    assertRejected(
        cloud,
        () -> cloud.detachCenChildInstance(b -> b.cenId(unknown).childInstanceId(hangzhou.id()).childInstanceRegion(CN_HANGZHOU)),
        "ParameterCenInstanceId");
    assertRejected(cloud, () -> cloud.describeCenAttachedChildInstances(unknown), "ParameterCenInstanceId");
  }

  @Test
  void d2AtMostTheQuotaOfInstancesOfOneRegionJoinACen() {
    InMemoryCloud small = InMemoryCloud.builder().quotas(Quotas.builder().childInstancesPerRegionPerCen(2).build()).build();
    CenId cen = Fixtures.cen(small);
    Fixtures.attach(small, cen, Fixtures.vpc(small, CN_HANGZHOU, "10.1.0.0/16"));
    Fixtures.attach(small, cen, Fixtures.vpc(small, CN_HANGZHOU, "10.2.0.0/16"));
    Vpc third = Fixtures.vpc(small, CN_HANGZHOU, "10.3.0.0/16");
    Fixtures.attach(small, cen, Fixtures.vpc(small, CN_BEIJING, "10.4.0.0/16"));

    assertRejected(small, () -> Fixtures.attach(small, cen, third), "QuotaExceeded.ChildInstanceCount", RuleId.D2);
    assertThat(Quotas.defaults().childInstancesPerRegionPerCen()).isEqualTo(10);
  }

  @Test
  void d2ACenSpansAtMostTheQuotaOfRegions() {
    InMemoryCloud small = InMemoryCloud.builder().quotas(Quotas.builder().regionsPerCen(2).build()).build();
    CenId cen = Fixtures.cen(small);
    Fixtures.attach(small, cen, Fixtures.vpc(small, CN_HANGZHOU, "10.1.0.0/16"));
    Fixtures.attach(small, cen, Fixtures.vpc(small, CN_BEIJING, "10.2.0.0/16"));
    Vpc third = Fixtures.vpc(small, CN_SHANGHAI, "10.3.0.0/16");

    Fixtures.attach(small, cen, Fixtures.vpc(small, CN_BEIJING, "10.5.0.0/16"));
    assertRejected(small, () -> Fixtures.attach(small, cen, third), "QuotaExceeded.CenRegionCount", RuleId.D2);
    assertThat(Quotas.defaults().regionsPerCen()).isEqualTo(5);
  }

  @Test
  void r75DeletingACenWithAttachedInstancesIsRejected() {
    CenId cen = Fixtures.cen(cloud);
    Fixtures.attach(cloud, cen, hangzhou);
    assertRejected(cloud, () -> cloud.deleteCen(cen), "InvalidOperation.AttachedChildInstanceExist", RuleId.R75);
  }

  @Test
  void r75DeletingACenWithAnAssociatedPlanIsRejected() {
    CenId cen = Fixtures.cen(cloud);
    var plan = cloud.createCenBandwidthPackage(
        b -> b.bandwidth(10).geographicRegionA(Area.CHINA).geographicRegionB(Area.CHINA).chargeType(BandwidthPackageChargeType.POSTPAY));
    cloud.associateCenBandwidthPackage(cen, plan.id());
    assertRejected(cloud, () -> cloud.deleteCen(cen), "InvalidOperation.CenBandwidthPackageAssociated", RuleId.R75);
  }

  @Test
  void r75AnEmptyCenCanBeDeletedAndAnUnknownOneIsRejected() {
    CenId cen = Fixtures.cen(cloud);
    Fixtures.attach(cloud, cen, hangzhou);
    cloud.detachCenChildInstance(b -> b.cenId(cen).childInstanceId(hangzhou.id()).childInstanceRegion(CN_HANGZHOU));

    assertThat(cloud.deleteCen(cen).id()).isEqualTo(cen);

    assertThat(cloud.describeCens()).isEmpty();
    assertRejected(cloud, () -> cloud.deleteCen(cen), "ParameterCenInstanceId");
  }

  @Test
  void r78AnAccountHoldsAtMostTheQuotaOfCens() {
    assertThat(Quotas.defaults().censPerAccount()).isEqualTo(5);
    for (int i = 0; i < 5; i++) {
      Fixtures.cen(cloud);
    }
    assertRejected(cloud, () -> Fixtures.cen(cloud), "QuotaExceeded.CenCountExceeded", RuleId.R78);
  }

  @Test
  void r78DeletingACenFreesQuota() {
    InMemoryCloud one = InMemoryCloud.builder().quotas(Quotas.builder().censPerAccount(1).build()).build();
    CenId cen = Fixtures.cen(one);
    assertRejected(one, () -> Fixtures.cen(one), "QuotaExceeded.CenCountExceeded", RuleId.R78);
    one.deleteCen(cen);
    assertThat(Fixtures.cen(one)).isNotEqualTo(cen);
  }

  @Test
  void modifyCenAttributeChangesOnlyWhatIsGiven() {
    CenInstance cen = cloud.createCen(b -> b.name("mesh").description("first"));

    CenInstance renamed = cloud.modifyCenAttribute(b -> b.cenId(cen.id()).name("api-mesh").protectionLevel(ProtectionLevel.FULL));

    assertThat(renamed.name()).hasValue("api-mesh");
    assertThat(renamed.description()).hasValue("first");
    assertThat(renamed.protectionLevel()).isEqualTo(ProtectionLevel.FULL);
    assertThat(cloud.describeCens()).containsExactly(renamed);
    assertRejected(cloud, () -> cloud.modifyCenAttribute(b -> b.cenId(cen.id()).name("https://x")), "InvalidName.Malformed", RuleId.R4);
    assertRejected(cloud, () -> cloud.modifyCenAttribute(b -> b.cenId(CenId.of("cen-unknown")).name("x")), "ParameterCenInstanceId");
  }
}
