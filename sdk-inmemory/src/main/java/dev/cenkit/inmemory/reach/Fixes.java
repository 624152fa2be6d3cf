package dev.cenkit.inmemory.reach;

import dev.cenkit.dsl.Cenkit;
import dev.cenkit.model.Cidr;
import dev.cenkit.model.NetworkInstanceId;
import dev.cenkit.model.RegionId;
import dev.cenkit.model.ResourceId;
import dev.cenkit.model.cen.CenId;
import dev.cenkit.model.expressconnect.DataCenter;
import dev.cenkit.model.expressconnect.PhysicalConnection;
import dev.cenkit.model.expressconnect.PhysicalConnectionStatus;
import dev.cenkit.model.expressconnect.Vbr;
import dev.cenkit.model.expressconnect.VbrNextHopType;
import dev.cenkit.model.vpc.Vpc;
import dev.cenkit.reach.Fix;
import dev.cenkit.spi.Spec;
import dev.cenkit.spi.Step;
import dev.cenkit.spi.cen.AttachCenChildInstanceRequest;
import dev.cenkit.spi.cen.DetachCenChildInstanceRequest;
import dev.cenkit.spi.cen.ResolveAndRouteServiceInCenRequest;
import dev.cenkit.spi.expressconnect.ConfirmPhysicalConnectionRequest;
import dev.cenkit.spi.expressconnect.CreateDataCenterRouteRequest;
import dev.cenkit.spi.expressconnect.CreatePhysicalConnectionOccupancyOrderRequest;
import dev.cenkit.spi.expressconnect.CreateVbrRouteEntryRequest;
import dev.cenkit.spi.operation.Operation;
import java.util.List;
import java.util.Optional;

/** Builds the fixes (specs of real actions) that remove blockers. */
final class Fixes {
  private Fixes() {}

  /** A spec of fixed operations, in order. */
  static Spec of(Operation<?>... operations) {
    return of(List.of(operations));
  }

  /** A spec of fixed operations, in order. */
  static Spec of(List<? extends Operation<?>> operations) {
    Spec spec = Spec.empty();
    for (Operation<?> op : operations) {
      spec = spec.plus(Step.of(op.describe(), b -> op));
    }
    return spec;
  }

  static <I extends ResourceId & NetworkInstanceId> Fix attach(I child, String name, RegionId region, CenId cen) {
    return Fix.of(
        "attach " + child.childInstanceType() + " '" + name + "' (" + child.value() + ") to CEN " + cen,
        of(AttachCenChildInstanceRequest.builder().cenId(cen).childInstanceId(child).childInstanceRegion(region).build()));
  }

  static <I extends ResourceId & NetworkInstanceId> Fix move(I child, String name, RegionId region, CenId from, CenId to) {
    return Fix.of(
        "detach " + child.childInstanceType() + " '" + name + "' (" + child.value() + ") from CEN " + from + " and attach it to CEN " + to,
        of(
            DetachCenChildInstanceRequest.builder().cenId(from).childInstanceId(child).childInstanceRegion(region).build(),
            AttachCenChildInstanceRequest.builder().cenId(to).childInstanceId(child).childInstanceRegion(region).build()));
  }

  static <A extends ResourceId & NetworkInstanceId, B extends ResourceId & NetworkInstanceId> Fix newCenFor(
      A a, String aName, RegionId aRegion, B b, String bName, RegionId bRegion) {
    return Fix.of(
        "create a CEN and attach '" + aName + "' and '" + bName + "' to it",
        Cenkit.cen().attach(a, aRegion).attach(b, bRegion).toSpec());
  }

  static Fix vbrRoute(Vbr vbr, Cidr prefix) {
    return Fix.of(
        "add a static route " + prefix + " over circuit " + vbr.physicalConnectionId() + " to VBR " + vbr.id(),
        of(
            CreateVbrRouteEntryRequest.builder()
                .vbrId(vbr.id())
                .destination(prefix)
                .nextHopType(VbrNextHopType.PHYSICAL_CONNECTION)
                .nextHopId(vbr.physicalConnectionId().value())
                .build()));
  }

  static Fix dataCenterRoute(DataCenter dc, Cidr prefix, Vbr vbr) {
    return Fix.of(
        "route " + prefix + " from data center '" + dc.name() + "' to VBR " + vbr.id(),
        of(CreateDataCenterRouteRequest.builder().dataCenterId(dc.id()).destination(prefix).vbrId(vbr.id()).build()));
  }

  /** Drives a circuit to Enabled from where it is, if it can get there. */
  static List<Fix> enable(PhysicalConnection pc) {
    ConfirmPhysicalConnectionRequest confirm = ConfirmPhysicalConnectionRequest.builder().physicalConnectionId(pc.id()).build();
    CreatePhysicalConnectionOccupancyOrderRequest enable =
        CreatePhysicalConnectionOccupancyOrderRequest.builder().physicalConnectionId(pc.id()).build();
    if (pc.status() == PhysicalConnectionStatus.INITIAL) {
      return List.of(Fix.of("confirm and enable circuit " + pc.id(), of(confirm, enable)));
    }
    if (pc.status() == PhysicalConnectionStatus.CONFIRMED) {
      return List.of(Fix.of("enable circuit " + pc.id(), of(enable)));
    }
    return List.of();
  }

  static Fix routeService(CenId cen, Cidr host, Vpc hostVpc, RegionId accessRegion) {
    return Fix.of(
        "add the cloud-service route " + host + " via VPC '" + hostVpc.displayName() + "' for " + accessRegion + " in CEN " + cen,
        of(
            ResolveAndRouteServiceInCenRequest.builder()
                .cenId(cen)
                .host(host.toString())
                .hostRegion(hostVpc.region())
                .hostVpcId(hostVpc.id())
                .accessRegionIds(List.of(accessRegion))
                .description(Optional.of("added by cenkit as a fix"))
                .build()));
  }

}
