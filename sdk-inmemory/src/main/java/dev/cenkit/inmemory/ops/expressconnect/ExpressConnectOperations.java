package dev.cenkit.inmemory.ops.expressconnect;

import dev.cenkit.inmemory.ops.OperationHandlers;
import dev.cenkit.inmemory.ops.Txn;
import dev.cenkit.inmemory.rules.ExpressConnectLookups;
import dev.cenkit.inmemory.rules.ExpressConnectRules;
import dev.cenkit.model.expressconnect.DataCenter;
import dev.cenkit.model.expressconnect.DataCenterId;
import dev.cenkit.model.expressconnect.DataCenterRoute;
import dev.cenkit.model.expressconnect.PhysicalConnection;
import dev.cenkit.model.expressconnect.PhysicalConnectionId;
import dev.cenkit.model.expressconnect.PhysicalConnectionStatus;
import dev.cenkit.model.expressconnect.Vbr;
import dev.cenkit.spi.cen.DeleteRouteServiceInCenRequest;
import dev.cenkit.spi.cen.ResolveAndRouteServiceInCenRequest;
import dev.cenkit.spi.expressconnect.CancelPhysicalConnectionRequest;
import dev.cenkit.spi.expressconnect.ConfirmPhysicalConnectionRequest;
import dev.cenkit.spi.expressconnect.ConnectRouterInterfaceRequest;
import dev.cenkit.spi.expressconnect.CreateDataCenterRequest;
import dev.cenkit.spi.expressconnect.CreateDataCenterRouteRequest;
import dev.cenkit.spi.expressconnect.CreatePhysicalConnectionOccupancyOrderRequest;
import dev.cenkit.spi.expressconnect.CreatePhysicalConnectionRequest;
import dev.cenkit.spi.expressconnect.CreateRouterInterfaceRequest;
import dev.cenkit.spi.expressconnect.CreateVbrRouteEntryRequest;
import dev.cenkit.spi.expressconnect.CreateVirtualBorderRouterRequest;
import dev.cenkit.spi.expressconnect.DeleteDataCenterRouteRequest;
import dev.cenkit.spi.expressconnect.DeletePhysicalConnectionRequest;
import dev.cenkit.spi.expressconnect.DeleteRouterInterfaceRequest;
import dev.cenkit.spi.expressconnect.DeleteVbrRouteEntryRequest;
import dev.cenkit.spi.expressconnect.DeleteVirtualBorderRouterRequest;
import dev.cenkit.spi.expressconnect.ModifyVirtualBorderRouterAttributeRequest;
import dev.cenkit.spi.expressconnect.RecoverVirtualBorderRouterRequest;
import dev.cenkit.spi.expressconnect.TerminatePhysicalConnectionRequest;
import dev.cenkit.spi.expressconnect.TerminateVirtualBorderRouterRequest;
import java.util.stream.Collectors;

/**
 * The handlers of the Express Connect actions, of cenkit's own data-center actions ({@code cenkit:…}), and of
 * the CEN cloud-service route actions; this class holds data centers and circuits, {@link VbrOperations} VBRs
 * and router interfaces, {@link CloudServiceRouteOperations} cloud-service routes.
 */
public final class ExpressConnectOperations {
  private ExpressConnectOperations() {}

