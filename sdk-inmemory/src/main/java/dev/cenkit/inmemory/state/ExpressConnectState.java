package dev.cenkit.inmemory.state;

import dev.cenkit.model.Checks;
import dev.cenkit.model.Cidr;
import dev.cenkit.model.Ipv4Address;
import dev.cenkit.model.NetworkInstanceId;
import dev.cenkit.model.cen.CenId;
import dev.cenkit.model.expressconnect.CloudServiceRoute;
import dev.cenkit.model.expressconnect.DataCenter;
import dev.cenkit.model.expressconnect.DataCenterId;
import dev.cenkit.model.expressconnect.DataCenterRoute;
import dev.cenkit.model.expressconnect.PhysicalConnection;
import dev.cenkit.model.expressconnect.PhysicalConnectionId;
import dev.cenkit.model.expressconnect.RouterInterface;
import dev.cenkit.model.expressconnect.RouterInterfaceId;
import dev.cenkit.model.expressconnect.Vbr;
import dev.cenkit.model.expressconnect.VbrId;
import dev.cenkit.model.expressconnect.VbrNextHopType;
import dev.cenkit.model.expressconnect.VbrRouteEntry;
import dev.cenkit.spi.ExpressConnectView;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.pcollections.PSortedMap;
import org.pcollections.TreePMap;

/**
 * The Express Connect part of a {@link Snapshot}: data centers, physical connections, VBRs, router
 * interfaces, and the CEN cloud-service routes (kept here, not in {@link CenState}, because they exist to serve
 * data centers behind VBRs). Persistent maps, so a change shares everything it does not touch, with the
 * secondary indexes the rules and questions read (VBRs by circuit, circuits by data center, router interfaces
 * by router and by either end, cloud-service routes by CEN, pending circuits, data centers routing to a VBR,
 * VBR routes using a router interface), kept by the same {@code with…}/{@code without…} methods.
 */
public final class ExpressConnectState implements ExpressConnectView {
  static final ExpressConnectState EMPTY =
      new ExpressConnectState(TreePMap.empty(IdOrder.INSTANCE), TreePMap.empty(IdOrder.INSTANCE),
          TreePMap.empty(IdOrder.INSTANCE), TreePMap.empty(IdOrder.INSTANCE), TreePMap.empty(TextOrder.INSTANCE),
          Indexes.EMPTY, ChangeLog.EMPTY);

