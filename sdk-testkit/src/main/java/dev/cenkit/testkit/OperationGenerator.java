package dev.cenkit.testkit;

import dev.cenkit.model.Area;
import dev.cenkit.model.Cidr;
import dev.cenkit.model.Ipv4Address;
import dev.cenkit.model.NetworkInstanceId;
import dev.cenkit.model.RegionId;
import dev.cenkit.model.apigateway.Api;
import dev.cenkit.model.apigateway.ApiGatewayInstance;
import dev.cenkit.model.apigateway.ApiGatewayInstanceType;
import dev.cenkit.model.apigateway.ApiGroup;
import dev.cenkit.model.apigateway.DedicatedInstanceType;
import dev.cenkit.model.apigateway.HttpMethod;
import dev.cenkit.model.apigateway.MockBackend;
import dev.cenkit.model.apigateway.Stage;
import dev.cenkit.model.apigateway.VpcAccess;
import dev.cenkit.model.apigateway.VpcAccessBackend;
import dev.cenkit.model.cen.BandwidthPlan;
import dev.cenkit.model.cen.CenAttachment;
import dev.cenkit.model.cen.CenId;
import dev.cenkit.model.cen.RegionPair;
import dev.cenkit.model.expressconnect.DataCenter;
import dev.cenkit.model.expressconnect.LineOperator;
import dev.cenkit.model.expressconnect.PhysicalConnection;
import dev.cenkit.model.expressconnect.PhysicalConnectionStatus;
import dev.cenkit.model.expressconnect.Vbr;
import dev.cenkit.model.expressconnect.VbrNextHopType;
import dev.cenkit.model.vpc.NextHopType;
import dev.cenkit.model.vpc.RouteEntry;
import dev.cenkit.model.vpc.VSwitch;
import dev.cenkit.model.vpc.Vpc;
import dev.cenkit.spi.CloudSnapshot;
import dev.cenkit.spi.apigateway.AbolishApiRequest;
import dev.cenkit.spi.apigateway.CreateApiGroupRequest;
import dev.cenkit.spi.apigateway.CreateApiRequest;
import dev.cenkit.spi.apigateway.CreateInstanceRequest;
import dev.cenkit.spi.apigateway.DeleteApiGroupRequest;
import dev.cenkit.spi.apigateway.DeleteApiRequest;
import dev.cenkit.spi.apigateway.DeleteInstanceRequest;
import dev.cenkit.spi.apigateway.DeployApiRequest;
import dev.cenkit.spi.apigateway.ModifyInstanceVpcAttributeForConsoleRequest;
import dev.cenkit.spi.apigateway.ModifyIntranetDomainPolicyRequest;
import dev.cenkit.spi.apigateway.RemoveVpcAccessRequest;
import dev.cenkit.spi.apigateway.SetVpcAccessRequest;
import dev.cenkit.spi.cen.AssociateCenBandwidthPackageRequest;
import dev.cenkit.spi.cen.AttachCenChildInstanceRequest;
import dev.cenkit.spi.cen.CreateCenBandwidthPackageRequest;
import dev.cenkit.spi.cen.CreateCenRequest;
import dev.cenkit.spi.cen.DeleteCenBandwidthPackageRequest;
import dev.cenkit.spi.cen.DeleteCenRequest;
import dev.cenkit.spi.cen.DetachCenChildInstanceRequest;
import dev.cenkit.spi.cen.ModifyCenBandwidthPackageSpecRequest;
import dev.cenkit.spi.cen.SetCenInterRegionBandwidthLimitRequest;
import dev.cenkit.spi.cen.UnassociateCenBandwidthPackageRequest;
import dev.cenkit.spi.expressconnect.CancelPhysicalConnectionRequest;
import dev.cenkit.spi.expressconnect.ConfirmPhysicalConnectionRequest;
import dev.cenkit.spi.expressconnect.CreateDataCenterRequest;
import dev.cenkit.spi.expressconnect.CreateDataCenterRouteRequest;
import dev.cenkit.spi.expressconnect.CreatePhysicalConnectionOccupancyOrderRequest;
import dev.cenkit.spi.expressconnect.CreatePhysicalConnectionRequest;
import dev.cenkit.spi.expressconnect.CreateVbrRouteEntryRequest;
import dev.cenkit.spi.expressconnect.CreateVirtualBorderRouterRequest;
import dev.cenkit.spi.expressconnect.DeletePhysicalConnectionRequest;
import dev.cenkit.spi.expressconnect.DeleteVirtualBorderRouterRequest;
import dev.cenkit.spi.expressconnect.RecoverVirtualBorderRouterRequest;
import dev.cenkit.spi.expressconnect.TerminatePhysicalConnectionRequest;
import dev.cenkit.spi.expressconnect.TerminateVirtualBorderRouterRequest;
import dev.cenkit.spi.operation.Operation;
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
import java.util.SplittableRandom;
import java.util.function.BiFunction;