  /** Registers every Express Connect handler. */
  public static void register(OperationHandlers handlers) {
    handlers
        .register("cenkit:CreateDataCenter", CreateDataCenterRequest.class, ExpressConnectOperations::createDataCenter)
        .register("cenkit:CreateDataCenterRoute", CreateDataCenterRouteRequest.class, ExpressConnectOperations::createDataCenterRoute)
        .register("cenkit:DeleteDataCenterRoute", DeleteDataCenterRouteRequest.class, ExpressConnectOperations::deleteDataCenterRoute)
        .register("CreatePhysicalConnection", CreatePhysicalConnectionRequest.class, ExpressConnectOperations::createCircuit)
        .register("ConfirmPhysicalConnection", ConfirmPhysicalConnectionRequest.class, ExpressConnectOperations::confirm)
        .register(
            "CreatePhysicalConnectionOccupancyOrder",
            CreatePhysicalConnectionOccupancyOrderRequest.class,
            ExpressConnectOperations::enable)
        .register("CancelPhysicalConnection", CancelPhysicalConnectionRequest.class, ExpressConnectOperations::cancel)
        .register("TerminatePhysicalConnection", TerminatePhysicalConnectionRequest.class, ExpressConnectOperations::terminate)
        .register("DeletePhysicalConnection", DeletePhysicalConnectionRequest.class, ExpressConnectOperations::deleteCircuit)
        .register("CreateVirtualBorderRouter", CreateVirtualBorderRouterRequest.class, VbrOperations::createVbr)
        .register(
            "ModifyVirtualBorderRouterAttribute", ModifyVirtualBorderRouterAttributeRequest.class, VbrOperations::modifyVbr)
        .register("TerminateVirtualBorderRouter", TerminateVirtualBorderRouterRequest.class, VbrOperations::terminateVbr)
        .register("RecoverVirtualBorderRouter", RecoverVirtualBorderRouterRequest.class, VbrOperations::recoverVbr)
        .register("DeleteVirtualBorderRouter", DeleteVirtualBorderRouterRequest.class, VbrOperations::deleteVbr)
        .register("cenkit:CreateVbrRouteEntry", CreateVbrRouteEntryRequest.class, VbrOperations::createVbrRoute)
        .register("cenkit:DeleteVbrRouteEntry", DeleteVbrRouteEntryRequest.class, VbrOperations::deleteVbrRoute)
        .register("CreateRouterInterface", CreateRouterInterfaceRequest.class, VbrOperations::createRouterInterface)
        .register("ConnectRouterInterface", ConnectRouterInterfaceRequest.class, VbrOperations::connectRouterInterface)
        .register("DeleteRouterInterface", DeleteRouterInterfaceRequest.class, VbrOperations::deleteRouterInterface)
        .register(
            "ResolveAndRouteServiceInCen", ResolveAndRouteServiceInCenRequest.class, CloudServiceRouteOperations::resolve)
        .register("DeleteRouteServiceInCen", DeleteRouteServiceInCenRequest.class, CloudServiceRouteOperations::delete);
  }

  static DataCenter createDataCenter(Txn txn, CreateDataCenterRequest r) {
    ExpressConnectRules.d10DataCenterPrefixes(r.prefixes());
    ExpressConnectRules.d10HostsInsidePrefixes(r.prefixes(), r.hosts());
    DataCenter dc =
        DataCenter.builder()
            .id(txn.newId(DataCenterId.KIND, DataCenterId::of))
            .name(r.name())
            .prefixes(r.prefixes())
            .hosts(r.hosts())
            .resolvesCloudDomains(r.resolvesCloudDomains())
            .build();
    txn.update(s -> s.withExpressConnect(e -> e.withDataCenter(dc)));
    return dc;
  }

  static DataCenter createDataCenterRoute(Txn txn, CreateDataCenterRouteRequest r) {
    DataCenter dc = ExpressConnectLookups.dataCenter(txn.state(), r.dataCenterId());
    Vbr vbr = ExpressConnectLookups.vbr(txn.state(), r.vbrId());
    ExpressConnectRules.d10VbrLandsInDataCenter(txn.state(), dc, vbr);
    ExpressConnectRules.d10DataCenterRoute(dc, r.destination());
    DataCenter next =
        dc.toBuilder()
            .addRoutes(DataCenterRoute.builder().destination(r.destination()).vbrId(vbr.id()).build())
            .build();
    txn.update(s -> s.withExpressConnect(e -> e.withDataCenter(next)));
    return next;
  }

  static DataCenter deleteDataCenterRoute(Txn txn, DeleteDataCenterRouteRequest r) {
    DataCenter dc = ExpressConnectLookups.dataCenter(txn.state(), r.dataCenterId());
    if (dc.routes().stream().noneMatch(x -> x.destination().equals(r.destination()))) {
      throw dev.cenkit.error.ErrorCode.DATA_CENTER_ROUTE_NOT_FOUND.exception(
          dev.cenkit.error.RuleId.D10, dc.id() + " has no route to " + r.destination(), dc.id(), r.destination());
    }
    DataCenter next =
        dc.toBuilder()
            .routes(dc.routes().stream().filter(x -> !x.destination().equals(r.destination())).collect(Collectors.toList()))
            .build();
    txn.update(s -> s.withExpressConnect(e -> e.withDataCenter(next)));
    return next;
  }

