package dev.cenkit.server;

import dev.cenkit.model.Cidr;
import dev.cenkit.model.expressconnect.PhysicalConnection;
import dev.cenkit.model.expressconnect.RouterInterface;
import dev.cenkit.model.expressconnect.Vbr;
import dev.cenkit.model.expressconnect.VbrRouteEntry;
import dev.cenkit.model.vpc.RouteEntry;
import dev.cenkit.model.vpc.RouteTableId;
import dev.cenkit.model.vpc.VSwitch;
import dev.cenkit.model.vpc.Vpc;
import dev.cenkit.spi.CloudSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The response shapes of the {@code Vpc} 2016-04-28 SDK models, from cenkit's model values. */
final class VpcShapes {
  private VpcShapes() {}

  /** The router of a VPC: cenkit does not model it apart from the VPC, so its id is derived from the VPC's. */
  static String vRouterId(Vpc vpc) {
    return "vrt-" + suffix(vpc.id().value());
  }

  /** The VLAN interface of a VBR, the next hop of its routes towards the circuit. */
  static String vlanInterfaceId(Vbr vbr) {
    return "ri-" + suffix(vbr.id().value());
  }

  /** The id a VBR route entry is given on the wire (cenkit keys VBR routes by destination). */
  static String vbrRouteEntryId(Vbr vbr, Cidr destination) {
    return "rte-" + suffix(vbr.id().value()) + "-" + destination.toString().replace('.', '-').replace('/', '-');
  }

  private static String suffix(String id) {
    int dash = id.indexOf('-');
    return dash < 0 ? id : id.substring(dash + 1);
  }

  /** Tags as the APIs return them: {@code {"Tag": [{"Key": …, "Value": …}, …]}}. */
  static Map<String, Object> tags(Map<String, String> tags) {
    return Json.wrap("Tag", tags.entrySet().stream().map(e -> Json.object("Key", e.getKey(), "Value", e.getValue())).toList());
  }

  static Map<String, Object> createdVpc(Vpc v) {
    return Json.object("VpcId", v.id(), "RouteTableId", v.routeTableId(), "VRouterId", vRouterId(v));
  }

  static Map<String, Object> vpc(CloudSnapshot s, Vpc v) {
    return Json.object(
        "VpcId", v.id(),
        "OwnerId", Long.parseLong(v.ownerId().value()),
        "RegionId", v.region(),
        "Status", Wire.pascal(v.status()),
        "VpcName", v.name(),
        "Description", v.description(),
        "ResourceGroupId", v.resourceGroupId(),
        "Tags", tags(v.tags()),
        "CidrBlock", v.cidrBlock(),
        "VRouterId", vRouterId(v),
        "IsDefault", false,
        "CenStatus", s.cen().attachmentOf(v.id()).map(a -> "Attached").orElse(null),
        "VSwitchIds", Json.wrap("VSwitchId", s.vpc().vSwitchesOf(v.id()).stream().map(w -> w.id().value()).toList()),
        "RouterTableIds", Json.wrap("RouterTableIds", List.of(v.routeTableId().value())));
  }

  static Map<String, Object> vpcAttribute(CloudSnapshot s, Vpc v) {
    Map<String, Object> out = vpc(s, v);
    out.remove("RouterTableIds");
    out.remove("CenStatus");
    out.put("AssociatedCens", Json.wrap("AssociatedCen", s.cen().attachmentOf(v.id())
        .map(a -> List.of(Json.object("CenId", a.cenId(), "CenStatus", Wire.pascal(a.status())))).orElse(List.of())));
    return out;
  }

  static Map<String, Object> vSwitch(CloudSnapshot s, VSwitch w) {
    RouteTableId table = s.vpc().vpc(w.vpcId()).map(Vpc::routeTableId).orElse(null);
    return Json.object(
        "VSwitchId", w.id(),
        "VpcId", w.vpcId(),
        "ZoneId", w.zoneId(),
        "CidrBlock", w.cidrBlock(),
        "VSwitchName", w.name(),
        "Description", w.description(),
        "ResourceGroupId", w.resourceGroupId(),
        "Tags", tags(w.tags()),
        "Status", Wire.pascal(w.status()),
        "IsDefault", false,
        "AvailableIpAddressCount", Math.max(0, w.cidrBlock().size() - 6),
        "RouteTable", table == null ? null : Json.object("RouteTableId", table, "RouteTableType", "System"));
  }

