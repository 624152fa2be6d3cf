package dev.cenkit.inmemory.state;

import dev.cenkit.model.Checks;
import dev.cenkit.model.expressconnect.CloudServiceRoute;
import dev.cenkit.model.expressconnect.DataCenter;
import dev.cenkit.model.expressconnect.DataCenterId;
import dev.cenkit.model.expressconnect.PhysicalConnection;
import dev.cenkit.model.expressconnect.PhysicalConnectionId;
import dev.cenkit.model.expressconnect.RouterInterface;
import dev.cenkit.model.expressconnect.RouterInterfaceId;
import dev.cenkit.model.expressconnect.Vbr;
import dev.cenkit.model.expressconnect.VbrId;
import dev.cenkit.spi.ExpressConnectView;
import java.util.Objects;
import org.pcollections.PSortedMap;
import org.pcollections.TreePMap;

/**
 * The Express Connect part of a {@link Snapshot}: data centers, physical connections, VBRs, router
 * interfaces, and the CEN cloud-service routes (kept here, not in {@link CenState}, because they exist to serve
 * data centers behind VBRs). Persistent maps, so a change shares everything it does not touch.
 */
public final class ExpressConnectState implements ExpressConnectView {
  static final ExpressConnectState EMPTY =
      new ExpressConnectState(TreePMap.empty(), TreePMap.empty(), TreePMap.empty(), TreePMap.empty(), TreePMap.empty());

  private final PSortedMap<DataCenterId, DataCenter> dataCenters;
  private final PSortedMap<PhysicalConnectionId, PhysicalConnection> physicalConnections;
  private final PSortedMap<VbrId, Vbr> vbrs;
  private final PSortedMap<RouterInterfaceId, RouterInterface> routerInterfaces;
  private final PSortedMap<String, CloudServiceRoute> cloudServiceRoutes;

  private ExpressConnectState(
      PSortedMap<DataCenterId, DataCenter> dataCenters,
      PSortedMap<PhysicalConnectionId, PhysicalConnection> physicalConnections,
      PSortedMap<VbrId, Vbr> vbrs,
      PSortedMap<RouterInterfaceId, RouterInterface> routerInterfaces,
      PSortedMap<String, CloudServiceRoute> cloudServiceRoutes) {
    this.dataCenters = dataCenters;
    this.physicalConnections = physicalConnections;
    this.vbrs = vbrs;
    this.routerInterfaces = routerInterfaces;
    this.cloudServiceRoutes = cloudServiceRoutes;
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

  /** With the data center added or replaced. */
  public ExpressConnectState withDataCenter(DataCenter dc) {
    Checks.required(dc, "dc (DataCenter)");
    return new ExpressConnectState(
        dataCenters.plus(dc.id(), dc), physicalConnections, vbrs, routerInterfaces, cloudServiceRoutes);
  }

  /** With the physical connection added or replaced. */
  public ExpressConnectState withPhysicalConnection(PhysicalConnection pc) {
    Checks.required(pc, "pc (PhysicalConnection)");
    return new ExpressConnectState(
        dataCenters, physicalConnections.plus(pc.id(), pc), vbrs, routerInterfaces, cloudServiceRoutes);
  }

  /** Without the physical connection. */
  public ExpressConnectState withoutPhysicalConnection(PhysicalConnectionId id) {
    Checks.required(id, "id (PhysicalConnectionId)");
    return new ExpressConnectState(
        dataCenters, physicalConnections.minus(id), vbrs, routerInterfaces, cloudServiceRoutes);
  }

  /** With the VBR added or replaced. */
  public ExpressConnectState withVbr(Vbr vbr) {
    Checks.required(vbr, "vbr (Vbr)");
    return new ExpressConnectState(
        dataCenters, physicalConnections, vbrs.plus(vbr.id(), vbr), routerInterfaces, cloudServiceRoutes);
  }

  /** Without the VBR. */
  public ExpressConnectState withoutVbr(VbrId id) {
    Checks.required(id, "id (VbrId)");
    return new ExpressConnectState(dataCenters, physicalConnections, vbrs.minus(id), routerInterfaces, cloudServiceRoutes);
  }

  /** With the router interface added or replaced. */
  public ExpressConnectState withRouterInterface(RouterInterface ri) {
    Checks.required(ri, "ri (RouterInterface)");
    return new ExpressConnectState(
        dataCenters, physicalConnections, vbrs, routerInterfaces.plus(ri.id(), ri), cloudServiceRoutes);
  }

  /** Without the router interface. */
  public ExpressConnectState withoutRouterInterface(RouterInterfaceId id) {
    Checks.required(id, "id (RouterInterfaceId)");
    return new ExpressConnectState(dataCenters, physicalConnections, vbrs, routerInterfaces.minus(id), cloudServiceRoutes);
  }

  /** With the cloud-service route added or replaced. */
  public ExpressConnectState withCloudServiceRoute(CloudServiceRoute route) {
    Checks.required(route, "route (CloudServiceRoute)");
    return new ExpressConnectState(
        dataCenters, physicalConnections, vbrs, routerInterfaces, cloudServiceRoutes.plus(route.key(), route));
  }

  /** Without the cloud-service route with this key. */
  public ExpressConnectState withoutCloudServiceRoute(String key) {
    Checks.required(key, "key (String)");
    return new ExpressConnectState(dataCenters, physicalConnections, vbrs, routerInterfaces, cloudServiceRoutes.minus(key));
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