  /** The secondary indexes, grouped so that the withers stay readable. */
  private record Indexes(
      GroupIndex<PhysicalConnectionId, VbrId, Vbr> vbrsByCircuit,
      GroupIndex<DataCenterId, PhysicalConnectionId, PhysicalConnection> circuitsByDataCenter,
      GroupIndex<String, RouterInterfaceId, RouterInterface> risByRouter,
      GroupIndex<String, RouterInterfaceId, RouterInterface> risByEnd,
      GroupIndex<String, RouterInterfaceId, RouterInterface> risByOppositeInterface,
      GroupIndex<CenId, String, CloudServiceRoute> cloudServiceRoutesByCen,
      PSortedMap<PhysicalConnectionId, PhysicalConnection> pendingCircuits,
      GroupIndex<VbrId, DataCenterId, DataCenter> dataCentersRoutingTo,
      GroupIndex<String, VbrId, Vbr> vbrsRoutingVia,
      GroupIndex<Long, DataCenterId, DataCenter> dataCentersByPrefix) {
    static final Indexes EMPTY =
        new Indexes(GroupIndex.ordered(IdOrder.INSTANCE), GroupIndex.ordered(IdOrder.INSTANCE),
            GroupIndex.ordered(IdOrder.INSTANCE), GroupIndex.ordered(IdOrder.INSTANCE), GroupIndex.ordered(IdOrder.INSTANCE),
            GroupIndex.ordered(TextOrder.INSTANCE), TreePMap.empty(IdOrder.INSTANCE), GroupIndex.ordered(IdOrder.INSTANCE),
            GroupIndex.ordered(IdOrder.INSTANCE), GroupIndex.ordered(IdOrder.INSTANCE));

    Indexes plusDataCenter(DataCenter dc) {
      GroupIndex<VbrId, DataCenterId, DataCenter> routing = dataCentersRoutingTo;
      for (DataCenterRoute r : dc.routes()) {
        routing = routing.plus(r.vbrId(), dc.id(), dc);
      }
      GroupIndex<Long, DataCenterId, DataCenter> byPrefix = dataCentersByPrefix;
      for (Cidr p : dc.prefixes()) {
        byPrefix = byPrefix.plus(BlockKeys.of(p), dc.id(), dc);
      }
      return new Indexes(vbrsByCircuit, circuitsByDataCenter, risByRouter, risByEnd, risByOppositeInterface,
          cloudServiceRoutesByCen, pendingCircuits, routing, vbrsRoutingVia, byPrefix);
    }

    Indexes minusDataCenter(DataCenter dc) {
      GroupIndex<VbrId, DataCenterId, DataCenter> routing = dataCentersRoutingTo;
      for (DataCenterRoute r : dc.routes()) {
        routing = routing.minus(r.vbrId(), dc.id());
      }
      GroupIndex<Long, DataCenterId, DataCenter> byPrefix = dataCentersByPrefix;
      for (Cidr p : dc.prefixes()) {
        byPrefix = byPrefix.minus(BlockKeys.of(p), dc.id());
      }
      return new Indexes(vbrsByCircuit, circuitsByDataCenter, risByRouter, risByEnd, risByOppositeInterface,
          cloudServiceRoutesByCen, pendingCircuits, routing, vbrsRoutingVia, byPrefix);
    }

    Indexes plusCircuit(PhysicalConnection pc) {
      return new Indexes(vbrsByCircuit, circuitsByDataCenter.plus(pc.dataCenterId(), pc.id(), pc), risByRouter,
          risByEnd, risByOppositeInterface, cloudServiceRoutesByCen,
          pc.status().pending() ? pendingCircuits.plus(pc.id(), pc) : pendingCircuits, dataCentersRoutingTo,
          vbrsRoutingVia, dataCentersByPrefix);
    }

    Indexes minusCircuit(PhysicalConnection pc) {
      return new Indexes(vbrsByCircuit, circuitsByDataCenter.minus(pc.dataCenterId(), pc.id()), risByRouter,
          risByEnd, risByOppositeInterface, cloudServiceRoutesByCen, pendingCircuits.minus(pc.id()),
          dataCentersRoutingTo, vbrsRoutingVia, dataCentersByPrefix);
    }

    Indexes plusVbr(Vbr vbr) {
      GroupIndex<String, VbrId, Vbr> via = vbrsRoutingVia;
      for (VbrRouteEntry e : vbr.routeEntries()) {
        if (e.nextHopType() == VbrNextHopType.ROUTER_INTERFACE) {
          via = via.plus(e.nextHopId(), vbr.id(), vbr);
        }
      }
      return new Indexes(vbrsByCircuit.plus(vbr.physicalConnectionId(), vbr.id(), vbr), circuitsByDataCenter,
          risByRouter, risByEnd, risByOppositeInterface, cloudServiceRoutesByCen, pendingCircuits,
          dataCentersRoutingTo, via, dataCentersByPrefix);
    }

    Indexes minusVbr(Vbr vbr) {
      GroupIndex<String, VbrId, Vbr> via = vbrsRoutingVia;
      for (VbrRouteEntry e : vbr.routeEntries()) {
        if (e.nextHopType() == VbrNextHopType.ROUTER_INTERFACE) {
          via = via.minus(e.nextHopId(), vbr.id());
        }
      }
      return new Indexes(vbrsByCircuit.minus(vbr.physicalConnectionId(), vbr.id()), circuitsByDataCenter,
          risByRouter, risByEnd, risByOppositeInterface, cloudServiceRoutesByCen, pendingCircuits,
          dataCentersRoutingTo, via, dataCentersByPrefix);
    }

    Indexes plusRouterInterface(RouterInterface ri) {
      String near = ri.routerId().value();
      String far = ri.oppositeRouterId().value();
      return new Indexes(vbrsByCircuit, circuitsByDataCenter, risByRouter.plus(near, ri.id(), ri),
          risByEnd.plus(near, ri.id(), ri).plus(far, ri.id(), ri),
          ri.oppositeInterfaceId().map(o -> risByOppositeInterface.plus(o.value(), ri.id(), ri))
              .orElse(risByOppositeInterface),
          cloudServiceRoutesByCen, pendingCircuits, dataCentersRoutingTo, vbrsRoutingVia, dataCentersByPrefix);
    }

    Indexes minusRouterInterface(RouterInterface ri) {
      String near = ri.routerId().value();
      String far = ri.oppositeRouterId().value();
      return new Indexes(vbrsByCircuit, circuitsByDataCenter, risByRouter.minus(near, ri.id()),
          risByEnd.minus(near, ri.id()).minus(far, ri.id()),
          ri.oppositeInterfaceId().map(o -> risByOppositeInterface.minus(o.value(), ri.id()))
              .orElse(risByOppositeInterface),
          cloudServiceRoutesByCen, pendingCircuits, dataCentersRoutingTo, vbrsRoutingVia, dataCentersByPrefix);
    }

    Indexes plusCloudServiceRoute(CloudServiceRoute r) {
      return new Indexes(vbrsByCircuit, circuitsByDataCenter, risByRouter, risByEnd, risByOppositeInterface,
          cloudServiceRoutesByCen.plus(r.cenId(), r.key(), r), pendingCircuits, dataCentersRoutingTo, vbrsRoutingVia, dataCentersByPrefix);
    }

    Indexes minusCloudServiceRoute(CloudServiceRoute r) {
      return new Indexes(vbrsByCircuit, circuitsByDataCenter, risByRouter, risByEnd, risByOppositeInterface,
          cloudServiceRoutesByCen.minus(r.cenId(), r.key()), pendingCircuits, dataCentersRoutingTo, vbrsRoutingVia, dataCentersByPrefix);
    }
  }

