package dev.cenkit.inmemory.ops.expressconnect;

import dev.cenkit.error.ErrorCode;
import dev.cenkit.error.RuleId;
import dev.cenkit.inmemory.ops.Txn;
import dev.cenkit.inmemory.rules.ExpressConnectLookups;
import dev.cenkit.inmemory.rules.ExpressConnectRules;
import dev.cenkit.inmemory.rules.ExpressConnectRules.Peering;
import dev.cenkit.inmemory.rules.Lookups;
import dev.cenkit.inmemory.state.Snapshot;
import dev.cenkit.model.NetworkInstanceId;
import dev.cenkit.model.RegionId;
import dev.cenkit.model.expressconnect.PhysicalConnection;
import dev.cenkit.model.expressconnect.RouterInterface;
import dev.cenkit.model.expressconnect.RouterInterfaceId;
import dev.cenkit.model.expressconnect.RouterInterfaceStatus;
import dev.cenkit.model.expressconnect.Vbr;
import dev.cenkit.model.expressconnect.VbrId;
import dev.cenkit.model.expressconnect.VbrRouteEntry;
import dev.cenkit.model.expressconnect.VbrStatus;
import dev.cenkit.model.vpc.RouteTableId;
import dev.cenkit.model.vpc.VpcId;
import dev.cenkit.spi.expressconnect.ConnectRouterInterfaceRequest;
import dev.cenkit.spi.expressconnect.CreateRouterInterfaceRequest;
import dev.cenkit.spi.expressconnect.CreateVbrRouteEntryRequest;
import dev.cenkit.spi.expressconnect.CreateVirtualBorderRouterRequest;
import dev.cenkit.spi.expressconnect.DeleteRouterInterfaceRequest;
import dev.cenkit.spi.expressconnect.DeleteVbrRouteEntryRequest;
import dev.cenkit.spi.expressconnect.DeleteVirtualBorderRouterRequest;
import dev.cenkit.spi.expressconnect.ModifyVirtualBorderRouterAttributeRequest;
import dev.cenkit.spi.expressconnect.RecoverVirtualBorderRouterRequest;
import dev.cenkit.spi.expressconnect.TerminateVirtualBorderRouterRequest;
import java.util.Optional;
import java.util.stream.Collectors;

/** The handlers of the VBR and router-interface actions. */
final class VbrOperations {
  private VbrOperations() {}

  static Vbr createVbr(Txn txn, CreateVirtualBorderRouterRequest r) {
    PhysicalConnection pc = ExpressConnectLookups.physicalConnection(txn.state(), r.physicalConnectionId());
    ExpressConnectRules.r44VbrRegion(pc, r.region());
    ExpressConnectRules.r43CircuitEnabled(pc);
    ExpressConnectRules.r44VlanRange(r.vlanId());
    ExpressConnectRules.r44VlanUnique(txn.state(), pc, r.vlanId(), Optional.empty());
    Peering peering = ExpressConnectRules.r45Peering(r.localGatewayIp(), r.peerGatewayIp(), r.peeringSubnetMask());
    Vbr vbr =
        Vbr.builder()
            .id(txn.newId(VbrId.KIND, VbrId::of))
            .ownerId(txn.caller())
            .physicalConnectionId(pc.id())
            .region(pc.region())
            .vlanId(r.vlanId())
            .localGatewayIp(peering.local())
            .peerGatewayIp(peering.peer())
            .peeringSubnetMaskLength(peering.prefixLength())
            .routeTableId(txn.newId(RouteTableId.KIND, RouteTableId::of))
            .name(r.name())
            .description(r.description())
            .tags(r.tags())
            .resourceGroupId(r.resourceGroupId())
            .status(VbrStatus.ACTIVE)
            .build();
    txn.update(s -> s.withExpressConnect(e -> e.withVbr(vbr)));
    return vbr;
  }

