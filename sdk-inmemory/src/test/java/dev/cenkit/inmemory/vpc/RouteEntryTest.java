package dev.cenkit.inmemory.vpc;

import static dev.cenkit.inmemory.Rejections.assertRejected;
import static dev.cenkit.model.RegionId.CN_HANGZHOU;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cenkit.error.RuleId;
import dev.cenkit.inmemory.Fixtures;
import dev.cenkit.inmemory.InMemoryCloud;
import dev.cenkit.inmemory.quota.Quotas;
import dev.cenkit.model.Cidr;
import dev.cenkit.model.vpc.NextHopType;
import dev.cenkit.model.vpc.RouteEntry;
import dev.cenkit.model.vpc.RouteEntryId;
import dev.cenkit.model.vpc.RouteTableId;
import dev.cenkit.model.vpc.Vpc;
import org.junit.jupiter.api.Test;

class RouteEntryTest {
  private static final String ECS = "i-bp1a2b3c4d5e6f7g8h9i";

  private final InMemoryCloud cloud = InMemoryCloud.create();
  private final Vpc vpc = Fixtures.vpcWithVSwitch(cloud, CN_HANGZHOU, "172.16.0.0/16", "172.16.1.0/24");

  private RouteEntry route(InMemoryCloud c, Vpc v, String destination) {
    return c.createRouteEntry(
        b -> b.routeTableId(v.routeTableId()).destinationCidrBlock(Cidr.of(destination)).nextHopId(ECS));
  }

  @Test
  void aCustomRouteToAnEcsInstanceIsKeptAsData() {
    RouteEntry e = route(cloud, vpc, "192.168.0.0/24");

    assertThat(e.id().value()).startsWith("rte-");
    assertThat(e.nextHopType()).isEqualTo(NextHopType.INSTANCE);
    assertThat(e.nextHopId()).isEqualTo(ECS);
    assertThat(e.vpcId()).isEqualTo(vpc.id());
    assertThat(cloud.describeRouteEntryList(vpc.routeTableId())).containsExactly(e);
  }

  @Test
  void r38ADuplicateDestinationInTheSameTableIsRejected() {
    route(cloud, vpc, "192.168.0.0/24");
    assertRejected(cloud, () -> route(cloud, vpc, "192.168.0.0/24"), "RouterEntryConflict.Duplicated", RuleId.R38);
  }

  @Test
  void r38TheSameDestinationInAnotherVpcsTableIsAccepted() {
    Vpc other = Fixtures.vpcWithVSwitch(cloud, CN_HANGZHOU, "10.0.0.0/16", "10.0.1.0/24");
    route(cloud, vpc, "192.168.0.0/24");
    assertThat(route(cloud, other, "192.168.0.0/24").vpcId()).isEqualTo(other.id());
  }

  @Test
  void r38ADestinationEqualToAVSwitchBlockIsRejected() {
    assertRejected(cloud, () -> route(cloud, vpc, "172.16.1.0/24"), "InvalidDestinationCidrBlock.InsideVSwitch", RuleId.R38);
  }

  @Test
  void r38ADestinationInsideAVSwitchBlockIsRejected() {
    assertRejected(cloud, () -> route(cloud, vpc, "172.16.1.128/25"), "InvalidDestinationCidrBlock.InsideVSwitch", RuleId.R38);
  }

  @Test
  void r38ADestinationContainingAVSwitchBlockIsAccepted() {
    assertThat(route(cloud, vpc, "172.16.0.0/20").destinationCidrBlock()).isEqualTo(Cidr.of("172.16.0.0/20"));
  }

  @Test
  void r38TheCloudServiceRangeIsRejectedAsADestination() {
    assertRejected(cloud, () -> route(cloud, vpc, "100.64.0.0/10"), "InvalidDestinationCidrBlock.CloudService", RuleId.R38);
  }

  @Test
  void r38ATableHoldsAtMostTheQuotaOfCustomRoutes() {
    assertThat(Quotas.defaults().customRoutesPerTable()).isEqualTo(200);
    InMemoryCloud small = InMemoryCloud.builder().quotas(Quotas.builder().customRoutesPerTable(2).build()).build();
    Vpc v = Fixtures.vpc(small, CN_HANGZHOU, "172.16.0.0/16");
    route(small, v, "10.0.0.0/24");
    route(small, v, "10.0.1.0/24");
    assertRejected(small, () -> route(small, v, "10.0.2.0/24"), "QuotaExceeded.RouteEntry", RuleId.R38);
  }

  @Test
  void r38ARouterInterfaceNextHopMustBeARouterInterfaceOfTheVpc() {
    assertRejected(
        cloud,
        () ->
            cloud.createRouteEntry(
                b -> b.routeTableId(vpc.routeTableId())
                    .destinationCidrBlock(Cidr.of("192.168.0.0/24"))
                    .nextHopType(NextHopType.ROUTER_INTERFACE)
                    .nextHopId("ri-2ze7fbuohm2zfbvl2ihq")),
        "InvalidNextHop.NotInVpc",
        RuleId.R38);
  }

  @Test
  void r38OtherNextHopTypesAreRejectedAsNotModeled() {
    assertRejected(
        cloud,
        () ->
            cloud.createRouteEntry(
                b -> b.routeTableId(vpc.routeTableId())
                    .destinationCidrBlock(Cidr.of("192.168.0.0/24"))
                    .nextHopType(NextHopType.of("NatGateway"))
                    .nextHopId("ngw-bp1uewa15k4iy5770z6f")),
        "cenkit.NotModeled",
        RuleId.R38);
  }

  @Test
  void r38ANextHopIdOfTheWrongKindIsRejected() {
    assertRejected(
        cloud,
        () ->
            cloud.createRouteEntry(
                b -> b.routeTableId(vpc.routeTableId())
                    .destinationCidrBlock(Cidr.of("192.168.0.0/24"))
                    .nextHopId("vbr-bp1jcg5cmxjbl9xgc")),
        "InvalidParameter.ResourceId");
  }

  @Test
  void r38AnUnknownNextHopTypeIsRejected() {
    assertRejected(cloud, () -> NextHopType.of("Teleporter"), "InvalidNextHopType.Malformed", RuleId.R38);
  }

  @Test
  void anUnknownRouteTableIsRejected() {
    assertRejected(
        cloud,
        () ->
            cloud.createRouteEntry(
                b -> b.routeTableId(RouteTableId.of("vtb-doesnotexist"))
                    .destinationCidrBlock(Cidr.of("192.168.0.0/24"))
                    .nextHopId(ECS)),
        "InvalidRouteTableId.NotFound");
    assertRejected(cloud, () -> cloud.describeRouteEntryList(RouteTableId.of("vtb-doesnotexist")), "InvalidRouteTableId.NotFound");
  }

  @Test
  void deletingARouteEntryRemovesItAndAnUnknownOneIsRejected() {
    RouteEntry e = route(cloud, vpc, "192.168.0.0/24");

    assertThat(cloud.deleteRouteEntry(e.id())).isEqualTo(e);

    assertThat(cloud.describeRouteEntryList(vpc.routeTableId())).isEmpty();
    assertRejected(cloud, () -> cloud.deleteRouteEntry(e.id()), "InvalidRouteEntry.NotFound");
    assertRejected(cloud, () -> cloud.deleteRouteEntry(RouteEntryId.of("rte-unknown")), "InvalidRouteEntry.NotFound");
  }
}
