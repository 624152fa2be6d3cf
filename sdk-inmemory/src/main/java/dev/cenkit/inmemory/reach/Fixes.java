package dev.cenkit.inmemory.reach;

import dev.cenkit.inmemory.state.Snapshot;
import dev.cenkit.dsl.CenSpec;
import dev.cenkit.dsl.Cenkit;
import dev.cenkit.spi.Ref;
import dev.cenkit.model.Cidr;
import dev.cenkit.model.NetworkInstanceId;
import dev.cenkit.model.RegionId;
import dev.cenkit.model.ResourceId;
import dev.cenkit.model.cen.CenId;
import dev.cenkit.model.cen.CenInstance;
import dev.cenkit.model.expressconnect.DataCenter;
import dev.cenkit.model.expressconnect.PhysicalConnection;
import dev.cenkit.model.expressconnect.PhysicalConnectionStatus;
import dev.cenkit.model.expressconnect.Vbr;
import dev.cenkit.model.expressconnect.VbrId;
import dev.cenkit.model.expressconnect.VbrNextHopType;
import dev.cenkit.model.vpc.Vpc;
import dev.cenkit.reach.Fix;
import dev.cenkit.spi.Spec;
import dev.cenkit.spi.Step;
import dev.cenkit.spi.cen.AttachCenChildInstanceRequest;
import dev.cenkit.spi.cen.CreateCenRequest;
import dev.cenkit.spi.cen.DetachCenChildInstanceRequest;
import dev.cenkit.spi.cen.ResolveAndRouteServiceInCenRequest;
import dev.cenkit.spi.expressconnect.ConfirmPhysicalConnectionRequest;
import dev.cenkit.spi.expressconnect.CreateDataCenterRouteRequest;
import dev.cenkit.spi.expressconnect.CreatePhysicalConnectionOccupancyOrderRequest;
import dev.cenkit.spi.expressconnect.CreateVbrRouteEntryRequest;
import dev.cenkit.spi.expressconnect.CreateVirtualBorderRouterRequest;
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

  static <I extends ResourceId & NetworkInstanceId> Fix attach(Snapshot s, I child, String name, RegionId region, CenId cen) {
    return Fix.of(
        "attach " + child.childInstanceType() + " '" + name + "' (" + child.value() + ") to " + Names.cen(s, cen),
        of(AttachCenChildInstanceRequest.builder().cenId(cen).childInstanceId(child).childInstanceRegion(region)
            .childInstanceOwnerId(foreignOwner(s, child, cen)).build()));
  }

  static <I extends ResourceId & NetworkInstanceId> Fix move(Snapshot s, I child, String name, RegionId region, CenId from, CenId to) {
    return Fix.of(
        "detach " + child.childInstanceType() + " '" + name + "' (" + child.value() + ") from " + Names.cen(s, from)
            + " and attach it to " + Names.cen(s, to),
        of(
            DetachCenChildInstanceRequest.builder().cenId(from).childInstanceId(child).childInstanceRegion(region)
                .childInstanceOwnerId(foreignOwner(s, child, from)).build(),
            AttachCenChildInstanceRequest.builder().cenId(to).childInstanceId(child).childInstanceRegion(region)
                .childInstanceOwnerId(foreignOwner(s, child, to)).build()));
  }

  /**
   * The owner of {@code child} when it is not the owner of {@code cen}: a request about another account's instance
   * names its owner ({@code ChildInstanceOwnerId}, R8); empty for an instance of the CEN's own account.
   */
  static java.util.Optional<dev.cenkit.model.AccountId> foreignOwner(Snapshot s, NetworkInstanceId child, CenId cen) {
    java.util.Optional<dev.cenkit.model.AccountId> owner =
        child instanceof dev.cenkit.model.vpc.VpcId ? s.vpc().vpc((dev.cenkit.model.vpc.VpcId) child).map(v -> v.ownerId())
            : child instanceof dev.cenkit.model.expressconnect.VbrId
                ? s.expressConnect().vbr((dev.cenkit.model.expressconnect.VbrId) child).map(v -> v.ownerId())
                : java.util.Optional.empty();
    java.util.Optional<dev.cenkit.model.AccountId> cenOwner = s.cen().cen(cen).map(c -> c.ownerId());
    return owner.filter(o -> cenOwner.isPresent() && !o.equals(cenOwner.get()));
  }

  /** A new CEN with the two attached. */
  static <A extends ResourceId & NetworkInstanceId, B extends ResourceId & NetworkInstanceId> CenSpec newCen(
      A a, RegionId aRegion, B b, RegionId bRegion) {
    return Cenkit.cen().attachExisting(a, aRegion).attachExisting(b, bRegion);
  }

  static Fix newCenFor(String aName, String bName, CenSpec cen) {
    return Fix.of("create a CEN and attach '" + aName + "' and '" + bName + "' to it", cen.toSpec());
  }

  /**
   * Moves {@code child} from CEN {@code from} to the CEN another fix of the same answer puts {@code otherName}
   * in, after that fix's steps.
   */
  static <I extends ResourceId & NetworkInstanceId> Fix moveToPlanned(
      I child, String name, RegionId region, CenId from, String otherName, Ref<CenId> cen, Spec before) {
    Spec spec =
        before
            .plus(Step.of("detach " + child.value() + " from " + from,
                b -> DetachCenChildInstanceRequest.builder().cenId(from).childInstanceId(child).childInstanceRegion(region).build()))
            .plus(Step.of("attach " + child.value() + " to " + cen.label(),
                b -> AttachCenChildInstanceRequest.builder().cenId(b.resolve(cen)).childInstanceId(child).childInstanceRegion(region).build()));
    return Fix.of(
        "detach " + child.childInstanceType() + " '" + name + "' (" + child.value() + ") from CEN " + from
            + " and attach it to the CEN of '" + otherName + "'", spec);
  }

  /**
   * Attaches {@code child} to the CEN another fix of the same answer puts {@code otherName} in, after that fix's
   * steps (the same steps, so applied together they run once).
   */
  static <I extends ResourceId & NetworkInstanceId> Fix attachToPlanned(
      I child, String name, RegionId region, String otherName, Ref<CenId> cen, Spec before) {
    Spec spec =
        before.plus(
            Step.of(
                "attach " + child.value() + " to " + cen.label(),
                b -> AttachCenChildInstanceRequest.builder().cenId(b.resolve(cen)).childInstanceId(child).childInstanceRegion(region).build()));
    return Fix.of(
        "attach " + child.childInstanceType() + " '" + name + "' (" + child.value() + ") to the CEN of '" + otherName + "'", spec);
  }

  static Fix vbrRoute(Vbr vbr, Cidr prefix) {
    return Fix.of(
        "add a static route " + prefix + " over circuit " + vbr.physicalConnectionId() + " to " + Names.vbr(vbr),
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
        "route " + prefix + " from data center '" + dc.name() + "' to " + Names.vbr(vbr),
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

  /** The VLAN and peering addresses of a VBR a fix creates on a circuit that has none (R44, R45). */
  static final int FIX_VLAN = 100;

  /**
   * Connects a data center whose circuit has no VBR to a VPC: drives the circuit to Enabled (R43), creates a
   * VBR on it (R44, R45) with a static route to the data center's prefix (D10), attaches the VBR to the VPC's
   * CEN or to a new CEN with the VPC (R10), and routes the VPC's block from the data center to the VBR (D10).
   */
  static Fix connectDataCenter(
      PhysicalConnection pc, DataCenter dc, Cidr dcPrefix, Vpc vpc, Cidr vpcPrefix, Optional<CenId> vpcCen) {
    Ref<VbrId> vbr = Ref.pending(VbrId.KIND, "VBR on " + pc.id());
    Spec spec = of(enableOperations(pc));
    spec =
        spec.plus(
            Step.creating(
                vbr,
                b ->
                    CreateVirtualBorderRouterRequest.builder()
                        .region(pc.region())
                        .physicalConnectionId(pc.id())
                        .vlanId(FIX_VLAN)
                        .localGatewayIp("10.254.254.1")
                        .peerGatewayIp("10.254.254.2")
                        .peeringSubnetMask("255.255.255.252")
                        .build(),
                Vbr::id));
    spec =
        spec.plus(
            Step.of(
                "route " + dcPrefix + " of " + vbr.label() + " over " + pc.id(),
                b ->
                    CreateVbrRouteEntryRequest.builder()
                        .vbrId(b.resolve(vbr))
                        .destination(dcPrefix)
                        .nextHopType(VbrNextHopType.PHYSICAL_CONNECTION)
                        .nextHopId(pc.id().value())
                        .build()));
    Ref<CenId> cen = vpcCen.map(Ref::to).orElseGet(() -> Ref.pending(CenId.KIND, "CEN for " + dc.name()));
    if (vpcCen.isEmpty()) {
      spec = spec.plus(Step.creating(cen, b -> CreateCenRequest.builder().build(), CenInstance::id));
      spec =
          spec.plus(
              Step.of(
                  "attach " + vpc.id() + " to " + cen.label(),
                  b ->
                      AttachCenChildInstanceRequest.builder()
                          .cenId(b.resolve(cen))
                          .childInstanceId(vpc.id())
                          .childInstanceRegion(vpc.region())
                          .build()));
    }
    spec =
        spec.plus(
            Step.of(
                "attach " + vbr.label() + " to " + cen.label(),
                b ->
                    AttachCenChildInstanceRequest.builder()
                        .cenId(b.resolve(cen))
                        .childInstanceId(b.resolve(vbr))
                        .childInstanceRegion(pc.region())
                        .build()));
    spec =
        spec.plus(
            Step.of(
                "route " + vpcPrefix + " of data center '" + dc.name() + "' to " + vbr.label(),
                b ->
                    CreateDataCenterRouteRequest.builder()
                        .dataCenterId(dc.id())
                        .destination(vpcPrefix)
                        .vbrId(b.resolve(vbr))
                        .build()));
    String steps =
        (pc.status() == PhysicalConnectionStatus.ENABLED ? "" : (pc.status() == PhysicalConnectionStatus.INITIAL ? "confirm and enable" : "enable")
            + " circuit " + pc.id() + ", ")
            + "create a VBR on it routing " + dcPrefix + " to the data center, attach it to "
            + vpcCen.map(c -> "CEN " + c).orElse("a new CEN with VPC '" + vpc.displayName() + "'")
            + " and route " + vpcPrefix + " from data center '" + dc.name() + "' to it";
    return Fix.of(steps, spec);
  }

  private static List<Operation<?>> enableOperations(PhysicalConnection pc) {
    ConfirmPhysicalConnectionRequest confirm = ConfirmPhysicalConnectionRequest.builder().physicalConnectionId(pc.id()).build();
    CreatePhysicalConnectionOccupancyOrderRequest enable =
        CreatePhysicalConnectionOccupancyOrderRequest.builder().physicalConnectionId(pc.id()).build();
    if (pc.status() == PhysicalConnectionStatus.INITIAL) {
      return List.of(confirm, enable);
    }
    if (pc.status() == PhysicalConnectionStatus.CONFIRMED) {
      return List.of(enable);
    }
    return List.of();
  }

  static Fix routeService(Snapshot s, CenId cen, Cidr host, Vpc hostVpc, RegionId accessRegion) {
    return Fix.of(
        "add the cloud-service route " + host + " via VPC '" + hostVpc.displayName() + "' for " + accessRegion + " in " + Names.cen(s, cen),
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

  /**
   * The cloud-service route in the CEN another fix of the same answer puts {@code hostVpc} in, after that fix's
   * steps (the same steps, so applied together they run once), R32.
   */
  static Fix routeServiceInPlanned(Ref<CenId> cen, Spec before, Cidr host, Vpc hostVpc, RegionId accessRegion) {
    Spec spec =
        before.plus(
            Step.of(
                "add the cloud-service route " + host + " to " + cen.label(),
                b -> ResolveAndRouteServiceInCenRequest.builder()
                    .cenId(b.resolve(cen))
                    .host(host.toString())
                    .hostRegion(hostVpc.region())
                    .hostVpcId(hostVpc.id())
                    .accessRegionIds(List.of(accessRegion))
                    .description(Optional.of("added by cenkit as a fix"))
                    .build()));
    return Fix.of(
        "add the cloud-service route " + host + " via VPC '" + hostVpc.displayName() + "' for " + accessRegion
            + " in the CEN of VPC '" + hostVpc.displayName() + "'",
        spec);
  }
}