/**
 * Draws operations against a live cloud from its current state, valid and invalid mixed: create inside what
 * exists, attach what exists, detach what is attached, delete what may be in use, buy, associate and draw on
 * bandwidth plans (sometimes beyond their size), walk circuits and VBRs through their lifecycle (sometimes
 * out of order), and build API Gateway instances, bindings, groups, authorizations and APIs (deploying and
 * abolishing them). Plain Java over a seeded random source; the same seed and the same states give the same
 * operations.
 */
public final class OperationGenerator {
  private final List<BiFunction<SplittableRandom, CloudSnapshot, Operation<?>>> kinds = new ArrayList<>();

  /** A generator of every operation kind it knows. */
  public OperationGenerator() {
    // VPC
    kinds.add(OperationGenerator::createVpc);
    kinds.add(OperationGenerator::createVSwitch);
    kinds.add(OperationGenerator::createVSwitch);
    kinds.add(OperationGenerator::deleteVpc);
    kinds.add(OperationGenerator::deleteVSwitch);
    kinds.add(OperationGenerator::createRouteEntry);
    kinds.add(OperationGenerator::deleteRouteEntry);
    // CEN
    kinds.add(OperationGenerator::createCen);
    kinds.add(OperationGenerator::attach);
    kinds.add(OperationGenerator::attach);
    kinds.add(OperationGenerator::detach);
    kinds.add(OperationGenerator::deleteCen);
    kinds.add(OperationGenerator::createPlan);
    kinds.add(OperationGenerator::associatePlan);
    kinds.add(OperationGenerator::unassociatePlan);
    kinds.add(OperationGenerator::setLimit);
    kinds.add(OperationGenerator::setLimit);
    kinds.add(OperationGenerator::resizePlan);
    kinds.add(OperationGenerator::deletePlan);
    // Express Connect
    kinds.add(OperationGenerator::createDataCenter);
    kinds.add(OperationGenerator::createCircuit);
    kinds.add(OperationGenerator::circuitLifecycle);
    kinds.add(OperationGenerator::circuitLifecycle);
    kinds.add(OperationGenerator::createVbr);
    kinds.add(OperationGenerator::vbrLifecycle);
    kinds.add(OperationGenerator::dataCenterRoute);
    kinds.add(OperationGenerator::vbrRoute);
    // API Gateway
    kinds.add(OperationGenerator::createInstance);
    kinds.add(OperationGenerator::bind);
    kinds.add(OperationGenerator::createGroup);
    kinds.add(OperationGenerator::vpcDomain);
    kinds.add(OperationGenerator::setVpcAccess);
    kinds.add(OperationGenerator::removeVpcAccess);
    kinds.add(OperationGenerator::createApi);
    kinds.add(OperationGenerator::createApi);
    kinds.add(OperationGenerator::deployOrAbolish);
    kinds.add(OperationGenerator::deployOrAbolish);
    kinds.add(OperationGenerator::deleteApiGatewayResource);
  }

  /** The next operation for a cloud in state {@code s}. */
  public Operation<?> next(SplittableRandom random, CloudSnapshot s) {
    return kinds.get(random.nextInt(kinds.size())).apply(random, s);
  }

  static <T> T pick(SplittableRandom random, List<T> from) {
    return from.get(random.nextInt(from.size()));
  }

  static <T> T pick(SplittableRandom random, Map<?, T> from) {
    return pick(random, new ArrayList<>(from.values()));
  }

  /** Mostly the three Chinese mainland regions (so CENs often share areas and plans), sometimes Asia-Pacific. */
  private static RegionId region(SplittableRandom random) {
    return pick(random, TopologyGenerator.REGIONS.subList(0, random.nextInt(3) == 0 ? 5 : 3));
  }

