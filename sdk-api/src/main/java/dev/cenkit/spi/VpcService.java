package dev.cenkit.spi;

import dev.cenkit.error.ErrorCode;
import dev.cenkit.model.Checks;
import dev.cenkit.model.vpc.RouteEntry;
import dev.cenkit.model.vpc.RouteEntryId;
import dev.cenkit.model.vpc.RouteTableId;
import dev.cenkit.model.vpc.VSwitch;
import dev.cenkit.model.vpc.VSwitchId;
import dev.cenkit.model.vpc.Vpc;
import dev.cenkit.model.vpc.VpcId;
import dev.cenkit.spi.vpc.CreateRouteEntryRequest;
import dev.cenkit.spi.vpc.CreateVSwitchRequest;
import dev.cenkit.spi.vpc.CreateVpcRequest;
import dev.cenkit.spi.vpc.DeleteRouteEntryRequest;
import dev.cenkit.spi.vpc.DeleteVSwitchRequest;
import dev.cenkit.spi.vpc.DeleteVpcRequest;
import java.util.List;
import java.util.function.Consumer;

/** The VPC actions ({@code Vpc} 2016-04-28): VPCs, vSwitches, route tables and route entries. */
public interface VpcService extends OperationExecutor {
  /** {@code CreateVpc}. */
  default Vpc createVpc(CreateVpcRequest request) {
    return execute(request);
  }

  /** {@code CreateVpc}, with the request built in place. */
  default Vpc createVpc(Consumer<CreateVpcRequest.Builder> request) {
    return createVpc(OperationExecutor.build(CreateVpcRequest.builder(), request, CreateVpcRequest.Builder::build));
  }

  /** {@code CreateVSwitch}. */
  default VSwitch createVSwitch(CreateVSwitchRequest request) {
    return execute(request);
  }

  /** {@code CreateVSwitch}, with the request built in place. */
  default VSwitch createVSwitch(Consumer<CreateVSwitchRequest.Builder> request) {
    return createVSwitch(OperationExecutor.build(CreateVSwitchRequest.builder(), request, CreateVSwitchRequest.Builder::build));
  }

  /** {@code DescribeVpcs}: every VPC, ordered by id. */
  default List<Vpc> describeVpcs() {
    return List.copyOf(snapshot().vpc().vpcs().values());
  }

  /** {@code DeleteVpc}: only a VPC without vSwitches, custom routes or CEN attachment (R39). */
  default Vpc deleteVpc(VpcId vpcId) {
    return execute(DeleteVpcRequest.builder().vpcId(vpcId).build());
  }

  /** {@code DeleteVSwitch}: only a vSwitch that nothing uses (R40). */
  default VSwitch deleteVSwitch(VSwitchId vSwitchId) {
    return execute(DeleteVSwitchRequest.builder().vSwitchId(vSwitchId).build());
  }

  /** {@code CreateRouteEntry}: a custom route (R38). */
  default RouteEntry createRouteEntry(CreateRouteEntryRequest request) {
    return execute(request);
  }

  /** {@code CreateRouteEntry}, with the request built in place. */
  default RouteEntry createRouteEntry(Consumer<CreateRouteEntryRequest.Builder> request) {
    return createRouteEntry(OperationExecutor.build(CreateRouteEntryRequest.builder(), request, CreateRouteEntryRequest.Builder::build));
  }

  /** {@code DeleteRouteEntry}. */
  default RouteEntry deleteRouteEntry(RouteEntryId routeEntryId) {
    return execute(DeleteRouteEntryRequest.builder().routeEntryId(routeEntryId).build());
  }

  /** {@code DescribeVSwitches}: every vSwitch, ordered by id. */
  default List<VSwitch> describeVSwitches() {
    return List.copyOf(snapshot().vpc().vSwitches().values());
  }

  /**
   * {@code DescribeVSwitches} with a {@code VpcId}: the vSwitches of one VPC, ordered by id.
   *
   * @throws dev.cenkit.error.ResourceNotFoundException {@code InvalidVpcID.NotFound}
   */
  default List<VSwitch> describeVSwitches(VpcId vpcId) {
    Checks.required(vpcId, "VPC id");
    VpcView view = snapshot().vpc();
    if (view.vpc(vpcId).isEmpty()) {
      throw ErrorCode.INVALID_VPC_ID_NOT_FOUND.exception(null, "VPC " + vpcId + " does not exist", vpcId);
    }
    return view.vSwitchesOf(vpcId);
  }

  /**
   * {@code DescribeRouteEntryList}: the custom route entries of a route table, ordered by id.
   *
   * @throws dev.cenkit.error.ResourceNotFoundException {@code InvalidRouteTableId.NotFound}
   */
  default List<RouteEntry> describeRouteEntryList(RouteTableId routeTableId) {
    Checks.required(routeTableId, "route table id");
    VpcView view = snapshot().vpc();
    if (view.vpcOfRouteTable(routeTableId).isEmpty()) {
      throw ErrorCode.INVALID_ROUTE_TABLE_ID_NOT_FOUND.exception(
          null, "route table " + routeTableId + " does not exist", routeTableId);
    }
    return view.routeEntriesOf(routeTableId);
  }

  /** {@code GrantInstanceToCen}: the caller lets another account's CEN attach its VPC or VBR (R8, R48). */
  default dev.cenkit.model.cen.CenGrant grantInstanceToCen(dev.cenkit.spi.vpc.GrantInstanceToCenRequest request) {
    return execute(request);
  }

  /** {@code GrantInstanceToCen}, with the request built in place. */
  default dev.cenkit.model.cen.CenGrant grantInstanceToCen(Consumer<dev.cenkit.spi.vpc.GrantInstanceToCenRequest.Builder> request) {
    return grantInstanceToCen(OperationExecutor.build(dev.cenkit.spi.vpc.GrantInstanceToCenRequest.builder(), request, dev.cenkit.spi.vpc.GrantInstanceToCenRequest.Builder::build));
  }

  /** {@code RevokeInstanceFromCen}: the caller withdraws a grant; the instance must be detached from that CEN first (R8). */
  default dev.cenkit.model.cen.CenGrant revokeInstanceFromCen(dev.cenkit.spi.vpc.RevokeInstanceFromCenRequest request) {
    return execute(request);
  }

  /** {@code RevokeInstanceFromCen}, with the request built in place. */
  default dev.cenkit.model.cen.CenGrant revokeInstanceFromCen(Consumer<dev.cenkit.spi.vpc.RevokeInstanceFromCenRequest.Builder> request) {
    return revokeInstanceFromCen(OperationExecutor.build(dev.cenkit.spi.vpc.RevokeInstanceFromCenRequest.builder(), request, dev.cenkit.spi.vpc.RevokeInstanceFromCenRequest.Builder::build));
  }

  /**
   * {@code DescribeGrantRulesToCen}: the {@code GrantInstanceToCen} grants of a VPC or VBR, by CEN id.
   *
   * @throws dev.cenkit.error.MissingParameterException when {@code instanceId} is null
   */
  default List<dev.cenkit.model.cen.CenGrant> describeGrantRulesToCen(dev.cenkit.model.NetworkInstanceId instanceId) {
    Checks.required(instanceId, "InstanceId");
    return snapshot().grants().cenGrantsOf(instanceId);
  }
}
