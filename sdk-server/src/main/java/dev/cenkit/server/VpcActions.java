package dev.cenkit.server;

import static dev.cenkit.server.Product.VPC;

import dev.cenkit.error.ErrorCode;
import dev.cenkit.model.Cidr;
import dev.cenkit.model.RegionId;
import dev.cenkit.model.expressconnect.DataCenterId;
import dev.cenkit.model.expressconnect.LineOperator;
import dev.cenkit.model.expressconnect.PhysicalConnection;
import dev.cenkit.model.expressconnect.PhysicalConnectionId;
import dev.cenkit.model.expressconnect.PortType;
import dev.cenkit.model.expressconnect.RouterInterface;
import dev.cenkit.model.expressconnect.RouterInterfaceId;
import dev.cenkit.model.expressconnect.RouterInterfaceRole;
import dev.cenkit.model.expressconnect.Vbr;
import dev.cenkit.model.expressconnect.VbrId;
import dev.cenkit.model.expressconnect.VbrNextHopType;
import dev.cenkit.model.vpc.NextHopType;
import dev.cenkit.model.vpc.RouteEntry;
import dev.cenkit.model.vpc.RouteEntryId;
import dev.cenkit.model.vpc.RouteTableId;
import dev.cenkit.model.vpc.VSwitch;
import dev.cenkit.model.vpc.VSwitchId;
import dev.cenkit.model.vpc.Vpc;
import dev.cenkit.model.vpc.VpcId;
import dev.cenkit.spi.CloudSnapshot;
import dev.cenkit.spi.expressconnect.CancelPhysicalConnectionRequest;
import dev.cenkit.spi.expressconnect.ConfirmPhysicalConnectionRequest;
import dev.cenkit.spi.expressconnect.ConnectRouterInterfaceRequest;
import dev.cenkit.spi.expressconnect.CreatePhysicalConnectionOccupancyOrderRequest;
import dev.cenkit.spi.expressconnect.CreatePhysicalConnectionRequest;
import dev.cenkit.spi.expressconnect.CreateRouterInterfaceRequest;
import dev.cenkit.spi.expressconnect.CreateVbrRouteEntryRequest;
import dev.cenkit.spi.expressconnect.CreateVirtualBorderRouterRequest;
import dev.cenkit.spi.expressconnect.DeletePhysicalConnectionRequest;
import dev.cenkit.spi.expressconnect.DeleteRouterInterfaceRequest;
import dev.cenkit.spi.expressconnect.DeleteVbrRouteEntryRequest;
import dev.cenkit.spi.expressconnect.DeleteVirtualBorderRouterRequest;
import dev.cenkit.spi.expressconnect.ModifyVirtualBorderRouterAttributeRequest;
import dev.cenkit.spi.expressconnect.RecoverVirtualBorderRouterRequest;
import dev.cenkit.spi.expressconnect.TerminatePhysicalConnectionRequest;
import dev.cenkit.spi.expressconnect.TerminateVirtualBorderRouterRequest;
import dev.cenkit.spi.vpc.CreateRouteEntryRequest;
import dev.cenkit.spi.vpc.CreateVSwitchRequest;
import dev.cenkit.spi.vpc.CreateVpcRequest;
import dev.cenkit.spi.vpc.DeleteRouteEntryRequest;
import dev.cenkit.spi.vpc.DeleteVSwitchRequest;
import dev.cenkit.spi.vpc.DeleteVpcRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The {@code Vpc} 2016-04-28 actions: VPCs, vSwitches, route entries, and Express Connect (physical connections,
 * VBRs, router interfaces). Parameters and response fields carry the SDK model's names.
 */
final class VpcActions {
  private VpcActions() {}

  /** The tags of a request: {@code Tag.N.Key} and {@code Tag.N.Value} for N = 1, 2, … (R4). */
  static java.util.Map<String, String> tags(Params p) {
    java.util.Map<String, String> tags = new java.util.LinkedHashMap<>();
    for (int i = 1; p.has("Tag." + i + ".Key"); i++) {
      tags.put(p.required("Tag." + i + ".Key"), p.optional("Tag." + i + ".Value").orElse(""));
    }
    return tags;
  }