  // ---------------------------------------------------------------- VPC

  private static Operation<?> createVpc(SplittableRandom random, CloudSnapshot s) {
    RegionId region = region(random);
    int block = random.nextInt(40);
    // One in ten asks for a mask outside /8-/28 (R36).
    String cidr = random.nextInt(10) == 0 ? "10." + block + ".0.0/29" : "10." + block + ".0.0/16";
    // R4: tags and a resource group now and then (from the version, so the random sequence stays as it was).
    return CreateVpcRequest.builder().region(region).cidrBlock(Cidr.of(cidr)).vpcName("vpc" + s.version())
        .tags(s.version() % 3 == 0 ? java.util.Map.of("env", "v" + s.version()) : java.util.Map.of())
        .resourceGroupId(s.version() % 4 == 0 ? java.util.Optional.of("rg-g" + s.version()) : java.util.Optional.empty())
        .build();
  }

  private static Operation<?> createVSwitch(SplittableRandom random, CloudSnapshot s) {
    if (s.vpc().vpcs().isEmpty()) {
      return createVpc(random, s);
    }
    Vpc vpc = pick(random, s.vpc().vpcs());
    String net = vpc.cidrBlock().network().toString();
    String prefix = net.substring(0, net.lastIndexOf('.', net.lastIndexOf('.') - 1));
    // Mostly inside the VPC; sometimes overlapping an existing one, or outside the VPC (R37).
    String cidr =
        random.nextInt(8) == 0 ? "192.168." + random.nextInt(4) + ".0/24" : prefix + "." + random.nextInt(8) + ".0/24";
    List<VSwitch> existing = s.vpc().vSwitchesOf(vpc.id());
    String zone = random.nextInt(12) == 0 ? "xx-nowhere-a" : vpc.region().id() + "-a";
    if (!existing.isEmpty() && random.nextInt(6) == 0) {
      cidr = pick(random, existing).cidrBlock().toString();
    }
    return CreateVSwitchRequest.builder().vpcId(vpc.id()).zoneId(zone).cidrBlock(Cidr.of(cidr))
        .description(s.version() % 2 == 0 ? java.util.Optional.of("vSwitch of version " + s.version()) : java.util.Optional.empty())
        .tags(s.version() % 5 == 0 ? java.util.Map.of("tier", "t" + s.version()) : java.util.Map.of())
        .build();
  }

  private static Operation<?> deleteVpc(SplittableRandom random, CloudSnapshot s) {
    if (s.vpc().vpcs().isEmpty()) {
      return createVpc(random, s);
    }
    // Often still holding vSwitches, attached or bound (R39).
    return DeleteVpcRequest.builder().vpcId(pick(random, s.vpc().vpcs()).id()).build();
  }

  private static Operation<?> deleteVSwitch(SplittableRandom random, CloudSnapshot s) {
    if (s.vpc().vSwitches().isEmpty()) {
      return createVSwitch(random, s);
    }
    return DeleteVSwitchRequest.builder().vSwitchId(pick(random, s.vpc().vSwitches()).id()).build();
  }

  private static Operation<?> createRouteEntry(SplittableRandom random, CloudSnapshot s) {
    if (s.vpc().vpcs().isEmpty()) {
      return createVpc(random, s);
    }
    Vpc vpc = pick(random, s.vpc().vpcs());
    // A remote block (valid), a vSwitch block (R38: rejected), or 100.64.0.0/10 (R38: rejected).
    int choice = random.nextInt(6);
    List<VSwitch> own = s.vpc().vSwitchesOf(vpc.id());
    String destination =
        choice == 0 && !own.isEmpty()
            ? pick(random, own).cidrBlock().toString()
            : choice == 1 ? "100.64.0.0/10" : "172.20." + random.nextInt(8) + ".0/24";
    return CreateRouteEntryRequest.builder()
        .routeTableId(vpc.routeTableId())
        .destinationCidrBlock(Cidr.of(destination))
        .nextHopType(NextHopType.INSTANCE)
        .nextHopId("i-bp1a2b3c4d5e6f7g8h9i")
        .build();
  }

