package dev.cenkit.spi;

import dev.cenkit.model.cen.CenId;
import dev.cenkit.model.expressconnect.CloudServiceRoute;
import dev.cenkit.model.expressconnect.DataCenter;
import dev.cenkit.model.expressconnect.PhysicalConnection;
import dev.cenkit.model.expressconnect.RouterInterface;
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
import java.util.List;
import java.util.function.Consumer;

/**
 * The Express Connect actions ({@code Vpc} 2016-04-28): physical connections, VBRs and router interfaces;
 * cenkit's own data-center actions (named {@code cenkit:…}, not Alibaba Cloud actions, D10); and the CEN
 * "access to cloud services" actions ({@code ResolveAndRouteServiceInCen}, {@code DeleteRouteServiceInCen},
 * {@code DescribeRouteServicesInCen}). Those three belong to the CEN API ({@code Cbn} 2017-09-12) in the real
 * cloud; they are declared here because they exist to serve data centers behind VBRs (R31).
 */
public interface ExpressConnectService extends OperationExecutor {
  /** {@code cenkit:CreateDataCenter}: cenkit's own action (not an Alibaba Cloud action): declares an on-premises data center (D10). */
  default DataCenter createDataCenter(CreateDataCenterRequest request) {
    return execute(request);
  }

  /** {@code cenkit:CreateDataCenter}, with the request built in place. */
  default DataCenter createDataCenter(Consumer<CreateDataCenterRequest.Builder> request) {
    return createDataCenter(OperationExecutor.build(CreateDataCenterRequest.builder(), request, CreateDataCenterRequest.Builder::build));
  }

  /** {@code cenkit:CreateDataCenterRoute}: cenkit's own action: declares a route the data center sends to a VBR (D10). */
  default DataCenter createDataCenterRoute(CreateDataCenterRouteRequest request) {
    return execute(request);
  }

  /** {@code cenkit:CreateDataCenterRoute}, with the request built in place. */
  default DataCenter createDataCenterRoute(Consumer<CreateDataCenterRouteRequest.Builder> request) {
    return createDataCenterRoute(OperationExecutor.build(CreateDataCenterRouteRequest.builder(), request, CreateDataCenterRouteRequest.Builder::build));
  }

  /** {@code cenkit:DeleteDataCenterRoute}: cenkit's own action: removes a data-center route. */
  default DataCenter deleteDataCenterRoute(DeleteDataCenterRouteRequest request) {
    return execute(request);
  }

  /** {@code cenkit:DeleteDataCenterRoute}, with the request built in place. */
  default DataCenter deleteDataCenterRoute(Consumer<DeleteDataCenterRouteRequest.Builder> request) {
    return deleteDataCenterRoute(OperationExecutor.build(DeleteDataCenterRouteRequest.builder(), request, DeleteDataCenterRouteRequest.Builder::build));
  }

  /** {@code CreatePhysicalConnection}: R42, R43. */
  default PhysicalConnection createPhysicalConnection(CreatePhysicalConnectionRequest request) {
    return execute(request);
  }

  /** {@code CreatePhysicalConnection}, with the request built in place. */
  default PhysicalConnection createPhysicalConnection(Consumer<CreatePhysicalConnectionRequest.Builder> request) {
    return createPhysicalConnection(OperationExecutor.build(CreatePhysicalConnectionRequest.builder(), request, CreatePhysicalConnectionRequest.Builder::build));
  }

  /** {@code ConfirmPhysicalConnection}: Initial to Confirmed (R43). */
  default PhysicalConnection confirmPhysicalConnection(ConfirmPhysicalConnectionRequest request) {
    return execute(request);
  }

  /** {@code ConfirmPhysicalConnection}, with the request built in place. */
  default PhysicalConnection confirmPhysicalConnection(Consumer<ConfirmPhysicalConnectionRequest.Builder> request) {
    return confirmPhysicalConnection(OperationExecutor.build(ConfirmPhysicalConnectionRequest.builder(), request, ConfirmPhysicalConnectionRequest.Builder::build));
  }

  /** {@code CreatePhysicalConnectionOccupancyOrder}: Confirmed to Enabled (R43). */
  default PhysicalConnection createPhysicalConnectionOccupancyOrder(CreatePhysicalConnectionOccupancyOrderRequest request) {
    return execute(request);
  }

  /** {@code CreatePhysicalConnectionOccupancyOrder}, with the request built in place. */
  default PhysicalConnection createPhysicalConnectionOccupancyOrder(Consumer<CreatePhysicalConnectionOccupancyOrderRequest.Builder> request) {
    return createPhysicalConnectionOccupancyOrder(OperationExecutor.build(CreatePhysicalConnectionOccupancyOrderRequest.builder(), request, CreatePhysicalConnectionOccupancyOrderRequest.Builder::build));
  }

  /** {@code CancelPhysicalConnection}: Initial or Confirmed to Canceled (R43). */
  default PhysicalConnection cancelPhysicalConnection(CancelPhysicalConnectionRequest request) {
    return execute(request);
  }