  private final PSortedMap<DataCenterId, DataCenter> dataCenters;
  private final PSortedMap<PhysicalConnectionId, PhysicalConnection> physicalConnections;
  private final PSortedMap<VbrId, Vbr> vbrs;
  private final PSortedMap<RouterInterfaceId, RouterInterface> routerInterfaces;
  private final PSortedMap<String, CloudServiceRoute> cloudServiceRoutes;
  private final Indexes indexes;
  private final ChangeLog log;

  private ExpressConnectState(
      PSortedMap<DataCenterId, DataCenter> dataCenters,
      PSortedMap<PhysicalConnectionId, PhysicalConnection> physicalConnections,
      PSortedMap<VbrId, Vbr> vbrs,
      PSortedMap<RouterInterfaceId, RouterInterface> routerInterfaces,
      PSortedMap<String, CloudServiceRoute> cloudServiceRoutes,
      Indexes indexes,
      ChangeLog log) {
    this.dataCenters = dataCenters;
    this.physicalConnections = physicalConnections;
    this.vbrs = vbrs;
    this.routerInterfaces = routerInterfaces;
    this.cloudServiceRoutes = cloudServiceRoutes;
    this.indexes = indexes;
    this.log = log;
  }

  @Override
  public PSortedMap<DataCenterId, DataCenter> dataCenters() {
    return dataCenters;
  }

  @Override
  public PSortedMap<PhysicalConnectionId, PhysicalConnection> physicalConnections() {
    return physicalConnections;
  }

  @Override
  public PSortedMap<VbrId, Vbr> vbrs() {
    return vbrs;
  }

  @Override
  public PSortedMap<RouterInterfaceId, RouterInterface> routerInterfaces() {
    return routerInterfaces;
  }

  @Override
  public PSortedMap<String, CloudServiceRoute> cloudServiceRoutes() {
    return cloudServiceRoutes;
  }

  @Override
  public List<Vbr> vbrsOn(PhysicalConnectionId circuit) {
    Checks.required(circuit, "circuit (PhysicalConnectionId)");
    return List.copyOf(indexes.vbrsByCircuit().get(circuit).values());
  }

  @Override
  public List<PhysicalConnection> circuitsOf(DataCenterId dataCenter) {
    Checks.required(dataCenter, "dataCenter (DataCenterId)");
    return List.copyOf(indexes.circuitsByDataCenter().get(dataCenter).values());
  }

  @Override
  public List<RouterInterface> routerInterfacesOn(NetworkInstanceId router) {
    Checks.required(router, "router (NetworkInstanceId)");
    return List.copyOf(indexes.risByRouter().get(router.value()).values());
  }

  /** The router interfaces with {@code instance} at either end, ordered by id (R7, R39). */
  public Collection<RouterInterface> routerInterfacesTouching(NetworkInstanceId instance) {
    Checks.required(instance, "instance (NetworkInstanceId)");
    return indexes.risByEnd().get(instance.value()).values();
  }