  private static Operation<?> deleteRouteEntry(SplittableRandom random, CloudSnapshot s) {
    if (s.vpc().routeEntries().isEmpty()) {
      return createRouteEntry(random, s);
    }
    RouteEntry e = pick(random, s.vpc().routeEntries());
    return DeleteRouteEntryRequest.builder().routeEntryId(e.id()).build();
  }

  // ---------------------------------------------------------------- CEN

  private static Operation<?> createCen(SplittableRandom random, CloudSnapshot s) {
    return CreateCenRequest.builder().name("cen" + s.version())
        .tags(s.version() % 2 == 0 ? java.util.Map.of("owner", "o" + s.version()) : java.util.Map.of())
        .build();
  }

  /** A VPC or a VBR, with its region. */
  private record Child(NetworkInstanceId id, RegionId region) {}

  private static List<Child> children(CloudSnapshot s) {
    List<Child> out = new ArrayList<>();
    s.vpc().vpcs().values().forEach(v -> out.add(new Child(v.id(), v.region())));
    s.expressConnect().vbrs().values().forEach(v -> out.add(new Child(v.id(), v.region())));
    return out;
  }

  private static Operation<?> attach(SplittableRandom random, CloudSnapshot s) {
    List<Child> children = children(s);
    if (children.isEmpty() || s.cen().cens().isEmpty()) {
      return random.nextBoolean() ? createVpc(random, s) : createCen(random, s);
    }
    List<Child> free = children.stream().filter(c -> s.cen().attachmentOf(c.id()).isEmpty()).toList();
    Child child = !free.isEmpty() && random.nextInt(4) != 0 ? pick(random, free) : pick(random, children);
    // Sometimes the wrong region (R1); attaching an attached instance again is drawn naturally (R6).
    RegionId region = random.nextInt(10) == 0 ? RegionId.US_EAST_1 : child.region();
    return AttachCenChildInstanceRequest.builder()
        .cenId(pick(random, new ArrayList<>(s.cen().cens().keySet())))
        .childInstanceId(child.id())
        .childInstanceRegion(region)
        .build();
  }

  private static Operation<?> detach(SplittableRandom random, CloudSnapshot s) {
    if (s.cen().attachments().isEmpty() || s.cen().cens().isEmpty()) {
      return attach(random, s);
    }
    CenAttachment a = pick(random, s.cen().attachments());
    // Sometimes from the wrong CEN.
    CenId cen = random.nextInt(6) == 0 ? pick(random, new ArrayList<>(s.cen().cens().keySet())) : a.cenId();
    return DetachCenChildInstanceRequest.builder()
        .cenId(cen)
        .childInstanceId(a.childInstanceId())
        .childInstanceRegion(a.childInstanceRegion())
        .build();
  }

  private static Operation<?> deleteCen(SplittableRandom random, CloudSnapshot s) {
    if (s.cen().cens().isEmpty()) {
      return createCen(random, s);
    }
    return DeleteCenRequest.builder().cenId(pick(random, new ArrayList<>(s.cen().cens().keySet()))).build();
  }

  private static Operation<?> createPlan(SplittableRandom random, CloudSnapshot s) {
    Area a = random.nextBoolean() ? Area.CHINA : region(random).area();
    Area b = random.nextBoolean() ? Area.CHINA : region(random).area();
    return CreateCenBandwidthPackageRequest.builder()
        .bandwidth(2 + random.nextInt(9))
        .geographicRegionA(a)
        .geographicRegionB(b)
        .build();
  }

  private static Operation<?> associatePlan(SplittableRandom random, CloudSnapshot s) {
    if (s.cen().bandwidthPlans().isEmpty() || s.cen().cens().isEmpty()) {
      return random.nextBoolean() ? createPlan(random, s) : createCen(random, s);
    }
    // Mostly an idle plan; any plan with any CEN now and then: already associated (R16), same area pair (R15).
    List<BandwidthPlan> idle = s.cen().bandwidthPlans().values().stream().filter(p -> p.cenId().isEmpty()).toList();
    BandwidthPlan plan = !idle.isEmpty() && random.nextInt(4) != 0 ? pick(random, idle) : pick(random, s.cen().bandwidthPlans());
    return AssociateCenBandwidthPackageRequest.builder()
        .cenId(pick(random, new ArrayList<>(s.cen().cens().keySet())))
        .bandwidthPackageId(plan.id())
        .build();
  }