  static Vbr modifyVbr(Txn txn, ModifyVirtualBorderRouterAttributeRequest r) {
    Vbr vbr = ExpressConnectLookups.vbr(txn.state(), r.vbrId());
    ExpressConnectRules.vbrState(vbr, RuleId.R3, r.action(), VbrStatus.ACTIVE, VbrStatus.TERMINATED, VbrStatus.UNCONFIRMED);
    PhysicalConnection pc = ExpressConnectLookups.physicalConnection(txn.state(), vbr.physicalConnectionId());
    int vlan = r.vlanId().orElse(vbr.vlanId());
    ExpressConnectRules.r44VlanRange(vlan);
    ExpressConnectRules.r44VlanUnique(txn.state(), pc, vlan, Optional.of(vbr.id()));
    Peering peering =
        ExpressConnectRules.r45Peering(
            r.localGatewayIp().orElse(vbr.localGatewayIp().toString()),
            r.peerGatewayIp().orElse(vbr.peerGatewayIp().toString()),
            r.peeringSubnetMask().orElse(maskOf(vbr.peeringSubnetMaskLength())));
    Vbr.Builder b =
        vbr.toBuilder()
            .vlanId(vlan)
            .localGatewayIp(peering.local())
            .peerGatewayIp(peering.peer())
            .peeringSubnetMaskLength(peering.prefixLength());
    r.name().ifPresent(b::name);
    r.description().ifPresent(b::description);
    Vbr next = b.build();
    txn.update(s -> s.withExpressConnect(e -> e.withVbr(next)));
    return next;
  }

  private static String maskOf(int length) {
    long bits = length == 0 ? 0 : (0xFFFFFFFFL << (32 - length)) & 0xFFFFFFFFL;
    return ((bits >> 24) & 0xFF) + "." + ((bits >> 16) & 0xFF) + "." + ((bits >> 8) & 0xFF) + "." + (bits & 0xFF);
  }

  static Vbr terminateVbr(Txn txn, TerminateVirtualBorderRouterRequest r) {
    Vbr vbr = ExpressConnectLookups.vbr(txn.state(), r.vbrId());
    ExpressConnectRules.vbrState(vbr, RuleId.R3, r.action(), VbrStatus.ACTIVE);
    Vbr next = vbr.toBuilder().status(VbrStatus.TERMINATED).build();
    txn.update(s -> s.withExpressConnect(e -> e.withVbr(next)));
    return next;
  }

  static Vbr recoverVbr(Txn txn, RecoverVirtualBorderRouterRequest r) {
    Vbr vbr = ExpressConnectLookups.vbr(txn.state(), r.vbrId());
    ExpressConnectRules.vbrState(vbr, RuleId.R3, r.action(), VbrStatus.TERMINATED);
    ExpressConnectRules.r43CircuitEnabled(ExpressConnectLookups.physicalConnection(txn.state(), vbr.physicalConnectionId()));
    Vbr next = vbr.toBuilder().status(VbrStatus.ACTIVE).build();
    txn.update(s -> s.withExpressConnect(e -> e.withVbr(next)));
    return next;
  }

  static Vbr deleteVbr(Txn txn, DeleteVirtualBorderRouterRequest r) {
    Vbr vbr = ExpressConnectLookups.vbr(txn.state(), r.vbrId());
    ExpressConnectRules.r46VbrDeletable(txn.state(), vbr);
    txn.update(s -> s.withExpressConnect(e -> e.withoutVbr(vbr.id())));
    // the grants of a deleted VBR go with it (R8, E18)
    txn.update(s -> s.withGrants(g -> g.withoutInstance(vbr.id())));
    return vbr;
  }

  static Vbr createVbrRoute(Txn txn, CreateVbrRouteEntryRequest r) {
    Vbr vbr = ExpressConnectLookups.vbr(txn.state(), r.vbrId());
    ExpressConnectRules.d10VbrRoute(txn.state(), vbr, r.destination(), r.nextHopType(), r.nextHopId());
    Vbr next =
        vbr.toBuilder()
            .addRouteEntries(
                VbrRouteEntry.builder()
                    .destination(r.destination())
                    .nextHopType(r.nextHopType())
                    .nextHopId(r.nextHopId())
                    .build())
            .build();
    txn.update(s -> s.withExpressConnect(e -> e.withVbr(next)));
    return next;
  }

  static Vbr deleteVbrRoute(Txn txn, DeleteVbrRouteEntryRequest r) {
    Vbr vbr = ExpressConnectLookups.vbr(txn.state(), r.vbrId());
    if (vbr.routeEntries().stream().noneMatch(e -> e.destination().equals(r.destination()))) {
      throw ErrorCode.INVALID_ROUTE_ENTRY_NOT_FOUND.exception(
          RuleId.D10, vbr.id() + " has no route to " + r.destination(), vbr.id(), r.destination());
    }
    Vbr next =
        vbr.toBuilder()
            .routeEntries(
                vbr.routeEntries().stream()
                    .filter(e -> !e.destination().equals(r.destination()))
                    .collect(Collectors.toList()))
            .build();
    txn.update(s -> s.withExpressConnect(e -> e.withVbr(next)));
    return next;
  }