  /** The router interfaces whose opposite interface is {@code id}, ordered by id. */
  public Collection<RouterInterface> routerInterfacesFacing(RouterInterfaceId id) {
    Checks.required(id, "id (RouterInterfaceId)");
    return indexes.risByOppositeInterface().get(id.value()).values();
  }

  @Override
  public boolean usesRouterInterfaces(NetworkInstanceId instance) {
    Checks.required(instance, "instance (NetworkInstanceId)");
    return !indexes.risByEnd().get(instance.value()).isEmpty();
  }

  @Override
  public List<CloudServiceRoute> cloudServiceRoutesOf(CenId cenId) {
    Checks.required(cenId, "cenId (CenId)");
    return List.copyOf(indexes.cloudServiceRoutesByCen().get(cenId).values());
  }

  /**
   * The data center with the smallest id one of whose prefixes contains {@code address}: one lookup per prefix
   * length in the prefix index.
   */
  public java.util.Optional<DataCenter> dataCenterContaining(Ipv4Address address) {
    Checks.required(address, "address (Ipv4Address)");
    long a = address.toLong();
    DataCenter best = null;
    for (int len = 32; len >= 0; len--) {
      PSortedMap<DataCenterId, DataCenter> found = indexes.dataCentersByPrefix().get(BlockKeys.containing(a, len));
      if (!found.isEmpty()) {
        DataCenter first = found.get(found.firstKey());
        if (best == null || first.id().compareTo(best.id()) < 0) {
          best = first;
        }
      }
    }
    return java.util.Optional.ofNullable(best);
  }

  /** How many circuits of the account are waiting to be enabled (R42). */
  public int pendingCircuitCount() {
    return indexes.pendingCircuits().size();
  }

  /** The data centers with a route leading to {@code vbr}, ordered by id (R46). */
  public Collection<DataCenter> dataCentersRoutingTo(VbrId vbr) {
    Checks.required(vbr, "vbr (VbrId)");
    return indexes.dataCentersRoutingTo().get(vbr).values();
  }

  /** The VBRs with a static route through the router interface {@code id}, ordered by id. */
  public Collection<Vbr> vbrsRoutingVia(RouterInterfaceId id) {
    Checks.required(id, "id (RouterInterfaceId)");
    return indexes.vbrsRoutingVia().get(id.value()).values();
  }

  /** The log of the routers and CENs the changes to this state touched (see {@link ChangeLog}). */
  public ChangeLog changeLog() {
    return log;
  }

  /** With the data center added or replaced. */
  public ExpressConnectState withDataCenter(DataCenter dc) {
    Checks.required(dc, "dc (DataCenter)");
    DataCenter old = dataCenters.get(dc.id());
    Indexes base = old == null ? indexes : indexes.minusDataCenter(old);
    return new ExpressConnectState(dataCenters.plus(dc.id(), dc), physicalConnections, vbrs, routerInterfaces,
        cloudServiceRoutes, base.plusDataCenter(dc), log.plus(dc.id().value()));
  }

  /** With the physical connection added or replaced. */
  public ExpressConnectState withPhysicalConnection(PhysicalConnection pc) {
    Checks.required(pc, "pc (PhysicalConnection)");
    PhysicalConnection old = physicalConnections.get(pc.id());
    Indexes base = old == null ? indexes : indexes.minusCircuit(old);
    return new ExpressConnectState(dataCenters, physicalConnections.plus(pc.id(), pc), vbrs, routerInterfaces,
        cloudServiceRoutes, base.plusCircuit(pc), log.plus(pc.id().value()));
  }

  /** Without the physical connection. */
  public ExpressConnectState withoutPhysicalConnection(PhysicalConnectionId id) {
    Checks.required(id, "id (PhysicalConnectionId)");
    PhysicalConnection old = physicalConnections.get(id);
    if (old == null) {
      return this;
    }
    return new ExpressConnectState(dataCenters, physicalConnections.minus(id), vbrs, routerInterfaces,
        cloudServiceRoutes, indexes.minusCircuit(old), log.plus(id.value()));
  }

  /** With the VBR added or replaced. */
  public ExpressConnectState withVbr(Vbr vbr) {
    Checks.required(vbr, "vbr (Vbr)");
    Vbr old = vbrs.get(vbr.id());
    Indexes base = old == null ? indexes : indexes.minusVbr(old);
    return new ExpressConnectState(dataCenters, physicalConnections, vbrs.plus(vbr.id(), vbr), routerInterfaces,
        cloudServiceRoutes, base.plusVbr(vbr), log.plus(vbr.id().value()));
  }