  private static Operation<?> unassociatePlan(SplittableRandom random, CloudSnapshot s) {
    List<BandwidthPlan> associated =
        s.cen().bandwidthPlans().values().stream().filter(p -> p.cenId().isPresent()).toList();
    if (associated.isEmpty()) {
      return associatePlan(random, s);
    }
    BandwidthPlan p = pick(random, associated);
    // R23: rejected while limits draw on it.
    return UnassociateCenBandwidthPackageRequest.builder().cenId(p.cenId().get()).bandwidthPackageId(p.id()).build();
  }

  private static Operation<?> setLimit(SplittableRandom random, CloudSnapshot s) {
    if (s.cen().cens().isEmpty()) {
      return createCen(random, s);
    }
    // Mostly a CEN with members in two regions or more and an associated plan, where a limit can be drawn.
    List<CenId> ready =
        s.cen().cens().keySet().stream()
            .filter(c -> s.cen().attachmentsOf(c).stream().map(CenAttachment::childInstanceRegion).distinct().count() > 1)
            .filter(c -> !s.cen().bandwidthPlansOf(c).isEmpty())
            .toList();
    CenId cen =
        !ready.isEmpty() && random.nextInt(4) != 0 ? pick(random, ready) : pick(random, new ArrayList<>(s.cen().cens().keySet()));
    List<RegionId> regions =
        s.cen().attachmentsOf(cen).stream().map(CenAttachment::childInstanceRegion).distinct().toList();
    RegionId a = regions.isEmpty() || random.nextInt(8) == 0 ? region(random) : pick(random, regions);
    List<RegionId> others = regions.stream().filter(r -> !r.equals(a)).toList();
    // Usually another member region; now and then any region (N1) or the same one (R21).
    RegionId b = others.isEmpty() || random.nextInt(8) == 0 ? region(random) : pick(random, others);
    // 0 removes the limit (R20); otherwise what the plan of the pair's areas has left, one more (R19), or any.
    long mbps = random.nextInt(5) == 0 ? 0 : 1 + random.nextInt(12);
    Optional<BandwidthPlan> plan =
        a.equals(b)
            ? Optional.empty()
            : s.cen().bandwidthPlansOf(cen).stream().filter(p -> p.areas().equals(RegionPair.of(a, b).areas())).findFirst();
    if (plan.isPresent() && mbps > 0 && random.nextBoolean()) {
      long drawn =
          s.cen().bandwidthLimitsDrawingOn(plan.get().id()).stream()
              .filter(l -> !l.regions().equals(RegionPair.of(a, b)))
              .mapToLong(l -> l.bandwidthLimit().mbps()).sum();
      long free = plan.get().bandwidth().mbps() - drawn;
      mbps = Math.max(1, free + (random.nextBoolean() ? 1 : 0));
    }
    return SetCenInterRegionBandwidthLimitRequest.builder()
        .cenId(cen).localRegion(a).oppositeRegion(b).bandwidthLimit(mbps).build();
  }

  private static Operation<?> resizePlan(SplittableRandom random, CloudSnapshot s) {
    if (s.cen().bandwidthPlans().isEmpty()) {
      return createPlan(random, s);
    }
    // R22: a downgrade below the limits drawn on the plan is rejected.
    return ModifyCenBandwidthPackageSpecRequest.builder()
        .bandwidthPackageId(pick(random, s.cen().bandwidthPlans()).id())
        .bandwidth(2 + random.nextInt(9))
        .build();
  }

  private static Operation<?> deletePlan(SplittableRandom random, CloudSnapshot s) {
    if (s.cen().bandwidthPlans().isEmpty()) {
      return createPlan(random, s);
    }
    return DeleteCenBandwidthPackageRequest.builder().bandwidthPackageId(pick(random, s.cen().bandwidthPlans()).id()).build();
  }

  // ---------------------------------------------------------------- Express Connect

  private static Operation<?> createDataCenter(SplittableRandom random, CloudSnapshot s) {
    int n = random.nextInt(6);
    // Sometimes a prefix in the reserved 100.64.0.0/10 (D10: rejected).
    String prefix = random.nextInt(10) == 0 ? "100.64." + n + ".0/24" : "192.168." + n + ".0/24";
    return CreateDataCenterRequest.builder()
        .name("idc" + s.version())
        .prefixes(List.of(Cidr.of(prefix)))
        .hosts(Map.of("host", Cidr.of(prefix).address(10)))
        .build();
  }