  /** {@code CancelPhysicalConnection}, with the request built in place. */
  default PhysicalConnection cancelPhysicalConnection(Consumer<CancelPhysicalConnectionRequest.Builder> request) {
    return cancelPhysicalConnection(OperationExecutor.build(CancelPhysicalConnectionRequest.builder(), request, CancelPhysicalConnectionRequest.Builder::build));
  }

  /** {@code TerminatePhysicalConnection}: Enabled to Terminated (R43). */
  default PhysicalConnection terminatePhysicalConnection(TerminatePhysicalConnectionRequest request) {
    return execute(request);
  }

  /** {@code TerminatePhysicalConnection}, with the request built in place. */
  default PhysicalConnection terminatePhysicalConnection(Consumer<TerminatePhysicalConnectionRequest.Builder> request) {
    return terminatePhysicalConnection(OperationExecutor.build(TerminatePhysicalConnectionRequest.builder(), request, TerminatePhysicalConnectionRequest.Builder::build));
  }

  /** {@code DeletePhysicalConnection}: removes a Canceled or Terminated circuit (R43). */
  default PhysicalConnection deletePhysicalConnection(DeletePhysicalConnectionRequest request) {
    return execute(request);
  }

  /** {@code DeletePhysicalConnection}, with the request built in place. */
  default PhysicalConnection deletePhysicalConnection(Consumer<DeletePhysicalConnectionRequest.Builder> request) {
    return deletePhysicalConnection(OperationExecutor.build(DeletePhysicalConnectionRequest.builder(), request, DeletePhysicalConnectionRequest.Builder::build));
  }

  /** {@code CreateVirtualBorderRouter}: R44, R45. */
  default Vbr createVirtualBorderRouter(CreateVirtualBorderRouterRequest request) {
    return execute(request);
  }

  /** {@code CreateVirtualBorderRouter}, with the request built in place. */
  default Vbr createVirtualBorderRouter(Consumer<CreateVirtualBorderRouterRequest.Builder> request) {
    return createVirtualBorderRouter(OperationExecutor.build(CreateVirtualBorderRouterRequest.builder(), request, CreateVirtualBorderRouterRequest.Builder::build));
  }

  /** {@code ModifyVirtualBorderRouterAttribute}: R44, R45. */
  default Vbr modifyVirtualBorderRouterAttribute(ModifyVirtualBorderRouterAttributeRequest request) {
    return execute(request);
  }

  /** {@code ModifyVirtualBorderRouterAttribute}, with the request built in place. */
  default Vbr modifyVirtualBorderRouterAttribute(Consumer<ModifyVirtualBorderRouterAttributeRequest.Builder> request) {
    return modifyVirtualBorderRouterAttribute(OperationExecutor.build(ModifyVirtualBorderRouterAttributeRequest.builder(), request, ModifyVirtualBorderRouterAttributeRequest.Builder::build));
  }

  /** {@code TerminateVirtualBorderRouter}: active to terminated. */
  default Vbr terminateVirtualBorderRouter(TerminateVirtualBorderRouterRequest request) {
    return execute(request);
  }

  /** {@code TerminateVirtualBorderRouter}, with the request built in place. */
  default Vbr terminateVirtualBorderRouter(Consumer<TerminateVirtualBorderRouterRequest.Builder> request) {
    return terminateVirtualBorderRouter(OperationExecutor.build(TerminateVirtualBorderRouterRequest.builder(), request, TerminateVirtualBorderRouterRequest.Builder::build));
  }

  /** {@code RecoverVirtualBorderRouter}: terminated to active. */
  default Vbr recoverVirtualBorderRouter(RecoverVirtualBorderRouterRequest request) {
    return execute(request);
  }

  /** {@code RecoverVirtualBorderRouter}, with the request built in place. */
  default Vbr recoverVirtualBorderRouter(Consumer<RecoverVirtualBorderRouterRequest.Builder> request) {
    return recoverVirtualBorderRouter(OperationExecutor.build(RecoverVirtualBorderRouterRequest.builder(), request, RecoverVirtualBorderRouterRequest.Builder::build));
  }

  /** {@code DeleteVirtualBorderRouter}: R46. */
  default Vbr deleteVirtualBorderRouter(DeleteVirtualBorderRouterRequest request) {
    return execute(request);
  }

  /** {@code DeleteVirtualBorderRouter}, with the request built in place. */
  default Vbr deleteVirtualBorderRouter(Consumer<DeleteVirtualBorderRouterRequest.Builder> request) {
    return deleteVirtualBorderRouter(OperationExecutor.build(DeleteVirtualBorderRouterRequest.builder(), request, DeleteVirtualBorderRouterRequest.Builder::build));
  }

  /** {@code cenkit:CreateVbrRouteEntry}: a static route of a VBR (the real action is CreateRouteEntry on the VBR's route table, D10). */
  default Vbr createVbrRouteEntry(CreateVbrRouteEntryRequest request) {
    return execute(request);
  }

  /** {@code cenkit:CreateVbrRouteEntry}, with the request built in place. */
  default Vbr createVbrRouteEntry(Consumer<CreateVbrRouteEntryRequest.Builder> request) {
    return createVbrRouteEntry(OperationExecutor.build(CreateVbrRouteEntryRequest.builder(), request, CreateVbrRouteEntryRequest.Builder::build));
  }

