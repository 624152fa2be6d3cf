package dev.cenkit.inmemory.cen;

import static dev.cenkit.inmemory.Rejections.assertRejected;
import static dev.cenkit.model.RegionId.AP_SOUTH_1;
import static dev.cenkit.model.RegionId.CN_HANGZHOU;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cenkit.error.RuleId;
import dev.cenkit.inmemory.Fixtures;
import dev.cenkit.inmemory.InMemoryCloud;
import dev.cenkit.model.Area;
import dev.cenkit.model.RegionId;
import dev.cenkit.model.cen.BandwidthPackageChargeType;
import dev.cenkit.model.cen.BandwidthPlan;
import dev.cenkit.model.cen.CenId;
import dev.cenkit.model.vpc.Vpc;
import dev.cenkit.reach.BlockerCode;
import dev.cenkit.reach.ReachabilityAnswer;
import dev.cenkit.reach.Verdict;
import dev.cenkit.reach.VpcHost;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every real region is a region; an unknown bandwidth-plan area matters only where bandwidth plans do (D8). */
class RegionAreaTest {
  private final InMemoryCloud cloud = InMemoryCloud.create();

  @Test
  void d8EveryRealRegionTheProviderListsIsARegionForEveryResource() {
    CenId cen = Fixtures.cen(cloud);
    CenId second = Fixtures.cen(cloud);
    int block = 0;
    for (String id : List.of("ap-south-1", "cn-zhongwei", "us-southeast-1", "na-south-1", "ap-southeast-8", "rus-west-1")) {
      RegionId region = RegionId.of(id);
      block++;
      Vpc vpc = Fixtures.vpcWithVSwitch(cloud, region, "10." + block + ".0.0/16", "10." + block + ".1.0/24");
      assertThat(Fixtures.attach(cloud, block <= 3 ? cen : second, vpc).childInstanceRegion()).isEqualTo(region);
      assertThat(region.knownArea()).as(id).isEmpty();
    }
    assertThat(CN_HANGZHOU.knownArea()).contains(Area.CHINA);
  }

  @Test
  void d8AHopToARegionOfUnknownAreaRunsOnTestBandwidthAndNoPlanCanBeAllocatedForIt() {
    CenId cen = Fixtures.cen(cloud);
    Vpc hz = Fixtures.vpcWithVSwitch(cloud, CN_HANGZHOU, "172.16.0.0/16", "172.16.1.0/24");
    Vpc mumbai = Fixtures.vpcWithVSwitch(cloud, AP_SOUTH_1, "10.8.0.0/16", "10.8.1.0/24");
    Fixtures.attach(cloud, cen, hz);
    Fixtures.attach(cloud, cen, mumbai);
    BandwidthPlan plan =
        cloud.createCenBandwidthPackage(
            r -> r.bandwidth(10).geographicRegionA(Area.CHINA).geographicRegionB(Area.ASIA_PACIFIC)
                .chargeType(BandwidthPackageChargeType.POSTPAY));
    cloud.associateCenBandwidthPackage(cen, plan.id());

    assertRejected(
        cloud,
        () -> cloud.setCenInterRegionBandwidthLimit(
            r -> r.cenId(cen).localRegion(CN_HANGZHOU).oppositeRegion(AP_SOUTH_1).bandwidthLimit(2)),
        "InvalidRegionId.AreaUnknown",
        RuleId.D8);

    ReachabilityAnswer answer =
        cloud.reachability().network(VpcHost.of(hz.id(), "172.16.1.10"), VpcHost.of(mumbai.id(), "10.8.1.10"), 443);
    assertThat(answer.verdict()).as(answer.explain()).isEqualTo(Verdict.TEST_BANDWIDTH_ONLY);
    assertThat(answer.blockers()).isNotEmpty().allSatisfy(b -> {
      assertThat(b.code()).isEqualTo(BlockerCode.CROSS_REGION_TEST_BANDWIDTH_ONLY);
      assertThat(b.rule()).contains(RuleId.D8);
      assertThat(b.message()).contains("ap-south-1");
      assertThat(b.fixes()).isEmpty();
    });
  }
}