  static void register(ActionTable t) {
    t.operation(VPC, "CreateVpc", (p, c) -> CreateVpcRequest.builder()
            .region(p.required("RegionId", RegionId::of))
            .cidrBlock(p.required("CidrBlock", Cidr::of))
            .vpcName(p.optional("VpcName"))
            .description(p.optional("Description"))
            .tags(tags(p))
            .resourceGroupId(p.optional("ResourceGroupId"))
            .build(),
        VpcShapes::createdVpc);
    t.query(VPC, "DescribeVpcs", VpcActions::vpcFilter, VpcActions::describeVpcs);
    t.query(VPC, "DescribeVpcAttribute", (p, c) -> { p.optional("RegionId"); return p.required("VpcId", VpcId::of); },
        (id, b) -> VpcShapes.vpcAttribute(b.cloud().snapshot(), vpc(b.cloud().snapshot(), id)));
    t.operation(VPC, "DeleteVpc", (p, c) -> { p.optional("RegionId"); return DeleteVpcRequest.builder().vpcId(p.required("VpcId", VpcId::of)).build(); },
        v -> Json.object());
    t.operation(VPC, "CreateVSwitch", (p, c) -> { p.optional("RegionId"); return CreateVSwitchRequest.builder()
            .vpcId(p.required("VpcId", VpcId::of))
            .zoneId(p.required("ZoneId"))
            .cidrBlock(p.required("CidrBlock", Cidr::of))
            .vSwitchName(p.optional("VSwitchName"))
            .description(p.optional("Description"))
            .tags(tags(p))
            .build(); },
        s -> Json.object("VSwitchId", s.id()));
    t.query(VPC, "DescribeVSwitches", VpcActions::vSwitchFilter, VpcActions::describeVSwitches);
    t.operation(VPC, "DeleteVSwitch", (p, c) -> { p.optional("RegionId"); return DeleteVSwitchRequest.builder().vSwitchId(p.required("VSwitchId", VSwitchId::of)).build(); },
        s -> Json.object());
    t.add(VPC, "CreateRouteEntry", VpcActions::createRouteEntry);
    t.add(VPC, "DeleteRouteEntry", VpcActions::deleteRouteEntry);
    t.query(VPC, "DescribeRouteEntryList", (p, c) -> { p.optional("RegionId"); return p.required("RouteTableId", RouteTableId::of); },
        (id, b) -> VpcShapes.routeEntryList(b.cloud().snapshot(), id, b.cloud().describeRouteEntryList(id)));

    // Express Connect
    t.operation(VPC, "CreatePhysicalConnection", (p, c) -> { p.optional("Type"); return CreatePhysicalConnectionRequest.builder()
            .region(p.required("RegionId", RegionId::of))
            .accessPointId(p.required("AccessPointId"))
            .lineOperator(p.required("LineOperator", LineOperator::of))
            .portType(p.optional("PortType", PortType::of).orElse(PortType.BASE_LX_1000))
            .bandwidthMbps(p.optionalLong("bandwidth"))
            .dataCenterId(p.required("PeerLocation", DataCenterId::of))
            .name(p.optional("Name"))
            .description(p.optional("Description"))
            .build(); },
        pc -> Json.object("PhysicalConnectionId", pc.id()));
    circuitAction(t, "ConfirmPhysicalConnection", id -> ConfirmPhysicalConnectionRequest.builder().physicalConnectionId(id).build());
    t.operation(VPC, "CreatePhysicalConnectionOccupancyOrder", (p, c) -> {
          p.optional("RegionId");
          p.optional("InstanceChargeType");
          p.optional("PricingCycle");
          p.optionalLong("Period");
          p.optionalBoolean("AutoPay");
          return CreatePhysicalConnectionOccupancyOrderRequest.builder()
              .physicalConnectionId(p.required("PhysicalConnectionId", PhysicalConnectionId::of)).build(); },
        pc -> Json.object("Data", Json.object("OrderId", "order-" + pc.id().value())));
    circuitAction(t, "CancelPhysicalConnection", id -> CancelPhysicalConnectionRequest.builder().physicalConnectionId(id).build());
    circuitAction(t, "TerminatePhysicalConnection", id -> TerminatePhysicalConnectionRequest.builder().physicalConnectionId(id).build());
    circuitAction(t, "DeletePhysicalConnection", id -> DeletePhysicalConnectionRequest.builder().physicalConnectionId(id).build());
    t.query(VPC, "DescribePhysicalConnections", VpcActions::regionalFilter, VpcActions::describePhysicalConnections);

    t.operation(VPC, "CreateVirtualBorderRouter", (p, c) -> CreateVirtualBorderRouterRequest.builder()
            .region(p.required("RegionId", RegionId::of))
            .physicalConnectionId(p.required("PhysicalConnectionId", PhysicalConnectionId::of))
            .vlanId((int) p.requiredLong("VlanId"))
            .localGatewayIp(p.required("LocalGatewayIp"))
            .peerGatewayIp(p.required("PeerGatewayIp"))
            .peeringSubnetMask(p.required("PeeringSubnetMask"))
            .name(p.optional("Name"))
            .description(p.optional("Description"))
            .tags(tags(p))
            .resourceGroupId(p.optional("ResourceGroupId"))
            .build(),
        v -> Json.object("VbrId", v.id()));
    t.operation(VPC, "ModifyVirtualBorderRouterAttribute", (p, c) -> { p.optional("RegionId"); return ModifyVirtualBorderRouterAttributeRequest.builder()
            .vbrId(p.required("VbrId", VbrId::of))
            .vlanId(p.optionalLong("VlanId").map(Long::intValue))
            .localGatewayIp(p.optional("LocalGatewayIp"))
            .peerGatewayIp(p.optional("PeerGatewayIp"))
            .peeringSubnetMask(p.optional("PeeringSubnetMask"))
            .name(p.optional("Name"))
            .description(p.optional("Description"))
            .build(); },
        v -> Json.object());
    vbrAction(t, "TerminateVirtualBorderRouter", id -> TerminateVirtualBorderRouterRequest.builder().vbrId(id).build());
    vbrAction(t, "RecoverVirtualBorderRouter", id -> RecoverVirtualBorderRouterRequest.builder().vbrId(id).build());
    vbrAction(t, "DeleteVirtualBorderRouter", id -> DeleteVirtualBorderRouterRequest.builder().vbrId(id).build());
    t.query(VPC, "DescribeVirtualBorderRouters", VpcActions::regionalFilter, VpcActions::describeVbrs);

    t.operation(VPC, "CreateRouterInterface", (p, c) -> {
          p.optional("RouterType");
          p.optional("OppositeRouterType");
          p.optional("Spec");
          p.optional("InstanceChargeType");
          p.optional("AccessPointId");
          p.optional("OppositeAccessPointId");
          return CreateRouterInterfaceRequest.builder()
              .region(p.required("RegionId", RegionId::of))
              .routerId(p.required("RouterId", Wire::networkInstance))
              .role(p.required("Role", r -> Wire.enumOf(RouterInterfaceRole.class, r)))
              .oppositeRouterId(p.required("OppositeRouterId", Wire::networkInstance))
              .oppositeRegion(p.required("OppositeRegionId", RegionId::of))
              .oppositeInterfaceId(p.optional("OppositeInterfaceId", RouterInterfaceId::of))
              .name(p.optional("Name"))
              .build(); },
        ri -> Json.object("RouterInterfaceId", ri.id()));
    t.operation(VPC, "ConnectRouterInterface", (p, c) -> { p.optional("RegionId");
          return ConnectRouterInterfaceRequest.builder().routerInterfaceId(p.required("RouterInterfaceId", RouterInterfaceId::of)).build(); },
        ri -> Json.object());
    t.operation(VPC, "DeleteRouterInterface", (p, c) -> { p.optional("RegionId");
          return DeleteRouterInterfaceRequest.builder().routerInterfaceId(p.required("RouterInterfaceId", RouterInterfaceId::of)).build(); },
        ri -> Json.object());
    t.query(VPC, "DescribeRouterInterfaces", VpcActions::regionalFilter, VpcActions::describeRouterInterfaces);
  }

