package dev.cenkit.spi;

import dev.cenkit.model.Checks;
import dev.cenkit.model.NetworkInstanceId;
import dev.cenkit.model.cen.CenId;
import dev.cenkit.model.expressconnect.CloudServiceRoute;
import dev.cenkit.model.expressconnect.DataCenter;
import dev.cenkit.model.expressconnect.DataCenterId;
import dev.cenkit.model.expressconnect.PhysicalConnection;
import dev.cenkit.model.expressconnect.PhysicalConnectionId;
import dev.cenkit.model.expressconnect.RouterInterface;
import dev.cenkit.model.expressconnect.RouterInterfaceId;
import dev.cenkit.model.expressconnect.Vbr;
import dev.cenkit.model.expressconnect.VbrId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The Express Connect part of a {@link CloudSnapshot}: data centers, physical connections, VBRs, router
 * interfaces, and the CEN cloud-service routes that serve data centers. Unmodifiable maps ordered by key.
 */
public interface ExpressConnectView {
  /** Every data center by id. */
  Map<DataCenterId, DataCenter> dataCenters();

  /** Every physical connection by id. */
  Map<PhysicalConnectionId, PhysicalConnection> physicalConnections();

  /** Every VBR by id. */
  Map<VbrId, Vbr> vbrs();

  /** Every router interface by id. */
  Map<RouterInterfaceId, RouterInterface> routerInterfaces();

  /** Every cloud-service route, keyed by {@link CloudServiceRoute#key()}. */
  Map<String, CloudServiceRoute> cloudServiceRoutes();

  /** The data center with this id, if it exists. */
  default Optional<DataCenter> dataCenter(DataCenterId id) {
    Checks.required(id, "id (DataCenterId)");
    return Optional.ofNullable(dataCenters().get(id));
  }

  /** The physical connection with this id, if it exists. */
  default Optional<PhysicalConnection> physicalConnection(PhysicalConnectionId id) {
    Checks.required(id, "id (PhysicalConnectionId)");
    return Optional.ofNullable(physicalConnections().get(id));
  }

  /** The VBR with this id, if it exists. */
  default Optional<Vbr> vbr(VbrId id) {
    Checks.required(id, "id (VbrId)");
    return Optional.ofNullable(vbrs().get(id));
  }

  /** The router interface with this id, if it exists. */
  default Optional<RouterInterface> routerInterface(RouterInterfaceId id) {
    Checks.required(id, "id (RouterInterfaceId)");
    return Optional.ofNullable(routerInterfaces().get(id));
  }

  /** The VBRs on a circuit, ordered by id (terminated ones included: they keep their VLAN, R44). */
  default List<Vbr> vbrsOn(PhysicalConnectionId circuit) {
    Checks.required(circuit, "circuit (PhysicalConnectionId)");
    return vbrs().values().stream()
        .filter(v -> v.physicalConnectionId().equals(circuit))
        .collect(Collectors.toUnmodifiableList());
  }

  /** The circuits landing in a data center, ordered by id. */
  default List<PhysicalConnection> circuitsOf(DataCenterId dataCenter) {
    Checks.required(dataCenter, "dataCenter (DataCenterId)");
    return physicalConnections().values().stream()
        .filter(p -> p.dataCenterId().equals(dataCenter))
        .collect(Collectors.toUnmodifiableList());
  }

  /** The data center a VBR's circuit lands in, if the VBR and its circuit exist. */
  default Optional<DataCenter> dataCenterOf(VbrId vbrId) {
    Checks.required(vbrId, "vbrId (VbrId)");
    return vbr(vbrId)
        .flatMap(v -> physicalConnection(v.physicalConnectionId()))
        .flatMap(p -> dataCenter(p.dataCenterId()));
  }

  /** The router interfaces on a router (a VBR, or a VPC's vRouter), ordered by id. */
  default List<RouterInterface> routerInterfacesOn(NetworkInstanceId router) {
    Checks.required(router, "router (NetworkInstanceId)");
    return routerInterfaces().values().stream()
        .filter(ri -> ri.routerId().value().equals(router.value()))
        .collect(Collectors.toUnmodifiableList());
  }

  /** Whether a VPC or VBR is an end of any router interface, on either side (R7). */
  default boolean usesRouterInterfaces(NetworkInstanceId instance) {
    Checks.required(instance, "instance (NetworkInstanceId)");
    return routerInterfaces().values().stream()
        .anyMatch(
            ri ->
                ri.routerId().value().equals(instance.value())
                    || ri.oppositeRouterId().value().equals(instance.value()));
  }

  /** The cloud-service routes of a CEN, ordered by key. */
  default List<CloudServiceRoute> cloudServiceRoutesOf(CenId cenId) {
    Checks.required(cenId, "cenId (CenId)");
    return cloudServiceRoutes().values().stream()
        .filter(r -> r.cenId().equals(cenId))
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * The data center with this name, if exactly one has it.
   *
   * @throws dev.cenkit.error.InvalidParameterException {@code InvalidParameter} when several data centers share the name
   */
  default Optional<DataCenter> dataCenterNamed(String name) {
    return ByName.unique(dataCenters().values(), d -> Optional.of(d.name()), name, "data center");
  }

  /**
   * The VBR with this name, if exactly one has it.
   *
   * @throws dev.cenkit.error.InvalidParameterException {@code InvalidParameter} when several VBRs share the name
   */
  default Optional<Vbr> vbrNamed(String name) {
    return ByName.unique(vbrs().values(), Vbr::name, name, "VBR");
  }
}