  /** The region of a router (a VBR or a VPC's vRouter), checking it exists; a VBR must be active (R47). */
  private static RegionId routerRegion(Snapshot s, NetworkInstanceId router) {
    if (router instanceof VbrId) {
      Vbr vbr = ExpressConnectLookups.vbr(s, (VbrId) router);
      ExpressConnectRules.r47VbrActive(vbr);
      return vbr.region();
    }
    if (router instanceof VpcId) {
      return Lookups.vpc(s, (VpcId) router).region();
    }
    throw ErrorCode.INSTANCE_TYPE_NOT_SUPPORT.exception(
        RuleId.R47, "router " + router.value() + " is neither a VBR nor a VPC", router.value());
  }

  static RouterInterface createRouterInterface(Txn txn, CreateRouterInterfaceRequest r) {
    Snapshot s = txn.state();
    ExpressConnectRules.r47VbrInitiates(r.routerId(), r.role());
    if (r.routerId().value().equals(r.oppositeRouterId().value())) {
      throw ErrorCode.INVALID_PARAMETER.exception(
          RuleId.R47, "a router interface cannot lead to its own router " + r.routerId().value(), r.routerId().value());
    }
    RegionId region = routerRegion(s, r.routerId());
    if (!region.equals(r.region())) {
      throw ErrorCode.ILLEGAL_PARAM_REGION_ID.exception(
          RuleId.R1, r.routerId().value() + " is in " + region + ", not in " + r.region(), r.routerId().value(), r.region());
    }
    RegionId oppositeRegion = routerRegion(s, r.oppositeRouterId());
    if (!oppositeRegion.equals(r.oppositeRegion())) {
      throw ErrorCode.ILLEGAL_PARAM_REGION_ID.exception(
          RuleId.R1, r.oppositeRouterId().value() + " is in " + oppositeRegion + ", not in " + r.oppositeRegion(),
          r.oppositeRouterId().value(), r.oppositeRegion());
    }
    ExpressConnectRules.r7NotAttachedToCen(s, r.routerId());
    ExpressConnectRules.r7NotAttachedToCen(s, r.oppositeRouterId());
    ExpressConnectRules.r47OnePairPerRouters(s, r.routerId(), r.oppositeRouterId());
    ExpressConnectRules.r47InterfacesPerRouter(s, r.routerId(), txn.quotas().routerInterfacesPerRouter());
    if (r.oppositeInterfaceId().isPresent()) {
      ExpressConnectLookups.routerInterface(s, r.oppositeInterfaceId().get());
    }
    RouterInterface ri =
        RouterInterface.builder()
            .id(txn.newId(RouterInterfaceId.KIND, RouterInterfaceId::of))
            .region(region)
            .routerId(r.routerId())
            .role(r.role())
            .oppositeRouterId(r.oppositeRouterId())
            .oppositeInterfaceId(r.oppositeInterfaceId())
            .name(r.name())
            .build();
    txn.update(x -> x.withExpressConnect(e -> e.withRouterInterface(ri)));
    return ri;
  }

  static RouterInterface connectRouterInterface(Txn txn, ConnectRouterInterfaceRequest r) {
    Snapshot s = txn.state();
    RouterInterface initiator = ExpressConnectLookups.routerInterface(s, r.routerInterfaceId());
    RouterInterface acceptor = ExpressConnectRules.connectable(s, initiator);
    routerRegion(s, initiator.routerId());
    routerRegion(s, acceptor.routerId());
    RouterInterface a = initiator.toBuilder().status(RouterInterfaceStatus.ACTIVE).build();
    RouterInterface b =
        acceptor.toBuilder().status(RouterInterfaceStatus.ACTIVE).oppositeInterfaceId(initiator.id()).build();
    txn.update(x -> x.withExpressConnect(e -> e.withRouterInterface(a).withRouterInterface(b)));
    return a;
  }

  static RouterInterface deleteRouterInterface(Txn txn, DeleteRouterInterfaceRequest r) {
    Snapshot s = txn.state();
    RouterInterface ri = ExpressConnectLookups.routerInterface(s, r.routerInterfaceId());
    ExpressConnectRules.routerInterfaceUnused(s, ri);
    txn.update(
        x ->
            x.withExpressConnect(
                e -> {
                  var next = e.withoutRouterInterface(ri.id());
                  for (RouterInterface other : e.routerInterfacesFacing(ri.id())) {
                    next =
                        next.withRouterInterface(
                            other.toBuilder()
                                .status(RouterInterfaceStatus.IDLE)
                                .oppositeInterfaceId(Optional.empty())
                                .build());
                  }
                  return next;
                }));
    return ri;
  }
}
