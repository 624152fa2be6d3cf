package dev.cenkit.inmemory.vpc;

import static dev.cenkit.inmemory.Rejections.assertRejected;
import static dev.cenkit.model.RegionId.CN_BEIJING;
import static dev.cenkit.model.RegionId.CN_HANGZHOU;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cenkit.error.RuleId;
import dev.cenkit.inmemory.Fixtures;
import dev.cenkit.inmemory.InMemoryCloud;
import dev.cenkit.inmemory.quota.Quotas;
import dev.cenkit.model.Cidr;
import dev.cenkit.model.cen.CenId;
import dev.cenkit.model.vpc.VSwitch;
import dev.cenkit.model.vpc.VSwitchId;
import dev.cenkit.model.vpc.Vpc;
import dev.cenkit.model.vpc.VpcId;
import org.junit.jupiter.api.Test;

class VpcAndVSwitchTest {
  private final InMemoryCloud cloud = InMemoryCloud.create();

  @Test
  void r1AVSwitchInAZoneOfAnotherRegionIsRejected() {
    Vpc vpc = Fixtures.vpc(cloud, CN_HANGZHOU, "172.16.0.0/16");
    assertRejected(
        cloud,
        () -> cloud.createVSwitch(b -> b.vpcId(vpc.id()).zoneId("cn-beijing-a").cidrBlock(Cidr.of("172.16.1.0/24"))),
        "InvalidZoneId.NotFound",
        RuleId.R1);
  }

  @Test
  void r1EveryVpcAndVSwitchHasExactlyOneRegion() {
    Vpc vpc = Fixtures.vpc(cloud, CN_BEIJING, "10.0.0.0/16");
    VSwitch vsw = Fixtures.vSwitch(cloud, vpc, "10.0.1.0/24");
    assertThat(vpc.region()).isEqualTo(CN_BEIJING);
    assertThat(vsw.region()).isEqualTo(CN_BEIJING);
  }

  @Test
  void r4AMalformedVpcOrVSwitchNameIsRejected() {
    assertRejected(
        cloud,
        () -> cloud.createVpc(b -> b.region(CN_HANGZHOU).cidrBlock(Cidr.of("10.0.0.0/16")).vpcName("https://vpc")),
        "InvalidName.Malformed",
        RuleId.R4);
    Vpc vpc = Fixtures.vpc(cloud, CN_HANGZHOU, "172.16.0.0/16");
    assertRejected(
        cloud,
        () -> cloud.createVSwitch(
            b -> b.vpcId(vpc.id()).zoneId("cn-hangzhou-h").cidrBlock(Cidr.of("172.16.1.0/24")).vSwitchName("v".repeat(129))),
        "InvalidName.Malformed",
        RuleId.R4);
  }

  @Test
  void r36AVpcMaskOutsideEightToTwentyEightIsRejected() {
    assertRejected(cloud, () -> Fixtures.vpc(cloud, CN_HANGZHOU, "10.0.0.0/29"), "InvalidCidrBlock.MaskOutOfRange", RuleId.R36);
    assertRejected(cloud, () -> Fixtures.vpc(cloud, CN_HANGZHOU, "10.0.0.0/7"), "InvalidCidrBlock.MaskOutOfRange", RuleId.R36);
  }

  @Test
  void r36AVpcInAReservedRangeIsRejected() {
    assertRejected(cloud, () -> Fixtures.vpc(cloud, CN_HANGZHOU, "100.64.0.0/16"), "InvalidCidrBlock.Reserved", RuleId.R36);
    assertRejected(cloud, () -> Fixtures.vpc(cloud, CN_HANGZHOU, "169.254.0.0/16"), "InvalidCidrBlock.Reserved", RuleId.R36);
  }

  @Test
  void d2TheVpcQuotaPerRegionIsEnforced() {
    InMemoryCloud small = InMemoryCloud.builder().quotas(Quotas.builder().vpcsPerRegion(1).build()).build();
    Fixtures.vpc(small, CN_HANGZHOU, "10.0.0.0/16");
    Fixtures.vpc(small, CN_BEIJING, "10.0.0.0/16");
    assertRejected(small, () -> Fixtures.vpc(small, CN_HANGZHOU, "10.1.0.0/16"), "QuotaExceeded.Vpc", RuleId.D2);
  }

  @Test
  void r37AVSwitchOutsideItsVpcIsRejected() {
    Vpc vpc = Fixtures.vpc(cloud, CN_HANGZHOU, "172.16.0.0/16");
    assertRejected(cloud, () -> Fixtures.vSwitch(cloud, vpc, "10.0.1.0/24"), "InvalidCidrBlock.NotInVpc", RuleId.R37);
  }

  @Test
  void r37AVSwitchMaskOutsideSixteenToTwentyNineIsRejected() {
    Vpc vpc = Fixtures.vpc(cloud, CN_HANGZHOU, "10.0.0.0/8");
    assertRejected(cloud, () -> Fixtures.vSwitch(cloud, vpc, "10.0.0.0/15"), "InvalidCidrBlock.MaskOutOfRange", RuleId.R37);
    assertRejected(cloud, () -> Fixtures.vSwitch(cloud, vpc, "10.0.0.0/30"), "InvalidCidrBlock.MaskOutOfRange", RuleId.R37);
  }

  @Test
  void r37OverlappingVSwitchesAreRejected() {
    Vpc vpc = Fixtures.vpcWithVSwitch(cloud, CN_HANGZHOU, "172.16.0.0/16", "172.16.1.0/24");
    assertRejected(cloud, () -> Fixtures.vSwitch(cloud, vpc, "172.16.1.128/25"), "InvalidCidrBlock.Overlapped", RuleId.R37);
  }