  private static void circuitAction(ActionTable t, String action, java.util.function.Function<PhysicalConnectionId, dev.cenkit.spi.operation.Operation<PhysicalConnection>> op) {
    t.operation(VPC, action, (p, c) -> { p.optional("RegionId"); return op.apply(p.required("PhysicalConnectionId", PhysicalConnectionId::of)); },
        pc -> Json.object());
  }

  private static void vbrAction(ActionTable t, String action, java.util.function.Function<VbrId, dev.cenkit.spi.operation.Operation<Vbr>> op) {
    t.operation(VPC, action, (p, c) -> { p.optional("RegionId"); return op.apply(p.required("VbrId", VbrId::of)); },
        v -> Json.object());
  }

  // ---- VPCs and vSwitches ----

  /** The filter of {@code DescribeVpcs}. */
  record VpcFilter(RegionId region, List<VpcId> ids, Optional<String> name, Paging paging) {}

  private static VpcFilter vpcFilter(Params p, CallContext c) {
    return new VpcFilter(
        p.required("RegionId", RegionId::of),
        p.optional("VpcId").map(Wire::commaList).orElse(List.of()).stream().map(VpcId::of).toList(),
        p.optional("VpcName"),
        Paging.read(p));
  }

  private static Map<String, Object> describeVpcs(VpcFilter f, Backend b) {
    CloudSnapshot s = b.cloud().snapshot();
    List<Vpc> candidates = f.ids().isEmpty()
        ? b.cloud().describeVpcs()
        : f.ids().stream().map(id -> s.vpc().vpc(id)).flatMap(Optional::stream).toList();
    Predicate<Vpc> keep = v -> v.region().equals(f.region()) && f.name().map(n -> v.name().equals(Optional.of(n))).orElse(true);
    return f.paging().page(candidates.stream().filter(keep).toList(), "Vpcs", "Vpc", v -> VpcShapes.vpc(s, v));
  }