  private static Operation<?> createCircuit(SplittableRandom random, CloudSnapshot s) {
    if (s.expressConnect().dataCenters().isEmpty()) {
      return createDataCenter(random, s);
    }
    RegionId region = region(random);
    // Sometimes an access point of another region (R1).
    String accessPoint = random.nextInt(10) == 0 ? "ap-us-east-1-default" : "ap-" + region.id() + "-default";
    return CreatePhysicalConnectionRequest.builder()
        .region(region)
        .accessPointId(accessPoint)
        .lineOperator(LineOperator.CT)
        .dataCenterId(pick(random, s.expressConnect().dataCenters()).id())
        .build();
  }

  private static Operation<?> circuitLifecycle(SplittableRandom random, CloudSnapshot s) {
    if (s.expressConnect().physicalConnections().isEmpty()) {
      return createCircuit(random, s);
    }
    PhysicalConnection pc = pick(random, s.expressConnect().physicalConnections());
    if (random.nextInt(4) != 0) {
      // Usually the next step of the lifecycle: apply, confirm, enable (R43).
      switch (pc.status()) {
        case INITIAL:
          return ConfirmPhysicalConnectionRequest.builder().physicalConnectionId(pc.id()).build();
        case CONFIRMED:
          return CreatePhysicalConnectionOccupancyOrderRequest.builder().physicalConnectionId(pc.id()).build();
        case ENABLED:
          return createVbrOn(random, pc);
        default:
          return DeletePhysicalConnectionRequest.builder().physicalConnectionId(pc.id()).build();
      }
    }
    // Any transition from any state: the wrong ones are rejected (R43); terminating with VBRs too.
    switch (random.nextInt(6)) {
      case 0:
        return CancelPhysicalConnectionRequest.builder().physicalConnectionId(pc.id()).build();
      case 1:
        return TerminatePhysicalConnectionRequest.builder().physicalConnectionId(pc.id()).build();
      case 2:
        return DeletePhysicalConnectionRequest.builder().physicalConnectionId(pc.id()).build();
      case 3:
        return ConfirmPhysicalConnectionRequest.builder().physicalConnectionId(pc.id()).build();
      default:
        return CreatePhysicalConnectionOccupancyOrderRequest.builder().physicalConnectionId(pc.id()).build();
    }
  }

  private static Operation<?> createVbr(SplittableRandom random, CloudSnapshot s) {
    if (s.expressConnect().physicalConnections().isEmpty()) {
      return createCircuit(random, s);
    }
    List<PhysicalConnection> enabled =
        s.expressConnect().physicalConnections().values().stream()
            .filter(p -> p.status() == PhysicalConnectionStatus.ENABLED).toList();
    PhysicalConnection pc =
        !enabled.isEmpty() && random.nextInt(4) != 0 ? pick(random, enabled) : pick(random, s.expressConnect().physicalConnections());
    return createVbrOn(random, pc);
  }

  private static Operation<?> createVbrOn(SplittableRandom random, PhysicalConnection pc) {
    int k = random.nextInt(8);
    // VLAN clashes (R44), peers outside the subnet (R45) and circuits not Enabled (R43) are drawn too.
    String peer = random.nextInt(10) == 0 ? "172.30." + k + ".9" : "172.30." + k + ".2";
    return CreateVirtualBorderRouterRequest.builder()
        .region(pc.region())
        .physicalConnectionId(pc.id())
        .vlanId(100 + random.nextInt(4))
        .localGatewayIp("172.30." + k + ".1")
        .peerGatewayIp(peer)
        .peeringSubnetMask("255.255.255.252")
        .build();
  }

  private static Operation<?> vbrLifecycle(SplittableRandom random, CloudSnapshot s) {
    if (s.expressConnect().vbrs().isEmpty()) {
      return createVbr(random, s);
    }
    Vbr vbr = pick(random, s.expressConnect().vbrs());
    switch (random.nextInt(3)) {
      case 0:
        return TerminateVirtualBorderRouterRequest.builder().vbrId(vbr.id()).build();
      case 1:
        return RecoverVirtualBorderRouterRequest.builder().vbrId(vbr.id()).build();
      default:
        // R46: rejected while attached or routed to.
        return DeleteVirtualBorderRouterRequest.builder().vbrId(vbr.id()).build();
    }
  }