  static Map<String, Object> routeEntryList(CloudSnapshot s, RouteTableId table, List<RouteEntry> entries) {
    List<Object> out = new ArrayList<>();
    for (RouteEntry e : entries) {
      out.add(Json.object(
          "RouteEntryId", e.id(),
          "RouteTableId", e.routeTableId(),
          "DestinationCidrBlock", e.destinationCidrBlock(),
          "RouteEntryName", e.name(),
          "Description", e.description(),
          "Type", "Custom",
          "Status", Wire.pascal(e.status()),
          "IpVersion", "ipv4",
          "NextHops", Json.wrap("NextHop", List.of(Json.object(
              "NextHopType", e.nextHopType().apiValue(), "NextHopId", e.nextHopId(), "Enabled", 1, "Weight", 100)))));
    }
    return Json.object("RouteEntrys", Json.wrap("RouteEntry", out));
  }

  static Map<String, Object> physicalConnection(PhysicalConnection pc) {
    return Json.object(
        "PhysicalConnectionId", pc.id(),
        "AccessPointId", pc.accessPointId(),
        "LineOperator", pc.lineOperator().apiValue(),
        "PortType", pc.portType().apiValue(),
        "Bandwidth", pc.bandwidthMbps(),
        "PeerLocation", pc.dataCenterId(),
        "Name", pc.name(),
        "Description", pc.description(),
        "Status", pc.status().apiValue(),
        "BusinessStatus", "Normal",
        "Type", "VPC");
  }

  static Map<String, Object> vbr(CloudSnapshot s, Vbr v) {
    String[] ips = gatewayIps(v);
    return Json.object(
        "VbrId", v.id(),
        "OwnerId", Long.parseLong(v.ownerId().value()),
        "PhysicalConnectionId", v.physicalConnectionId(),
        "PhysicalConnectionStatus", s.expressConnect().physicalConnection(v.physicalConnectionId()).map(pc -> pc.status().apiValue()),
        "AccessPointId", s.expressConnect().physicalConnection(v.physicalConnectionId()).map(PhysicalConnection::accessPointId),
        "VlanId", v.vlanId(),
        "VlanInterfaceId", vlanInterfaceId(v),
        "RouteTableId", v.routeTableId(),
        "LocalGatewayIp", ips[0],
        "PeerGatewayIp", ips[1],
        "PeeringSubnetMask", ips[2],
        "Name", v.name(),
        "Description", v.description(),
        "ResourceGroupId", v.resourceGroupId(),
        "Tags", tags(v.tags()),
        "Status", v.status().apiValue(),
        "Type", "pconnVBR",
        "AssociatedCens", Json.wrap("AssociatedCen", s.cen().attachmentOf(v.id())
            .map(a -> List.of(Json.object("CenId", a.cenId(), "CenStatus", Wire.pascal(a.status())))).orElse(List.of())),
        "RouteEntries", routes(v));
  }

  private static List<Object> routes(Vbr v) {
    List<Object> out = new ArrayList<>();
    for (VbrRouteEntry e : v.routeEntries()) {
      out.add(Json.object("DestinationCidrBlock", e.destination(), "NextHopType", e.nextHopType().apiValue(), "NextHopId", e.nextHopId()));
    }
    return out;
  }

  /** Local IP, peer IP and dotted subnet mask of a VBR. */
  private static String[] gatewayIps(Vbr v) {
    int len = v.peeringSubnetMaskLength();
    long mask = len == 0 ? 0 : (0xFFFFFFFFL << (32 - len)) & 0xFFFFFFFFL;
    String dotted = ((mask >> 24) & 255) + "." + ((mask >> 16) & 255) + "." + ((mask >> 8) & 255) + "." + (mask & 255);
    return new String[] {v.localGatewayIp().toString(), v.peerGatewayIp().toString(), dotted};
  }

  static Map<String, Object> routerInterface(RouterInterface ri) {
    return Json.object(
        "RouterInterfaceId", ri.id(),
        "RouterId", ri.routerId().value(),
        "RouterType", ri.routerType(),
        "Role", ri.role().apiValue(),
        "OppositeRouterId", ri.oppositeRouterId().value(),
        "OppositeInterfaceId", ri.oppositeInterfaceId(),
        "Name", ri.name(),
        "Status", ri.status().apiValue());
  }
}
