package dev.cenkit.inmemory.expressconnect;

import static dev.cenkit.inmemory.Rejections.assertRejected;
import static dev.cenkit.model.RegionId.CN_BEIJING;
import static dev.cenkit.model.RegionId.CN_HANGZHOU;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cenkit.error.RuleId;
import dev.cenkit.inmemory.InMemoryCloud;
import dev.cenkit.inmemory.internal.Internals;
import dev.cenkit.model.Cidr;
import dev.cenkit.model.Ipv4Address;
import dev.cenkit.model.expressconnect.DataCenter;
import dev.cenkit.model.expressconnect.PhysicalConnection;
import dev.cenkit.model.expressconnect.Vbr;
import dev.cenkit.model.expressconnect.VbrId;
import dev.cenkit.model.expressconnect.VbrNextHopType;
import dev.cenkit.model.expressconnect.VbrStatus;
import dev.cenkit.spi.expressconnect.CreateVirtualBorderRouterRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class VbrTest {
  private final InMemoryCloud cloud = InMemoryCloud.create();
  private final DataCenter dc = Fixtures.dataCenter(cloud);
  private final PhysicalConnection pc = Fixtures.enabledCircuit(cloud, dc, CN_HANGZHOU);

  private CreateVirtualBorderRouterRequest.Builder request(int vlan, String local, String peer, String mask) {
    CreateVirtualBorderRouterRequest.Builder b = CreateVirtualBorderRouterRequest.builder();
    b.region(CN_HANGZHOU).physicalConnectionId(pc.id()).vlanId(vlan).localGatewayIp(local).peerGatewayIp(peer).peeringSubnetMask(mask);
    return b;
  }

  @Test
  void r44AVbrIsCreatedActiveInItsCircuitsRegion() {
    Vbr vbr = cloud.createVirtualBorderRouter(request(100, "10.0.0.1", "10.0.0.2", "255.255.255.252").build());

    assertThat(vbr.id().value()).startsWith("vbr-");
    assertThat(vbr.region()).isEqualTo(CN_HANGZHOU);
    assertThat(vbr.status()).isEqualTo(VbrStatus.ACTIVE);
    assertThat(vbr.peeringSubnet()).isEqualTo(Cidr.of("10.0.0.0/30"));
    assertThat(vbr.localGatewayIp()).isEqualTo(Ipv4Address.of("10.0.0.1"));
    assertThat(cloud.snapshot().expressConnect().vbrsOn(pc.id())).containsExactly(vbr);
  }

  @Test
  void r44AVbrInAnotherRegionThanItsCircuitIsRejected() {
    assertRejected(
        cloud,
        () -> cloud.createVirtualBorderRouter(request(100, "10.0.0.1", "10.0.0.2", "255.255.255.252").region(CN_BEIJING).build()),
        "IllegalParam.RegionId",
        RuleId.R44);
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 3000, 4095})
  void r44AVlanOutside0To2999IsRejected(int vlan) {
    assertRejected(
        cloud,
        () -> cloud.createVirtualBorderRouter(request(vlan, "10.0.0.1", "10.0.0.2", "255.255.255.252").build()),
        "InvalidVlanId.Malformed",
        RuleId.R44);
  }

  @Test
  void r44Vlans0And2999AreAccepted() {
    assertThat(cloud.createVirtualBorderRouter(request(0, "10.0.0.1", "10.0.0.2", "255.255.255.252").build()).vlanId()).isZero();
    assertThat(cloud.createVirtualBorderRouter(request(2999, "10.0.1.1", "10.0.1.2", "255.255.255.252").build()).vlanId())
        .isEqualTo(2999);
  }

  @Test
  void r44ADuplicateVlanOnTheSameCircuitIsRejected() {
    Fixtures.vbr(cloud, pc, 100);
    assertRejected(
        cloud,
        () -> cloud.createVirtualBorderRouter(request(100, "10.0.9.1", "10.0.9.2", "255.255.255.252").build()),
        "InvalidVlanId.Used",
        RuleId.R44);
  }

  @Test
  void r44TheSameVlanOnAnotherCircuitIsAccepted() {
    Fixtures.vbr(cloud, pc, 100);
    PhysicalConnection other = Fixtures.enabledCircuit(cloud, dc, CN_HANGZHOU);
    assertThat(Fixtures.vbr(cloud, other, 100).vlanId()).isEqualTo(100);
  }

  @Test
  void r44ATerminatedVbrKeepsItsVlan() {
    Vbr vbr = Fixtures.vbr(cloud, pc, 100);
    cloud.terminateVirtualBorderRouter(b -> b.vbrId(vbr.id()));
    assertRejected(
        cloud,
        () -> cloud.createVirtualBorderRouter(request(100, "10.0.9.1", "10.0.9.2", "255.255.255.252").build()),
        "InvalidVlanId.Used",
        RuleId.R44);
  }

  @ParameterizedTest
  @ValueSource(strings = {"255.255.254.0", "255.255.255.254", "255.255.255.255", "0.0.0.0"})
  void r45AMaskOutsideSlash24ToSlash30IsRejected(String mask) {
    assertRejected(
        cloud,
        () -> cloud.createVirtualBorderRouter(request(100, "10.0.0.1", "10.0.0.2", mask).build()),
        "InvalidPeeringSubnetMask.Malformed",
        RuleId.R45);
  }

  @ParameterizedTest
  @ValueSource(strings = {"255.255.0.255", "30", "/30", "mask"})
  void r45AMalformedMaskIsRejected(String mask) {
    assertRejected(
        cloud,
        () -> cloud.createVirtualBorderRouter(request(100, "10.0.0.1", "10.0.0.2", mask).build()),
        "InvalidPeeringSubnetMask.Malformed",
        RuleId.R45);
  }

  @ParameterizedTest
  @CsvSource({
    "10.0.0.1, 10.0.0.5, 255.255.255.252",
    "10.0.0.1, 10.0.1.2, 255.255.255.0",
    "10.0.0.1, 10.0.0.1, 255.255.255.252",
    "10.0.0.0, 10.0.0.1, 255.255.255.252",
    "10.0.0.1, 10.0.0.3, 255.255.255.252"
  })
  void r45GatewayIpsOutsideOnePeeringSubnetAreRejected(String local, String peer, String mask) {
    assertRejected(
        cloud,
        () -> cloud.createVirtualBorderRouter(request(100, local, peer, mask).build()),
        "InvalidIp.NotInPeeringSubnet",
        RuleId.R45);
  }

  @Test
  void r45AMalformedGatewayIpIsRejected() {
    assertRejected(
        cloud,
        () -> cloud.createVirtualBorderRouter(request(100, "10.0.0.256", "10.0.0.2", "255.255.255.252").build()),
        "InvalidIp.Malformed",
        RuleId.R45);
  }

  @Test
  void r45ASlash24PeeringSubnetIsAccepted() {
    Vbr vbr = cloud.createVirtualBorderRouter(request(7, "10.9.9.1", "10.9.9.200", "255.255.255.0").build());
    assertThat(vbr.peeringSubnetMaskLength()).isEqualTo(24);
  }

  @Test
  void r45ModifyingAVbrRechecksTheSubnetAndR44TheVlan() {
    Vbr a = Fixtures.vbr(cloud, pc, 100);
    Fixtures.vbr(cloud, pc, 200);
    assertRejected(
        cloud,
        () -> cloud.modifyVirtualBorderRouterAttribute(b -> b.vbrId(a.id()).peerGatewayIp("10.0.0.9")),
        "InvalidIp.NotInPeeringSubnet",
        RuleId.R45);
    assertRejected(
        cloud,
        () -> cloud.modifyVirtualBorderRouterAttribute(b -> b.vbrId(a.id()).vlanId(200)),
        "InvalidVlanId.Used",
        RuleId.R44);
    assertRejected(
        cloud,
        () -> cloud.modifyVirtualBorderRouterAttribute(b -> b.vbrId(a.id()).vlanId(3000)),
        "InvalidVlanId.Malformed",
        RuleId.R44);

    Vbr changed =
        cloud.modifyVirtualBorderRouterAttribute(
            b -> b.vbrId(a.id()).vlanId(101).peerGatewayIp("10.0.0.9").peeringSubnetMask("255.255.255.240").name("idc-line"));
    assertThat(changed.vlanId()).isEqualTo(101);
    assertThat(changed.peeringSubnet()).isEqualTo(Cidr.of("10.0.0.0/28"));
    assertThat(changed.name()).contains("idc-line");
  }

  @Test
  void r43AVbrOnACircuitThatIsNotEnabledIsRejected() {
    PhysicalConnection confirmed = Fixtures.circuit(cloud, dc, CN_HANGZHOU);
    cloud.confirmPhysicalConnection(b -> b.physicalConnectionId(confirmed.id()));
    assertRejected(
        cloud,
        () -> Fixtures.vbr(cloud, confirmed, 100),
        "InvalidPhysicalConnectionId.NotEnabled",
        RuleId.R43);
  }

  @Test
  void r46AVbrIsTerminatedRecoveredAndDeleted() {
    Vbr vbr = Fixtures.vbr(cloud, pc, 100);
    assertThat(cloud.terminateVirtualBorderRouter(b -> b.vbrId(vbr.id())).status()).isEqualTo(VbrStatus.TERMINATED);
    assertRejected(
        cloud,
        () -> cloud.terminateVirtualBorderRouter(b -> b.vbrId(vbr.id())),
        "IncorrectStatus.VirtualBorderRouter",
        RuleId.R3);
    assertThat(cloud.recoverVirtualBorderRouter(b -> b.vbrId(vbr.id())).status()).isEqualTo(VbrStatus.ACTIVE);
    assertRejected(
        cloud,
        () -> cloud.recoverVirtualBorderRouter(b -> b.vbrId(vbr.id())),
        "IncorrectStatus.VirtualBorderRouter",
        RuleId.R3);

    cloud.deleteVirtualBorderRouter(b -> b.vbrId(vbr.id()));
    assertThat(cloud.snapshot().expressConnect().vbr(vbr.id())).isEmpty();
    assertRejected(cloud, () -> cloud.deleteVirtualBorderRouter(b -> b.vbrId(vbr.id())), "InvalidVbrId.NotFound");
  }

  @Test
  void r46ADeletedVbrFreesItsCircuitForTermination() {
    Vbr vbr = Fixtures.vbr(cloud, pc, 100);
    cloud.deleteVirtualBorderRouter(b -> b.vbrId(vbr.id()));
    cloud.terminatePhysicalConnection(b -> b.physicalConnectionId(pc.id()));
    cloud.deletePhysicalConnection(b -> b.physicalConnectionId(pc.id()));
    assertThat(cloud.snapshot().expressConnect().physicalConnections()).isEmpty();
  }

  @Test
  void r46AVbrAttachedToACenCannotBeDeleted() {
    Vbr vbr = Fixtures.vbr(cloud, pc, 100);
    var cen = Fixtures.cen(cloud);
    cloud.attachCenChildInstance(b -> b.cenId(cen.id()).childInstanceId(vbr.id()).childInstanceRegion(CN_HANGZHOU));
    assertRejected(
        cloud,
        () -> cloud.deleteVirtualBorderRouter(b -> b.vbrId(vbr.id())),
        "DependencyViolation.CenAttachment",
        RuleId.R46);
  }

  @Test
  void r25TheVbrCarriesStaticRoutesToTheDataCenterPrefixesThatItAdvertises() {
    Vbr vbr = Fixtures.vbr(cloud, pc, 100);
    Vbr routed =
        cloud.createVbrRouteEntry(
            b -> b.vbrId(vbr.id()).destination(Cidr.of("192.168.0.0/16"))
                .nextHopType(VbrNextHopType.PHYSICAL_CONNECTION).nextHopId(pc.id().value()));

    Vbr inSnapshot = cloud.snapshot().expressConnect().vbr(vbr.id()).orElseThrow();
    assertThat(inSnapshot).isEqualTo(routed);
    assertThat(inSnapshot.dataCenterRoutes()).singleElement().satisfies(e -> {
      assertThat(e.destination()).isEqualTo(Cidr.of("192.168.0.0/16"));
      assertThat(e.nextHopId()).isEqualTo(pc.id().value());
      assertThat(e.advertisedToCen()).isTrue();
    });
  }

  @Test
  void r25AnActiveVbrAdvertisesItsDataCenterRoutesButNotItsRouterInterfaceRoutesAndATerminatedOneNothing() {
    Vbr vbr = Fixtures.vbr(cloud, pc, 100);
    cloud.createVbrRouteEntry(
        b -> b.vbrId(vbr.id()).destination(Cidr.of("192.168.0.0/17"))
            .nextHopType(VbrNextHopType.PHYSICAL_CONNECTION).nextHopId(pc.id().value()));
    cloud.createVbrRouteEntry(
        b -> b.vbrId(vbr.id()).destination(Cidr.of("192.168.128.0/17"))
            .nextHopType(VbrNextHopType.PHYSICAL_CONNECTION).nextHopId(pc.id().value()));
    var vpc = Fixtures.vpc(cloud, CN_HANGZHOU, "172.16.0.0/16");
    var ri = cloud.createRouterInterface(
        b -> b.region(CN_HANGZHOU).routerId(vbr.id()).role(dev.cenkit.model.expressconnect.RouterInterfaceRole.INITIATING_SIDE)
            .oppositeRouterId(vpc.id()).oppositeRegion(CN_HANGZHOU));
    cloud.createVbrRouteEntry(
        b -> b.vbrId(vbr.id()).destination(Cidr.of("172.16.0.0/16"))
            .nextHopType(VbrNextHopType.ROUTER_INTERFACE).nextHopId(ri.id().value()));

    assertThat(dev.cenkit.inmemory.rules.ExpressConnectRules.r25AdvertisedByVbr(Internals.state(cloud), vbr.id()))
        .containsExactly(Cidr.of("192.168.0.0/17"), Cidr.of("192.168.128.0/17"));

    cloud.terminateVirtualBorderRouter(b -> b.vbrId(vbr.id()));
    assertThat(dev.cenkit.inmemory.rules.ExpressConnectRules.r25AdvertisedByVbr(Internals.state(cloud), vbr.id())).isEmpty();
  }

  @Test
  void d10AVbrRouteTowardsTheCircuitMustLeadIntoTheDataCenter() {
    Vbr vbr = Fixtures.vbr(cloud, pc, 100);
    assertRejected(
        cloud,
        () -> cloud.createVbrRouteEntry(
            b -> b.vbrId(vbr.id()).destination(Cidr.of("10.50.0.0/16"))
                .nextHopType(VbrNextHopType.PHYSICAL_CONNECTION).nextHopId(pc.id().value())),
        "InvalidDestinationCidrBlock.NotInDataCenter",
        RuleId.D10);
    assertRejected(
        cloud,
        () -> cloud.createVbrRouteEntry(
            b -> b.vbrId(vbr.id()).destination(Cidr.of("192.168.0.0/16"))
                .nextHopType(VbrNextHopType.PHYSICAL_CONNECTION).nextHopId("pc-someothercircuit0000")),
        "InvalidNextHop.NotInVpc",
        RuleId.D10);
  }

  @Test
  void d10ADuplicateVbrRouteIsRejectedAndADeletedOneIsGone() {
    Vbr vbr = Fixtures.vbr(cloud, pc, 100);
    cloud.createVbrRouteEntry(
        b -> b.vbrId(vbr.id()).destination(Cidr.of("192.168.0.0/16"))
            .nextHopType(VbrNextHopType.PHYSICAL_CONNECTION).nextHopId(pc.id().value()));
    assertRejected(
        cloud,
        () -> cloud.createVbrRouteEntry(
            b -> b.vbrId(vbr.id()).destination(Cidr.of("192.168.0.0/16"))
                .nextHopType(VbrNextHopType.PHYSICAL_CONNECTION).nextHopId(pc.id().value())),
        "RouterEntryConflict.Duplicated",
        RuleId.D10);
    cloud.deleteVbrRouteEntry(b -> b.vbrId(vbr.id()).destination(Cidr.of("192.168.0.0/16")));
    assertThat(cloud.snapshot().expressConnect().vbr(vbr.id()).orElseThrow().routeEntries()).isEmpty();
    assertRejected(
        cloud,
        () -> cloud.deleteVbrRouteEntry(b -> b.vbrId(vbr.id()).destination(Cidr.of("192.168.0.0/16"))),
        "InvalidRouteEntry.NotFound");
  }

  @Test
  void r27VbrRoutesCannotBePublishedOrWithdrawnByTheUser() {
    Vbr vbr = Fixtures.vbr(cloud, pc, 100);
    var e =
        org.assertj.core.api.Assertions.catchThrowableOfType(
            dev.cenkit.error.CenkitException.class,
            () -> dev.cenkit.inmemory.rules.ExpressConnectRules.r27VbrRoutesNotPublishable(vbr.id(), "WithdrawPublishedRouteEntries"));
    assertThat(e.code()).isEqualTo("OperationUnsupported.VbrRoutePublish");
    assertThat(e.rule()).contains(RuleId.R27);
    // a VPC's routes may be published: the rule only concerns VBRs
    dev.cenkit.inmemory.rules.ExpressConnectRules.r27VbrRoutesNotPublishable(
        Fixtures.vpc(cloud, CN_HANGZHOU, "172.16.0.0/16").id(), "PublishRouteEntries");
  }

  @Test
  void anUnknownVbrIsRejectedWithTheRealCode() {
    assertRejected(
        cloud,
        () -> cloud.terminateVirtualBorderRouter(b -> b.vbrId(VbrId.of("vbr-doesnotexist00000"))),
        "InvalidVbrId.NotFound");
  }
}