  static PhysicalConnection createCircuit(Txn txn, CreatePhysicalConnectionRequest r) {
    ExpressConnectRules.r1AccessPointInRegion(r.region(), r.accessPointId());
    ExpressConnectLookups.dataCenter(txn.state(), r.dataCenterId());
    ExpressConnectRules.r42PendingCircuits(txn.state(), txn.quotas().pendingCircuitsPerAccount());
    PhysicalConnection pc =
        PhysicalConnection.builder()
            .id(txn.newId(PhysicalConnectionId.KIND, PhysicalConnectionId::of))
            .region(r.region())
            .accessPointId(r.accessPointId())
            .lineOperator(r.lineOperator())
            .portType(r.portType())
            .bandwidthMbps(r.bandwidthMbps())
            .dataCenterId(r.dataCenterId())
            .name(r.name())
            .description(r.description())
            .status(PhysicalConnectionStatus.INITIAL)
            .build();
    txn.update(s -> s.withExpressConnect(e -> e.withPhysicalConnection(pc)));
    return pc;
  }

  private static PhysicalConnection transition(
      Txn txn, PhysicalConnectionId id, String action, PhysicalConnectionStatus to, PhysicalConnectionStatus... from) {
    PhysicalConnection pc = ExpressConnectLookups.physicalConnection(txn.state(), id);
    ExpressConnectRules.r43CircuitState(pc, action, from);
    PhysicalConnection next = pc.toBuilder().status(to).build();
    txn.update(s -> s.withExpressConnect(e -> e.withPhysicalConnection(next)));
    return next;
  }

  static PhysicalConnection confirm(Txn txn, ConfirmPhysicalConnectionRequest r) {
    return transition(
        txn, r.physicalConnectionId(), r.action(), PhysicalConnectionStatus.CONFIRMED, PhysicalConnectionStatus.INITIAL);
  }

  static PhysicalConnection enable(Txn txn, CreatePhysicalConnectionOccupancyOrderRequest r) {
    return transition(
        txn, r.physicalConnectionId(), r.action(), PhysicalConnectionStatus.ENABLED, PhysicalConnectionStatus.CONFIRMED);
  }

  static PhysicalConnection cancel(Txn txn, CancelPhysicalConnectionRequest r) {
    return transition(
        txn,
        r.physicalConnectionId(),
        r.action(),
        PhysicalConnectionStatus.CANCELED,
        PhysicalConnectionStatus.INITIAL,
        PhysicalConnectionStatus.CONFIRMED);
  }

  static PhysicalConnection terminate(Txn txn, TerminatePhysicalConnectionRequest r) {
    PhysicalConnection pc = ExpressConnectLookups.physicalConnection(txn.state(), r.physicalConnectionId());
    ExpressConnectRules.r43CircuitState(pc, r.action(), PhysicalConnectionStatus.ENABLED);
    ExpressConnectRules.circuitWithoutVbrs(txn.state(), pc);
    return transition(
        txn, r.physicalConnectionId(), r.action(), PhysicalConnectionStatus.TERMINATED, PhysicalConnectionStatus.ENABLED);
  }

  static PhysicalConnection deleteCircuit(Txn txn, DeletePhysicalConnectionRequest r) {
    PhysicalConnection pc = ExpressConnectLookups.physicalConnection(txn.state(), r.physicalConnectionId());
    ExpressConnectRules.r43CircuitState(
        pc, r.action(), PhysicalConnectionStatus.CANCELED, PhysicalConnectionStatus.TERMINATED);
    ExpressConnectRules.circuitWithoutVbrs(txn.state(), pc);
    txn.update(s -> s.withExpressConnect(e -> e.withoutPhysicalConnection(pc.id())));
    return pc;
  }
}