  static Vpc vpc(CloudSnapshot s, VpcId id) {
    return s.vpc().vpc(id).orElseThrow(
        () -> ErrorCode.INVALID_VPC_ID_NOT_FOUND.exception(null, "VPC " + id + " does not exist", id));
  }

  /** The filter of {@code DescribeVSwitches}. */
  record VSwitchFilter(Optional<RegionId> region, Optional<VpcId> vpcId, List<VSwitchId> ids, Optional<String> zone, Optional<String> name, Paging paging) {}

  private static VSwitchFilter vSwitchFilter(Params p, CallContext c) {
    return new VSwitchFilter(
        p.optional("RegionId", RegionId::of),
        p.optional("VpcId", VpcId::of),
        p.optional("VSwitchId").map(Wire::commaList).orElse(List.of()).stream().map(VSwitchId::of).toList(),
        p.optional("ZoneId"),
        p.optional("VSwitchName"),
        Paging.read(p));
  }

  private static Map<String, Object> describeVSwitches(VSwitchFilter f, Backend b) {
    CloudSnapshot s = b.cloud().snapshot();
    List<VSwitch> candidates;
    if (!f.ids().isEmpty()) {
      candidates = f.ids().stream().map(id -> Optional.ofNullable(s.vpc().vSwitches().get(id))).flatMap(Optional::stream).toList();
    } else if (f.vpcId().isPresent()) {
      candidates = b.cloud().describeVSwitches(f.vpcId().get());
    } else {
      candidates = b.cloud().describeVSwitches();
    }
    Predicate<VSwitch> keep = v -> f.region().map(r -> v.region().equals(r)).orElse(true)
        && f.vpcId().map(id -> v.vpcId().equals(id)).orElse(true)
        && f.zone().map(z -> v.zoneId().equals(z)).orElse(true)
        && f.name().map(n -> v.name().equals(Optional.of(n))).orElse(true);
    return f.paging().page(candidates.stream().filter(keep).toList(), "VSwitches", "VSwitch", v -> VpcShapes.vSwitch(s, v));
  }

  // ---- route entries ----