  /** Without the VBR. */
  public ExpressConnectState withoutVbr(VbrId id) {
    Checks.required(id, "id (VbrId)");
    Vbr old = vbrs.get(id);
    if (old == null) {
      return this;
    }
    return new ExpressConnectState(dataCenters, physicalConnections, vbrs.minus(id), routerInterfaces,
        cloudServiceRoutes, indexes.minusVbr(old), log.plus(id.value()));
  }

  /** With the router interface added or replaced. */
  public ExpressConnectState withRouterInterface(RouterInterface ri) {
    Checks.required(ri, "ri (RouterInterface)");
    RouterInterface old = routerInterfaces.get(ri.id());
    Indexes base = old == null ? indexes : indexes.minusRouterInterface(old);
    ChangeLog next = old == null ? log : log.plus(old.routerId().value(), old.oppositeRouterId().value());
    return new ExpressConnectState(dataCenters, physicalConnections, vbrs, routerInterfaces.plus(ri.id(), ri),
        cloudServiceRoutes, base.plusRouterInterface(ri), next.plus(ri.routerId().value(), ri.oppositeRouterId().value()));
  }

  /** Without the router interface. */
  public ExpressConnectState withoutRouterInterface(RouterInterfaceId id) {
    Checks.required(id, "id (RouterInterfaceId)");
    RouterInterface old = routerInterfaces.get(id);
    if (old == null) {
      return this;
    }
    return new ExpressConnectState(dataCenters, physicalConnections, vbrs, routerInterfaces.minus(id),
        cloudServiceRoutes, indexes.minusRouterInterface(old),
        log.plus(old.routerId().value(), old.oppositeRouterId().value()));
  }

  /** With the cloud-service route added or replaced. */
  public ExpressConnectState withCloudServiceRoute(CloudServiceRoute route) {
    Checks.required(route, "route (CloudServiceRoute)");
    CloudServiceRoute old = cloudServiceRoutes.get(route.key());
    Indexes base = old == null ? indexes : indexes.minusCloudServiceRoute(old);
    return new ExpressConnectState(dataCenters, physicalConnections, vbrs, routerInterfaces,
        cloudServiceRoutes.plus(route.key(), route), base.plusCloudServiceRoute(route), log.plus(route.cenId().value()));
  }

  /** Without the cloud-service route with this key. */
  public ExpressConnectState withoutCloudServiceRoute(String key) {
    Checks.required(key, "key (String)");
    CloudServiceRoute old = cloudServiceRoutes.get(key);
    if (old == null) {
      return this;
    }
    return new ExpressConnectState(dataCenters, physicalConnections, vbrs, routerInterfaces,
        cloudServiceRoutes.minus(key), indexes.minusCloudServiceRoute(old), log.plus(old.cenId().value()));
  }

  /** The same content with every index rebuilt from the primary maps (for the testkit's invariant check). */
  public ExpressConnectState rebuilt() {
    ExpressConnectState s = EMPTY;
    for (DataCenter dc : dataCenters.values()) {
      s = s.withDataCenter(dc);
    }
    for (PhysicalConnection pc : physicalConnections.values()) {
      s = s.withPhysicalConnection(pc);
    }
    for (Vbr v : vbrs.values()) {
      s = s.withVbr(v);
    }
    for (RouterInterface ri : routerInterfaces.values()) {
      s = s.withRouterInterface(ri);
    }
    for (CloudServiceRoute r : cloudServiceRoutes.values()) {
      s = s.withCloudServiceRoute(r);
    }
    return s;
  }

  /** Whether every index equals {@code other}'s (compare with {@link #rebuilt()}). */
  public boolean sameIndexesAs(ExpressConnectState other) {
    Checks.required(other, "other (ExpressConnectState)");
    return indexes.equals(other.indexes);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ExpressConnectState)) {
      return false;
    }
    ExpressConnectState s = (ExpressConnectState) o;
    return s.dataCenters.equals(dataCenters)
        && s.physicalConnections.equals(physicalConnections)
        && s.vbrs.equals(vbrs)
        && s.routerInterfaces.equals(routerInterfaces)
        && s.cloudServiceRoutes.equals(cloudServiceRoutes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(dataCenters, physicalConnections, vbrs, routerInterfaces, cloudServiceRoutes);
  }
}