  private static Operation<?> dataCenterRoute(SplittableRandom random, CloudSnapshot s) {
    if (s.expressConnect().vbrs().isEmpty() || s.expressConnect().dataCenters().isEmpty()) {
      return createVbr(random, s);
    }
    Vbr vbr = pick(random, s.expressConnect().vbrs());
    // Usually the VBR's own data center; sometimes another one (D10: rejected).
    DataCenter dc = pick(random, s.expressConnect().dataCenters());
    Optional<DataCenter> own = s.expressConnect().dataCenterOf(vbr.id());
    if (own.isPresent() && random.nextInt(5) != 0) {
      dc = own.get();
    }
    String destination =
        s.vpc().vpcs().isEmpty() ? "10.0.0.0/16" : pick(random, s.vpc().vpcs()).cidrBlock().toString();
    return CreateDataCenterRouteRequest.builder().dataCenterId(dc.id()).destination(Cidr.of(destination)).vbrId(vbr.id()).build();
  }

  private static Operation<?> vbrRoute(SplittableRandom random, CloudSnapshot s) {
    if (s.expressConnect().vbrs().isEmpty()) {
      return createVbr(random, s);
    }
    Vbr vbr = pick(random, s.expressConnect().vbrs());
    String destination = "192.168." + random.nextInt(6) + ".0/24";
    return CreateVbrRouteEntryRequest.builder()
        .vbrId(vbr.id())
        .destination(Cidr.of(destination))
        .nextHopType(VbrNextHopType.PHYSICAL_CONNECTION)
        .nextHopId(vbr.physicalConnectionId().value())
        .build();
  }

  // ---------------------------------------------------------------- API Gateway

  private static Operation<?> createInstance(SplittableRandom random, CloudSnapshot s) {
    RegionId region = region(random);
    if (random.nextInt(3) == 0) {
      // Refused (R49): the region's shared instance exists already; groups land on it without an instance id.
      return CreateInstanceRequest.builder().region(region).instanceType(ApiGatewayInstanceType.VPC_SHARED).build();
    }
    // Sometimes a zone of another region (R55).
    String zone = random.nextInt(10) == 0 ? "us-east-1-a" : region.id() + "-a";
    return CreateInstanceRequest.builder()
        .region(region)
        .instanceType(ApiGatewayInstanceType.VPC_DEDICATED)
        .dedicatedInstanceType(DedicatedInstanceType.NORMAL)
        .instanceSpec("api.s1.small")
        .httpsPolicy("HTTPS2_TLS1_2")
        .chargeType(random.nextBoolean() ? "PostPaid" : "PrePaid")
        .zoneId(zone)
        .build();
  }

  private static Operation<?> bind(SplittableRandom random, CloudSnapshot s) {
    if (s.apiGateway().instances().isEmpty() || s.vpc().vSwitches().isEmpty()) {
      return random.nextBoolean() ? createInstance(random, s) : createVSwitch(random, s);
    }
    ApiGatewayInstance instance = pick(random, s.apiGateway().instances());
    // Usually a vSwitch of the instance's region; shared instances (R51) and other regions (R50) are drawn too.
    List<VSwitch> local =
        s.vpc().vSwitches().values().stream().filter(v -> v.region().equals(instance.region())).toList();
    VSwitch vsw = !local.isEmpty() && random.nextInt(5) != 0 ? pick(random, local) : pick(random, s.vpc().vSwitches());
    return ModifyInstanceVpcAttributeForConsoleRequest.builder()
        .instanceId(instance.id()).vpcId(vsw.vpcId()).vswitchId(vsw.id()).build();
  }

  private static Operation<?> createGroup(SplittableRandom random, CloudSnapshot s) {
    if (s.apiGateway().instances().isEmpty() || random.nextInt(4) == 0) {
      // R49: without an instance id the group lands on its region's shared instance.
      return CreateApiGroupRequest.builder().region(region(random)).groupName("group" + random.nextInt(20)).build();
    }
    // Names repeat now and then (unique per region).
    return CreateApiGroupRequest.builder()
        .instanceId(pick(random, s.apiGateway().instances()).id())
        .groupName("group" + random.nextInt(20))
        .build();
  }