  @Test
  void r37AVSwitchEqualToARouteDestinationIsRejectedButOneInsideItIsAccepted() {
    Vpc vpc = Fixtures.vpc(cloud, CN_HANGZHOU, "172.16.0.0/16");
    cloud.createRouteEntry(
        b -> b.routeTableId(vpc.routeTableId()).destinationCidrBlock(Cidr.of("172.16.8.0/22")).nextHopId("i-bp1a2b3c4d5e"));

    assertRejected(cloud, () -> Fixtures.vSwitch(cloud, vpc, "172.16.8.0/22"), "InvalidCidrBlock.EqualsRouteDestination", RuleId.R37);
    assertThat(Fixtures.vSwitch(cloud, vpc, "172.16.9.0/24").cidrBlock()).isEqualTo(Cidr.of("172.16.9.0/24"));
  }

  @Test
  void r37TheVSwitchQuotaPerVpcIsEnforced() {
    InMemoryCloud small = InMemoryCloud.builder().quotas(Quotas.builder().vSwitchesPerVpc(1).build()).build();
    Vpc vpc = Fixtures.vpcWithVSwitch(small, CN_HANGZHOU, "172.16.0.0/16", "172.16.1.0/24");
    assertRejected(small, () -> Fixtures.vSwitch(small, vpc, "172.16.2.0/24"), "QuotaExceeded.VSwitch", RuleId.R37);
  }

  @Test
  void r39DeletingAVpcWithVSwitchesIsRejected() {
    Vpc vpc = Fixtures.vpcWithVSwitch(cloud, CN_HANGZHOU, "172.16.0.0/16", "172.16.1.0/24");
    assertRejected(cloud, () -> cloud.deleteVpc(vpc.id()), "DependencyViolation.VSwitch", RuleId.R39);
  }

  @Test
  void r39DeletingAVpcWithCustomRoutesIsRejected() {
    Vpc vpc = Fixtures.vpc(cloud, CN_HANGZHOU, "172.16.0.0/16");
    cloud.createRouteEntry(
        b -> b.routeTableId(vpc.routeTableId()).destinationCidrBlock(Cidr.of("0.0.0.0/0")).nextHopId("i-bp1a2b3c4d5e"));
    assertRejected(cloud, () -> cloud.deleteVpc(vpc.id()), "DependencyViolation.RouteEntry", RuleId.R39);
  }

  @Test
  void r39DeletingAVpcAttachedToACenIsRejected() {
    Vpc vpc = Fixtures.vpc(cloud, CN_HANGZHOU, "172.16.0.0/16");
    CenId cen = Fixtures.cen(cloud);
    Fixtures.attach(cloud, cen, vpc);
    assertRejected(cloud, () -> cloud.deleteVpc(vpc.id()), "DependencyViolation.CenAttachment", RuleId.R39);
  }

  @Test
  void r39DeletingAnUnknownVpcIsRejected() {
    assertRejected(cloud, () -> cloud.deleteVpc(VpcId.of("vpc-doesnotexist")), "InvalidVpcID.NotFound", RuleId.R39);
  }

  @Test
  void r39AnEmptyVpcCanBeDeleted() {
    Vpc vpc = Fixtures.vpcWithVSwitch(cloud, CN_HANGZHOU, "172.16.0.0/16", "172.16.1.0/24");
    cloud.deleteVSwitch(cloud.describeVSwitches(vpc.id()).get(0).id());

    assertThat(cloud.deleteVpc(vpc.id())).isEqualTo(vpc);

    assertThat(cloud.describeVpcs()).isEmpty();
    assertRejected(cloud, () -> cloud.describeVSwitches(vpc.id()), "InvalidVpcID.NotFound");
  }

  @Test
  void r40DeletingAnUnknownVSwitchIsRejected() {
    assertRejected(cloud, () -> cloud.deleteVSwitch(VSwitchId.of("vsw-doesnotexist")), "InvalidVSwitchId.NotFound", RuleId.R40);
  }

  @Test
  void r40AnUnusedVSwitchCanBeDeletedAndItsBlockReused() {
    Vpc vpc = Fixtures.vpcWithVSwitch(cloud, CN_HANGZHOU, "172.16.0.0/16", "172.16.1.0/24");
    VSwitch vsw = cloud.describeVSwitches(vpc.id()).get(0);

    assertThat(cloud.deleteVSwitch(vsw.id())).isEqualTo(vsw);

    assertThat(cloud.describeVSwitches()).isEmpty();
    assertThat(Fixtures.vSwitch(cloud, vpc, "172.16.1.0/24").cidrBlock()).isEqualTo(vsw.cidrBlock());
  }

  @Test
  void describeVSwitchesListsTheVSwitchesOfOneVpc() {
    Vpc a = Fixtures.vpcWithVSwitch(cloud, CN_HANGZHOU, "172.16.0.0/16", "172.16.1.0/24");
    Vpc b = Fixtures.vpcWithVSwitch(cloud, CN_HANGZHOU, "10.0.0.0/16", "10.0.1.0/24");
    Fixtures.vSwitch(cloud, a, "172.16.2.0/24");

    assertThat(cloud.describeVSwitches(a.id())).extracting(VSwitch::cidrBlock)
        .containsExactlyInAnyOrder(Cidr.of("172.16.1.0/24"), Cidr.of("172.16.2.0/24"));
    assertThat(cloud.describeVSwitches(b.id())).hasSize(1);
    assertThat(cloud.describeVSwitches()).hasSize(3);
  }
}
