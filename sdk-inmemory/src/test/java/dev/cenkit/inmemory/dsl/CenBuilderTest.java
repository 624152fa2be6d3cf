package dev.cenkit.inmemory.dsl;

import static dev.cenkit.model.RegionId.CN_BEIJING;
import static dev.cenkit.model.RegionId.CN_HANGZHOU;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.cenkit.dsl.CenSpec;
import dev.cenkit.dsl.Cenkit;
import dev.cenkit.dsl.VpcSpec;
import dev.cenkit.error.CenkitException;
import dev.cenkit.error.RuleId;
import dev.cenkit.inmemory.InMemoryCloud;
import dev.cenkit.inmemory.internal.Internals;
import dev.cenkit.inmemory.state.Snapshot;
import dev.cenkit.model.Area;
import dev.cenkit.model.Bandwidth;
import dev.cenkit.model.Cidr;
import dev.cenkit.model.cen.BandwidthPlan;
import dev.cenkit.model.cen.BandwidthPlanStatus;
import dev.cenkit.model.cen.CenId;
import dev.cenkit.model.cen.CenInstance;
import dev.cenkit.model.cen.InterRegionBandwidthLimit;
import dev.cenkit.model.cen.RegionPair;
import dev.cenkit.model.vpc.Vpc;
import dev.cenkit.spi.ApplyResult;
import org.junit.jupiter.api.Test;

/** The fluent builders produce exactly what the request builders do. */
class CenBuilderTest {
  private final VpcSpec vpc1 =
      Cenkit.vpc(CN_HANGZHOU).named("VPC-1").cidr("172.16.0.0/16").vSwitch("cn-hangzhou-h", "172.16.1.0/24");
  private final VpcSpec vpc3 =
      Cenkit.vpc(CN_BEIJING).named("VPC-3").cidr("10.3.0.0/16").vSwitch("cn-beijing-a", "10.3.1.0/24");

  private CenSpec apiMesh() {
    return Cenkit.cen()
        .named("api-mesh")
        .attachNew(vpc1)
        .attachNew(vpc3)
        .bandwidth(Cenkit.bandwidthPlan(2).between(Area.CHINA, Area.CHINA).allocate(CN_HANGZHOU, CN_BEIJING, 2));
  }

  @Test
  void aFluentCenSpecEqualsTheSameCloudBuiltWithRequestBuilders() {
    InMemoryCloud fluent = InMemoryCloud.create();
    fluent.apply(apiMesh());

    InMemoryCloud byHand = InMemoryCloud.create();
    CenInstance cen = byHand.createCen(b -> b.name("api-mesh"));
    Vpc v1 = byHand.createVpc(b -> b.region(CN_HANGZHOU).cidrBlock(Cidr.of("172.16.0.0/16")).vpcName("VPC-1"));
    byHand.createVSwitch(b -> b.vpcId(v1.id()).zoneId("cn-hangzhou-h").cidrBlock(Cidr.of("172.16.1.0/24")));
    byHand.attachCenChildInstance(b -> b.cenId(cen.id()).childInstanceId(v1.id()).childInstanceRegion(CN_HANGZHOU));
    Vpc v3 = byHand.createVpc(b -> b.region(CN_BEIJING).cidrBlock(Cidr.of("10.3.0.0/16")).vpcName("VPC-3"));
    byHand.createVSwitch(b -> b.vpcId(v3.id()).zoneId("cn-beijing-a").cidrBlock(Cidr.of("10.3.1.0/24")));
    byHand.attachCenChildInstance(b -> b.cenId(cen.id()).childInstanceId(v3.id()).childInstanceRegion(CN_BEIJING));
    BandwidthPlan plan =
        byHand.createCenBandwidthPackage(b -> b.bandwidth(2).geographicRegionA(Area.CHINA).geographicRegionB(Area.CHINA));
    byHand.associateCenBandwidthPackage(cen.id(), plan.id());
    byHand.setCenInterRegionBandwidthLimit(
        b -> b.cenId(cen.id()).localRegion(CN_HANGZHOU).oppositeRegion(CN_BEIJING).bandwidthLimit(2));

    assertThat(Internals.state(fluent.snapshot()).sameContentAs(Internals.state(byHand.snapshot()))).isTrue();
    assertThat(fluent.snapshot().cen()).isEqualTo(byHand.snapshot().cen());
    assertThat(fluent.snapshot().vpc()).isEqualTo(byHand.snapshot().vpc());
  }