  /**
   * {@code CreateRouteEntry}: on a VPC's route table a custom route; on a VBR's route table a VBR route, whose next
   * hop is the VBR's VLAN interface (towards the circuit and its data center) or a router interface.
   */
  private static Invocation createRouteEntry(Params p, CallContext c) {
    p.optional("RegionId");
    Optional<String> description = p.optional("Description");
    RouteTableId table = p.required("RouteTableId", RouteTableId::of);
    Cidr destination = p.required("DestinationCidrBlock", Cidr::of);
    String nextHopType = p.required("NextHopType");
    String nextHopId = p.required("NextHopId");
    Optional<String> name = p.optional("RouteEntryName");
    return b -> {
      CloudSnapshot s = b.cloud().snapshot();
      Optional<Vbr> vbr = s.vpc().vpcOfRouteTable(table).isPresent() ? Optional.empty() : vbrOfRouteTable(s, table);
      if (vbr.isPresent()) {
        Vbr v = vbr.get();
        boolean toCircuit = nextHopId.equals(VpcShapes.vlanInterfaceId(v)) || nextHopId.equals(v.physicalConnectionId().value());
        VbrNextHopType type = toCircuit ? VbrNextHopType.PHYSICAL_CONNECTION : vbrNextHopType(nextHopType);
        b.cloud().createVbrRouteEntry(CreateVbrRouteEntryRequest.builder()
            .vbrId(v.id())
            .destination(destination)
            .nextHopType(type)
            .nextHopId(toCircuit ? v.physicalConnectionId().value() : nextHopId)
            .build());
        return Json.object("RouteEntryId", VpcShapes.vbrRouteEntryId(v, destination));
      }
      RouteEntry e = b.cloud().createRouteEntry(CreateRouteEntryRequest.builder()
          .routeTableId(table)
          .destinationCidrBlock(destination)
          .nextHopType(nextHopType(nextHopType))
          .nextHopId(nextHopId)
          .routeEntryName(name)
          .description(description)
          .build());
      return Json.object("RouteEntryId", e.id());
    };
  }

  /** {@code DeleteRouteEntry}: by {@code RouteEntryId}, or by {@code RouteTableId} and {@code DestinationCidrBlock}. */
  private static Invocation deleteRouteEntry(Params p, CallContext c) {
    p.optional("RegionId");
    p.optional("NextHopId");
    Optional<RouteEntryId> id = p.optional("RouteEntryId", RouteEntryId::of);
    Optional<RouteTableId> table = p.optional("RouteTableId", RouteTableId::of);
    Optional<Cidr> destination = p.optional("DestinationCidrBlock", Cidr::of);
    if (id.isEmpty() && (table.isEmpty() || destination.isEmpty())) {
      throw WireError.missing(table.isEmpty() ? "RouteEntryId" : "DestinationCidrBlock");
    }
    return b -> {
      if (id.isPresent()) {
        b.cloud().deleteRouteEntry(id.get());
        return Json.object();
      }
      CloudSnapshot s = b.cloud().snapshot();
      if (s.vpc().vpcOfRouteTable(table.get()).isPresent()) {
        RouteEntry e = b.cloud().describeRouteEntryList(table.get()).stream()
            .filter(r -> r.destinationCidrBlock().equals(destination.get()))
            .findFirst()
            .orElseThrow(() -> ErrorCode.INVALID_ROUTE_ENTRY_NOT_FOUND.exception(
                null, "route table " + table.get() + " has no custom route to " + destination.get(), table.get()));
        b.cloud().deleteRouteEntry(e.id());
        return Json.object();
      }
      Vbr v = vbrOfRouteTable(s, table.get()).orElseThrow(() -> ErrorCode.INVALID_ROUTE_TABLE_ID_NOT_FOUND.exception(
          null, "route table " + table.get() + " does not exist", table.get()));
      b.cloud().deleteVbrRouteEntry(DeleteVbrRouteEntryRequest.builder().vbrId(v.id()).destination(destination.get()).build());
      return Json.object();
    };
  }

  /** The VBR whose route table this is (VBRs are few; the snapshot keeps no index of VBR route tables). */
  static Optional<Vbr> vbrOfRouteTable(CloudSnapshot s, RouteTableId table) {
    return s.expressConnect().vbrs().values().stream().filter(v -> v.routeTableId().equals(table)).findFirst();
  }

  private static NextHopType nextHopType(String value) {
    for (NextHopType t : NextHopType.values()) {
      if (t.apiValue().equals(value)) {
        return t;
      }
    }
    throw ErrorCode.INVALID_NEXT_HOP_TYPE.exception(null, "next hop type '" + value + "' is not a VPC next hop type", value);
  }