  private static Operation<?> vpcDomain(SplittableRandom random, CloudSnapshot s) {
    if (s.apiGateway().groups().isEmpty()) {
      return createGroup(random, s);
    }
    return ModifyIntranetDomainPolicyRequest.builder()
        .groupId(pick(random, s.apiGateway().groups()).id()).vpcIntranetEnable(random.nextInt(4) != 0).build();
  }

  private static Operation<?> setVpcAccess(SplittableRandom random, CloudSnapshot s) {
    if (s.vpc().vpcs().isEmpty()) {
      return createVpc(random, s);
    }
    Vpc vpc = pick(random, s.vpc().vpcs());
    List<VSwitch> own = s.vpc().vSwitchesOf(vpc.id());
    Ipv4Address target = own.isEmpty() ? Ipv4Address.of("192.168.0.10") : pick(random, own).cidrBlock().address(10);
    // Names and (VPC, target, port) tuples repeat now and then (R66).
    return SetVpcAccessRequest.builder()
        .name("access" + random.nextInt(10))
        .vpcId(vpc.id())
        .instanceId(target.toString())
        .port(8000 + random.nextInt(3))
        .build();
  }

  private static Operation<?> removeVpcAccess(SplittableRandom random, CloudSnapshot s) {
    if (s.apiGateway().vpcAccesses().isEmpty()) {
      return setVpcAccess(random, s);
    }
    VpcAccess a = pick(random, s.apiGateway().vpcAccesses());
    return RemoveVpcAccessRequest.builder().vpcId(a.vpcId()).instanceId(a.instanceId()).port(a.port()).build();
  }

  private static Operation<?> createApi(SplittableRandom random, CloudSnapshot s) {
    if (s.apiGateway().groups().isEmpty()) {
      return createGroup(random, s);
    }
    ApiGroup group = pick(random, s.apiGateway().groups());
    List<VpcAccess> accesses =
        s.apiGateway().vpcAccesses().values().stream().filter(a -> a.region().equals(group.region())).toList();
    String name = "Api" + random.nextInt(20);
    CreateApiRequest.Builder b =
        CreateApiRequest.builder()
            .groupId(group.id())
            .apiName(name)
            .requestHttpMethod(HttpMethod.GET)
            .requestPath("/" + name.toLowerCase(java.util.Locale.ROOT));
    if (random.nextBoolean()) {
      // Through an authorization: an existing one, or a missing name (R65: rejected).
      String access = !accesses.isEmpty() && random.nextInt(4) != 0 ? pick(random, accesses).name() : "missing";
      b.backend(VpcAccessBackend.builder().vpcAccessName(access).servicePath("/").build());
    } else {
      b.backend(MockBackend.builder().mockResult("ok").build());
    }
    return b.build();
  }

  private static Operation<?> deployOrAbolish(SplittableRandom random, CloudSnapshot s) {
    if (s.apiGateway().apis().isEmpty()) {
      return createApi(random, s);
    }
    Api api = pick(random, s.apiGateway().apis());
    String stage = pick(random, List.of(Stage.values())).name();
    if (random.nextInt(3) == 0) {
      return AbolishApiRequest.builder().groupId(api.groupId()).apiId(api.id()).stageName(stage).build();
    }
    return DeployApiRequest.builder().groupId(api.groupId()).apiId(api.id()).stageName(stage).build();
  }

  private static Operation<?> deleteApiGatewayResource(SplittableRandom random, CloudSnapshot s) {
    // R62: an API deployed somewhere, a group with APIs, an instance with groups are rejected.
    int choice = random.nextInt(3);
    if (choice == 0 && !s.apiGateway().apis().isEmpty()) {
      Api api = pick(random, s.apiGateway().apis());
      return DeleteApiRequest.builder().groupId(api.groupId()).apiId(api.id()).build();
    }
    if (choice == 1 && !s.apiGateway().groups().isEmpty()) {
      return DeleteApiGroupRequest.builder().groupId(pick(random, s.apiGateway().groups()).id()).build();
    }
    if (!s.apiGateway().instances().isEmpty()) {
      return DeleteInstanceRequest.builder().instanceId(pick(random, s.apiGateway().instances()).id()).build();
    }
    return createInstance(random, s);
  }
}