  /** {@code cenkit:DeleteVbrRouteEntry}: removes a static route of a VBR (the real action is DeleteRouteEntry). */
  default Vbr deleteVbrRouteEntry(DeleteVbrRouteEntryRequest request) {
    return execute(request);
  }

  /** {@code cenkit:DeleteVbrRouteEntry}, with the request built in place. */
  default Vbr deleteVbrRouteEntry(Consumer<DeleteVbrRouteEntryRequest.Builder> request) {
    return deleteVbrRouteEntry(OperationExecutor.build(DeleteVbrRouteEntryRequest.builder(), request, DeleteVbrRouteEntryRequest.Builder::build));
  }

  /** {@code CreateRouterInterface}: R7, R47. */
  default RouterInterface createRouterInterface(CreateRouterInterfaceRequest request) {
    return execute(request);
  }

  /** {@code CreateRouterInterface}, with the request built in place. */
  default RouterInterface createRouterInterface(Consumer<CreateRouterInterfaceRequest.Builder> request) {
    return createRouterInterface(OperationExecutor.build(CreateRouterInterfaceRequest.builder(), request, CreateRouterInterfaceRequest.Builder::build));
  }

  /** {@code ConnectRouterInterface}: connects a pair. */
  default RouterInterface connectRouterInterface(ConnectRouterInterfaceRequest request) {
    return execute(request);
  }

  /** {@code ConnectRouterInterface}, with the request built in place. */
  default RouterInterface connectRouterInterface(Consumer<ConnectRouterInterfaceRequest.Builder> request) {
    return connectRouterInterface(OperationExecutor.build(ConnectRouterInterfaceRequest.builder(), request, ConnectRouterInterfaceRequest.Builder::build));
  }

  /** {@code DeleteRouterInterface}: removes an interface. */
  default RouterInterface deleteRouterInterface(DeleteRouterInterfaceRequest request) {
    return execute(request);
  }

  /** {@code DeleteRouterInterface}, with the request built in place. */
  default RouterInterface deleteRouterInterface(Consumer<DeleteRouterInterfaceRequest.Builder> request) {
    return deleteRouterInterface(OperationExecutor.build(DeleteRouterInterfaceRequest.builder(), request, DeleteRouterInterfaceRequest.Builder::build));
  }

  /** {@code ResolveAndRouteServiceInCen}: a CEN action of the Cbn API, kept here because it serves data centers (R31-R35). */
  default List<CloudServiceRoute> resolveAndRouteServiceInCen(ResolveAndRouteServiceInCenRequest request) {
    return execute(request);
  }

  /** {@code ResolveAndRouteServiceInCen}, with the request built in place. */
  default List<CloudServiceRoute> resolveAndRouteServiceInCen(Consumer<ResolveAndRouteServiceInCenRequest.Builder> request) {
    return resolveAndRouteServiceInCen(OperationExecutor.build(ResolveAndRouteServiceInCenRequest.builder(), request, ResolveAndRouteServiceInCenRequest.Builder::build));
  }

  /** {@code DeleteRouteServiceInCen}: a CEN action of the Cbn API; succeeds as a no-op when the route does not exist (R76). */
  default Boolean deleteRouteServiceInCen(DeleteRouteServiceInCenRequest request) {
    return execute(request);
  }

  /** {@code DeleteRouteServiceInCen}, with the request built in place. */
  default Boolean deleteRouteServiceInCen(Consumer<DeleteRouteServiceInCenRequest.Builder> request) {
    return deleteRouteServiceInCen(OperationExecutor.build(DeleteRouteServiceInCenRequest.builder(), request, DeleteRouteServiceInCenRequest.Builder::build));
  }

  /** cenkit's own describe call: every data center, ordered by id. */
  default List<DataCenter> describeDataCenters() {
    return List.copyOf(snapshot().expressConnect().dataCenters().values());
  }

  /** {@code DescribePhysicalConnections}: every physical connection, ordered by id. */
  default List<PhysicalConnection> describePhysicalConnections() {
    return List.copyOf(snapshot().expressConnect().physicalConnections().values());
  }

  /** {@code DescribeVirtualBorderRouters}: every VBR, ordered by id. */
  default List<Vbr> describeVirtualBorderRouters() {
    return List.copyOf(snapshot().expressConnect().vbrs().values());
  }

  /** {@code DescribeRouterInterfaces}: every router interface, ordered by id. */
  default List<RouterInterface> describeRouterInterfaces() {
    return List.copyOf(snapshot().expressConnect().routerInterfaces().values());
  }

  /**
   * {@code DescribeRouteServicesInCen}: the cloud-service routes of a CEN, ordered by key (a CEN action of the
   * Cbn API; empty for a CEN without routes or an unknown CEN).
   */
  default List<CloudServiceRoute> describeRouteServicesInCen(CenId cenId) {
    return snapshot().expressConnect().cloudServiceRoutesOf(dev.cenkit.model.Checks.required(cenId, "CEN id"));
  }
}