  private static VbrNextHopType vbrNextHopType(String value) {
    for (VbrNextHopType t : VbrNextHopType.values()) {
      if (t.apiValue().equals(value)) {
        return t;
      }
    }
    throw ErrorCode.INVALID_NEXT_HOP_TYPE.exception(null, "next hop type '" + value + "' is not a VBR next hop type", value);
  }

  // ---- Express Connect describes ----

  /** A region and the {@code Filter.N.Key}/{@code Filter.N.Value.M} pairs of the Express Connect describes. */
  record RegionalFilter(RegionId region, Map<String, List<String>> filters, Paging paging) {
    boolean matches(String key, String value) {
      List<String> wanted = filters.get(key);
      return wanted == null || wanted.contains(value);
    }
  }

  private static RegionalFilter regionalFilter(Params p, CallContext c) {
    p.optionalBoolean("IncludeReservationData");
    p.optionalBoolean("IncludeCrossAccountVbr");
    return new RegionalFilter(p.required("RegionId", RegionId::of), p.filters("Filter"), Paging.read(p));
  }

  private static Map<String, Object> describePhysicalConnections(RegionalFilter f, Backend b) {
    checkFilterKeys(f, "PhysicalConnectionId", "Status", "Name", "AccessPointId", "LineOperator");
    List<PhysicalConnection> out = new ArrayList<>();
    for (PhysicalConnection pc : b.cloud().describePhysicalConnections()) {
      if (pc.region().equals(f.region())
          && f.matches("PhysicalConnectionId", pc.id().value())
          && f.matches("Status", pc.status().apiValue())
          && f.matches("Name", pc.name().orElse(""))
          && f.matches("AccessPointId", pc.accessPointId())
          && f.matches("LineOperator", pc.lineOperator().apiValue())) {
        out.add(pc);
      }
    }
    return f.paging().page(out, "PhysicalConnectionSet", "PhysicalConnectionType", VpcShapes::physicalConnection);
  }

  private static Map<String, Object> describeVbrs(RegionalFilter f, Backend b) {
    checkFilterKeys(f, "VbrId", "PhysicalConnectionId", "Status", "VlanId", "Name");
    CloudSnapshot s = b.cloud().snapshot();
    List<Vbr> out = new ArrayList<>();
    for (Vbr v : b.cloud().describeVirtualBorderRouters()) {
      if (v.region().equals(f.region())
          && f.matches("VbrId", v.id().value())
          && f.matches("PhysicalConnectionId", v.physicalConnectionId().value())
          && f.matches("Status", v.status().apiValue())
          && f.matches("VlanId", String.valueOf(v.vlanId()))
          && f.matches("Name", v.name().orElse(""))) {
        out.add(v);
      }
    }
    return f.paging().page(out, "VirtualBorderRouterSet", "VirtualBorderRouterType", v -> VpcShapes.vbr(s, v));
  }

  private static Map<String, Object> describeRouterInterfaces(RegionalFilter f, Backend b) {
    checkFilterKeys(f, "RouterInterfaceId", "RouterId", "OppositeRouterId", "Role", "Status");
    List<RouterInterface> out = new ArrayList<>();
    for (RouterInterface ri : b.cloud().describeRouterInterfaces()) {
      if (ri.region().equals(f.region())
          && f.matches("RouterInterfaceId", ri.id().value())
          && f.matches("RouterId", ri.routerId().value())
          && f.matches("OppositeRouterId", ri.oppositeRouterId().value())
          && f.matches("Role", ri.role().apiValue())
          && f.matches("Status", ri.status().apiValue())) {
        out.add(ri);
      }
    }
    return f.paging().page(out, "RouterInterfaceSet", "RouterInterfaceType", VpcShapes::routerInterface);
  }

  private static void checkFilterKeys(RegionalFilter f, String... known) {
    List<String> keys = List.of(known);
    for (String key : f.filters().keySet()) {
      if (!keys.contains(key)) {
        throw WireError.invalid("Filter.Key", key, "cenkit filters by " + String.join(", ", keys));
      }
    }
  }
}
