package dev.cenkit.inmemory.tr;

import static dev.cenkit.model.RegionId.CN_BEIJING;
import static dev.cenkit.model.RegionId.CN_HANGZHOU;

import dev.cenkit.inmemory.InMemoryCloud;
import dev.cenkit.model.Cidr;
import dev.cenkit.model.Ipv4Address;
import dev.cenkit.model.RegionId;
import dev.cenkit.model.cen.CenId;
import dev.cenkit.model.expressconnect.DataCenter;
import dev.cenkit.model.expressconnect.LineOperator;
import dev.cenkit.model.expressconnect.PhysicalConnection;
import dev.cenkit.model.expressconnect.Vbr;
import dev.cenkit.model.expressconnect.VbrNextHopType;
import dev.cenkit.model.tr.TransitRouter;
import dev.cenkit.model.tr.TransitRouterAttachment;
import dev.cenkit.model.tr.ZoneMapping;
import dev.cenkit.model.vpc.VSwitch;
import dev.cenkit.model.vpc.Vpc;
import java.util.List;
import java.util.Map;

/**
 * The Enterprise Edition starting point of the transit-router tests, built through the provider's actions: the
 * service opened, a CEN, VPC-1 in Hangzhou with two vSwitches in two zones and VPC-3 in Beijing with one.
 */
final class TrFixture {
  final InMemoryCloud cloud = InMemoryCloud.create();
  final Vpc vpc1 = cloud.createVpc(b -> b.region(CN_HANGZHOU).cidrBlock(Cidr.of("172.16.0.0/16")));
  final VSwitch vsw1a = vSwitch(vpc1, "cn-hangzhou-h", "172.16.1.0/24");
  final VSwitch vsw1b = vSwitch(vpc1, "cn-hangzhou-i", "172.16.2.0/24");
  final Vpc vpc3 = cloud.createVpc(b -> b.region(CN_BEIJING).cidrBlock(Cidr.of("10.3.0.0/16")));
  final VSwitch vsw3 = vSwitch(vpc3, "cn-beijing-a", "10.3.1.0/24");
  final CenId cen;

  TrFixture() {
    cloud.openTransitRouterService();
    cen = cloud.createCen(b -> b.name("mesh")).id();
  }

  VSwitch vSwitch(Vpc vpc, String zone, String cidr) {
    return cloud.createVSwitch(b -> b.vpcId(vpc.id()).zoneId(zone).cidrBlock(Cidr.of(cidr)));
  }

  TransitRouter router(RegionId region) {
    return cloud.createTransitRouter(b -> b.cenId(cen).regionId(region));
  }

  TransitRouterAttachment connect(TransitRouter tr, Vpc vpc, VSwitch... vSwitches) {
    List<ZoneMapping> zones =
        java.util.Arrays.stream(vSwitches).map(v -> ZoneMapping.of(v.zoneId(), v.id())).collect(java.util.stream.Collectors.toList());
    return cloud.createTransitRouterVpcAttachment(b -> b.transitRouterId(tr.id()).vpcId(vpc.id()).zoneMappings(zones));
  }

  /** Associates the connection with the router's system table and propagates it there. */
  void associateAndPropagate(TransitRouter tr, TransitRouterAttachment c) {
    cloud.associateTransitRouterAttachmentWithRouteTable(
        b -> b.transitRouterAttachmentId(c.id()).transitRouterRouteTableId(tr.systemRouteTableId()));
    cloud.enableTransitRouterRouteTablePropagation(
        b -> b.transitRouterAttachmentId(c.id()).transitRouterRouteTableId(tr.systemRouteTableId()));
  }

  TransitRouterAttachment peer(TransitRouter a, TransitRouter b) {
    return cloud.createTransitRouterPeerAttachment(x -> x.transitRouterId(a.id()).peerTransitRouterId(b.id()));
  }

  /** A VBR in Hangzhou on an enabled circuit, routing 192.168.0.0/16 to its data center. */
  Vbr vbr() {
    DataCenter dc =
        cloud.createDataCenter(
            b -> b.name("hz-idc").prefixes(List.of(Cidr.of("192.168.0.0/16")))
                .hosts(Map.of("backend", Ipv4Address.of("192.168.10.5"))));
    PhysicalConnection pc =
        cloud.createPhysicalConnection(
            b -> b.region(CN_HANGZHOU).accessPointId("ap-cn-hangzhou-xs-A").lineOperator(LineOperator.CT)
                .dataCenterId(dc.id()));
    cloud.confirmPhysicalConnection(b -> b.physicalConnectionId(pc.id()));
    PhysicalConnection enabled = cloud.createPhysicalConnectionOccupancyOrder(b -> b.physicalConnectionId(pc.id()));
    Vbr vbr =
        cloud.createVirtualBorderRouter(
            b -> b.region(CN_HANGZHOU).physicalConnectionId(enabled.id()).vlanId(100).localGatewayIp("10.0.0.1")
                .peerGatewayIp("10.0.0.2").peeringSubnetMask("255.255.255.252"));
    return cloud.createVbrRouteEntry(
        b -> b.vbrId(vbr.id()).destination(Cidr.of("192.168.0.0/16")).nextHopType(VbrNextHopType.PHYSICAL_CONNECTION)
            .nextHopId(enabled.id().value()));
  }
}