  @Test
  void theBandwidthStepCreatesAssociatesAndAllocates() {
    InMemoryCloud cloud = InMemoryCloud.create();
    CenSpec spec = apiMesh();

    ApplyResult result = cloud.apply(spec);

    CenId cen = result.id(spec.ref());
    assertThat(cloud.describeCenBandwidthPackages()).singleElement().satisfies(p -> {
      assertThat(p.cenId()).contains(cen);
      assertThat(p.status()).isEqualTo(BandwidthPlanStatus.IN_USE);
      assertThat(p.bandwidth()).isEqualTo(Bandwidth.ofMbps(2));
    });
    assertThat(cloud.describeCenInterRegionBandwidthLimits(cen)).singleElement().satisfies(l -> {
      assertThat(l.regions()).isEqualTo(RegionPair.of(CN_BEIJING, CN_HANGZHOU));
      assertThat(l.bandwidthLimit()).isEqualTo(Bandwidth.ofMbps(2));
    });
    assertThat(result.snapshot().version()).as("one spec, one commit").isEqualTo(1);
  }

  @Test
  void n1AllocationsRunAfterTheAttachmentsWhereverBandwidthIsWritten() {
    InMemoryCloud cloud = InMemoryCloud.create();
    CenSpec early =
        Cenkit.cen()
            .named("api-mesh")
            .bandwidth(Cenkit.bandwidthPlan(2).between(Area.CHINA, Area.CHINA).allocate(CN_HANGZHOU, CN_BEIJING, 2))
            .attachNew(vpc1)
            .attachNew(vpc3);

    ApplyResult result = cloud.apply(early);

    assertThat(cloud.describeCenInterRegionBandwidthLimits(result.id(early.ref()))).extracting(InterRegionBandwidthLimit::regions)
        .containsExactly(RegionPair.of(CN_HANGZHOU, CN_BEIJING));
    assertThat(early.toSpec().steps().get(early.toSpec().size() - 1).label()).startsWith("allocate 2 Mbit/s");
  }

  @Test
  void r19AnOverAllocationRollsBackTheWholeSpecAndNamesTheStep() {
    InMemoryCloud cloud = InMemoryCloud.create();
    Snapshot before = Internals.state(cloud);
    CenSpec greedy =
        Cenkit.cen().attachNew(vpc1).attachNew(vpc3)
            .bandwidth(Cenkit.bandwidthPlan(2).between(Area.CHINA, Area.CHINA).allocate(CN_HANGZHOU, CN_BEIJING, 3));

    CenkitException e = catchThrowableOfType(CenkitException.class, () -> cloud.apply(greedy));

    assertThat(e.code()).isEqualTo("InvalidOperation.BwpBandwidthExceeded");
    assertThat(e.rule()).contains(RuleId.R19);
    assertThat(e.failedStep()).hasValueSatisfying(s -> assertThat(s.toString()).contains("SetCenInterRegionBandwidthLimit"));
    assertThat(cloud.snapshot()).isSameAs(before);
  }

  @Test
  void twoPlansForDifferentAreaPairsCanBeBoughtForOneCen() {
    InMemoryCloud cloud = InMemoryCloud.create();
    VpcSpec hk = Cenkit.vpc(dev.cenkit.model.RegionId.CN_HONGKONG).cidr("10.8.0.0/16").vSwitch("cn-hongkong-b", "10.8.1.0/24");
    CenSpec spec =
        Cenkit.cen().attachNew(vpc1).attachNew(vpc3).attachNew(hk)
            .bandwidth(Cenkit.bandwidthPlan(10).between(Area.CHINA, Area.CHINA).allocate(CN_HANGZHOU, CN_BEIJING, 10))
            .bandwidth(Cenkit.bandwidthPlan(5).between(Area.ASIA_PACIFIC, Area.CHINA).named("hk").allocate(dev.cenkit.model.RegionId.CN_HONGKONG, CN_HANGZHOU, 5));

    cloud.apply(spec);

    assertThat(cloud.describeCenBandwidthPackages()).hasSize(2);
    assertThat(cloud.snapshot().cen().bandwidthLimits()).hasSize(2);
  }
}
