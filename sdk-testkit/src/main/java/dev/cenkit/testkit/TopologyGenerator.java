package dev.cenkit.testkit;

import dev.cenkit.dsl.ApiGatewaySpec;
import dev.cenkit.dsl.ApiGroupSpec;
import dev.cenkit.dsl.ApiSpec;
import dev.cenkit.dsl.BackendSpec;
import dev.cenkit.dsl.BandwidthPlanSpec;
import dev.cenkit.dsl.CenSpec;
import dev.cenkit.dsl.Cenkit;
import dev.cenkit.dsl.DataCenterSpec;
import dev.cenkit.dsl.ExpressConnectSpec;
import dev.cenkit.dsl.FunctionSpec;
import dev.cenkit.dsl.VpcAccessSpec;
import dev.cenkit.dsl.VpcSpec;
import dev.cenkit.model.Area;
import dev.cenkit.model.Cidr;
import dev.cenkit.model.Ipv4Address;
import dev.cenkit.model.RegionId;
import dev.cenkit.model.apigateway.Stage;
import dev.cenkit.model.cen.AreaPair;
import dev.cenkit.model.cen.RegionPair;
import dev.cenkit.spi.Spec;
import dev.cenkit.spi.Step;
import dev.cenkit.spi.expressconnect.TerminateVirtualBorderRouterRequest;
import dev.cenkit.testkit.GeneratedTopology.BackendKind;
import dev.cenkit.testkit.GeneratedTopology.GenAllocation;
import dev.cenkit.testkit.GeneratedTopology.GenApi;
import dev.cenkit.testkit.GeneratedTopology.GenBackend;
import dev.cenkit.testkit.GeneratedTopology.GenCen;
import dev.cenkit.testkit.GeneratedTopology.GenCircuit;
import dev.cenkit.testkit.GeneratedTopology.GenDataCenter;
import dev.cenkit.testkit.GeneratedTopology.GenGroup;
import dev.cenkit.testkit.GeneratedTopology.GenInstance;
import dev.cenkit.testkit.GeneratedTopology.GenPlan;
import dev.cenkit.testkit.GeneratedTopology.GenVSwitch;
import dev.cenkit.testkit.GeneratedTopology.GenVpc;
import dev.cenkit.testkit.GeneratedTopology.LinkState;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Generates random valid topologies from a seed, in plain Java so that any driver (QuickTheories via
 * {@link CenkitGens}, a benchmark, a user's own property-testing library) can use it. The same seed and size
 * always give the same topology, and every generated topology applies without error to an empty cloud with
 * {@link GeneratedTopology#quotas()}.
 *
 * <p>Address plan: up to 200 VPCs, VPC {@code i} owns {@code 10.i.0.0/16} (with overlap it
 * may reuse an earlier block), its vSwitches {@code 10.i.(s+1).0/24}. Beyond that the wide plan gives VPC {@code i}
 * the {@code i}-th /22 of 10.0.0.0/8 (up to 16,384 VPCs) and its vSwitches the /25 blocks inside it.
 * Data center {@code d} owns {@code 192.168.d.0/24} with host {@code 192.168.d.10}; VBR peering subnets are
 * {@code 172.(31-k/256).(k%256).0/30}. Topologies beyond the narrow plan's size route each circuit to a few
 * sampled VPCs rather than to a third of all of them, and apply with {@link GeneratedTopology#quotasFor}.
 */
public final class TopologyGenerator {
  /** The most VPCs of the narrow address plan (one /16 each). */
  static final int NARROW_PLAN_VPCS = 200;

  /** The most VPCs of the wide address plan (one /22 of 10.0.0.0/8 each). */
  static final int MAX_VPCS = 16384;

  /**
   * Regions drawn from: first eight across areas (Chinese mainland, Asia-Pacific, North America, Europe), so small
   * sizes span several areas, then every other known region.
   */
  static final List<RegionId> REGIONS = regions();

  private static List<RegionId> regions() {
    List<RegionId> first =
        List.of(
            RegionId.CN_HANGZHOU,
            RegionId.CN_BEIJING,
            RegionId.CN_SHANGHAI,
            RegionId.CN_HONGKONG,
            RegionId.AP_SOUTHEAST_1,
            RegionId.US_WEST_1,
            RegionId.EU_CENTRAL_1,
            RegionId.CN_SHENZHEN);
    Set<RegionId> all = new LinkedHashSet<>(first);
    // Regions without a documented bandwidth-plan area (D8) are left out: generated plans cover every pair.
    RegionId.all().stream().filter(r -> r.knownArea().isPresent()).forEach(all::add);
    return List.copyOf(all);
  }

  private TopologyGenerator() {}

  /** A topology of {@code size} for {@code seed}. */
  public static GeneratedTopology generate(long seed, TopologySize size) {
    SplittableRandom random = new SplittableRandom(seed);
    List<GenVpc> vpcs = new ArrayList<>();
    for (int i = 0; i < size.vpcs(); i++) {
      vpcs.add(vpc(random, size, i));
    }
    // CEN membership of VPCs: size.cens() means "not attached".
    List<List<GenVpc>> vpcMembers = new ArrayList<>();
    for (int c = 0; c < size.cens(); c++) {
      vpcMembers.add(new ArrayList<>());
    }
    if (size.cens() > 0) {
      for (GenVpc v : vpcs) {
        int choice =
            size.dense() && size.cens() >= 3 && random.nextInt(10) != 0
                ? random.nextInt(3)
                : random.nextInt(size.cens() + 1);
        if (choice < size.cens()) {
          vpcMembers.get(choice).add(v);
        }
      }
    }
    // Data centers and their circuits; each circuit's VBR may join a CEN.
    List<GenDataCenter> dataCenters = new ArrayList<>();
    List<List<GenCircuit>> vbrMembers = new ArrayList<>();
    for (int c = 0; c < size.cens(); c++) {
      vbrMembers.add(new ArrayList<>());
    }
    Spec afterwards = Spec.empty();
    List<String> afterwardsCode = new ArrayList<>();
    int peering = 0;
    for (int d = 0; d < size.dataCenters(); d++) {
      String name = "idc" + d;
      Cidr prefix = Cidr.of("192.168." + d + ".0/24");
      Ipv4Address host = prefix.address(10);
      DataCenterSpec dcSpec = Cenkit.dataCenter(name).prefix(prefix.toString()).host("host", host.toString());
      List<GenCircuit> circuits = new ArrayList<>();
      Set<Cidr> routed = new LinkedHashSet<>();
      int count = 1 + random.nextInt(size.circuitsPerDataCenter());
      for (int k = 0; k < count; k++) {
        String circuitName = name + "line" + k;
        RegionId region = REGIONS.get(random.nextInt(size.regions()));
        int vlan = 100 + k;
        String peeringNet = "172." + (31 - peering / 256) + "." + (peering % 256);
        String localIp = peeringNet + ".1";
        String peerIp = peeringNet + ".2";
        peering++;
        ExpressConnectSpec line =
            Cenkit.circuit().in(region).named(circuitName)
                .vbr(Cenkit.vbr(vlan).localIp(localIp).peerIp(peerIp).mask(30))
                .routesToNew(dcSpec);
        List<Cidr> dcRoutes = new ArrayList<>();
        if (size.vpcs() <= NARROW_PLAN_VPCS) {
          for (GenVpc v : vpcs) {
            if (random.nextInt(3) == 0 && routed.add(v.cidr())) {
              dcRoutes.add(v.cidr());
              line = line.dataCenterRoute(v.cidr().toString());
            }
          }
        } else {
          int sampled = 1 + random.nextInt(8);
          for (int n = 0; n < sampled; n++) {
            GenVpc v = vpcs.get(random.nextInt(vpcs.size()));
            if (routed.add(v.cidr())) {
              dcRoutes.add(v.cidr());
              line = line.dataCenterRoute(v.cidr().toString());
            }
          }
        }
        Optional<String> cen = Optional.empty();
        int choice = size.cens() == 0 ? 0 : random.nextInt(size.cens() + 1);
        if (choice < size.cens()) {
          cen = Optional.of("cen" + choice);
        }
        LinkState state = size.inactiveLinks() && random.nextInt(5) == 0 ? LinkState.VBR_TERMINATED : LinkState.ACTIVE;
        if (state == LinkState.VBR_TERMINATED) {
          ExpressConnectSpec l = line;
          afterwards =
              afterwards.plus(
                  Step.of("terminate the VBR of " + circuitName,
                      b -> TerminateVirtualBorderRouterRequest.builder().vbrId(b.resolve(l.ref())).build()));
          afterwardsCode.add(
              "cloud.terminateVirtualBorderRouter(b -> b.vbrId(result.id(" + circuitName + ".ref())));");
        }
        GenCircuit circuit = new GenCircuit(circuitName, region, vlan, localIp, peerIp, dcRoutes, cen, state, line);
        circuits.add(circuit);
        cen.ifPresent(c -> vbrMembers.get(Integer.parseInt(c.substring(3))).add(circuit));
      }
      dataCenters.add(new GenDataCenter(name, prefix, host, circuits, dcSpec));
    }
    List<GenCen> cens = new ArrayList<>();
    for (int c = 0; c < size.cens(); c++) {
      CenSpec spec = Cenkit.cen().named("cen" + c);
      List<String> attached = new ArrayList<>();
      Set<RegionId> regions = new LinkedHashSet<>();
      for (GenVpc v : vpcMembers.get(c)) {
        spec = spec.attachNew(v.spec());
        attached.add(v.name());
        regions.add(v.region());
      }
      for (GenCircuit k : vbrMembers.get(c)) {
        spec = k.spec().attachedTo(spec);
        attached.add(k.name());
        regions.add(k.region());
      }
      List<GenPlan> plans = size.bandwidthPlans() ? plans(random, new ArrayList<>(regions)) : List.of();
      for (GenPlan p : plans) {
        BandwidthPlanSpec plan = Cenkit.bandwidthPlan(p.mbps()).between(p.areaA(), p.areaB());
        for (GenAllocation a : p.allocations()) {
          plan = plan.allocate(a.local(), a.opposite(), a.mbps());
        }
        spec = spec.bandwidth(plan);
      }
      cens.add(new GenCen("cen" + c, attached, plans, spec));
    }
    List<GenInstance> instances = new ArrayList<>();
    List<GenGroup> groups = new ArrayList<>();
    List<GenApi> apis = new ArrayList<>();
    int[] counter = {0};
    for (int i = 0; i < size.apiInstances(); i++) {
      GenInstance instance = instance(random, size, i, vpcs);
      instances.add(instance);
      int groupCount = 1 + random.nextInt(size.groupsPerInstance());
      for (int g = 0; g < groupCount; g++) {
        String groupName = "group" + i + "x" + g;
        boolean vpcDomain = random.nextBoolean();
        ApiGroupSpec group = Cenkit.apiGroup(groupName).onNew(instance.spec());
        if (vpcDomain) {
          group = group.enableVpcDomain();
        }
        GenGroup genGroup = new GenGroup(groupName, instance.name(), instance.region(), vpcDomain, group);
        groups.add(genGroup);
        int apiCount = random.nextInt(size.apisPerGroup() + 1);
        for (int a = 0; a < apiCount; a++) {
          apis.add(api(random, size, "Api" + i + "x" + g + "x" + a, instance, genGroup, vpcs, dataCenters, counter));
        }
      }
    }
    return new GeneratedTopology(seed, size, vpcs, cens, dataCenters, instances, groups, apis, afterwards, afterwardsCode);
  }

  /** The {@code part}-th block of {@code length} inside the {@code block}-th /22 of 10.0.0.0/8 (the wide plan). */
  private static Cidr wideBlock(int block, int part, int length) {
    long base = (10L << 24) + ((long) block << 10) + ((long) part << (32 - length));
    return Cidr.of(((base >> 24) & 255) + "." + ((base >> 16) & 255) + "." + ((base >> 8) & 255) + "." + (base & 255) + "/" + length);
  }

  private static GenVpc vpc(SplittableRandom random, TopologySize size, int index) {
    RegionId region = REGIONS.get(random.nextInt(size.regions()));
    // Without overlap VPC i owns its own block (see the address plan); with overlap it may reuse an earlier one.
    int block = size.overlapping() && index > 0 && random.nextInt(4) == 0 ? random.nextInt(index) : index;
    boolean wide = size.vpcs() > NARROW_PLAN_VPCS;
    Cidr cidr = wide ? wideBlock(block, 0, 22) : Cidr.of("10." + block + ".0.0/16");
    String name = "vpc" + index;
    int count = 1 + random.nextInt(size.vSwitchesPerVpc());
    List<GenVSwitch> vSwitches = new ArrayList<>();
    VpcSpec spec = Cenkit.vpc(region).named(name).cidr(cidr);
    String prefix = "10." + block;
    for (int s = 0; s < count; s++) {
      Cidr vSwitchBlock = wide ? wideBlock(block, s, 25) : Cidr.of(prefix + "." + (s + 1) + ".0/24");
      GenVSwitch vsw = new GenVSwitch(region.id() + "-a", vSwitchBlock);
      vSwitches.add(vsw);
      spec = spec.vSwitch(vsw.zoneId(), vsw.cidr().toString());
    }
    return new GenVpc(name, region, cidr, vSwitches, spec);
  }

  /**
   * Bandwidth plans for a CEN whose members are in {@code regions}: at most one plan per area pair (R15), each
   * of 2 to 20 Mbit/s (R13), allocating to some region pairs of its areas (R18, R21) no more than its size in
   * total (R19); only regions with members get bandwidth (N1).
   */
  private static List<GenPlan> plans(SplittableRandom random, List<RegionId> regions) {
    Map<AreaPair, List<RegionPair>> pairsByArea = new LinkedHashMap<>();
    for (int a = 0; a < regions.size(); a++) {
      for (int b = a + 1; b < regions.size(); b++) {
        RegionPair pair = RegionPair.of(regions.get(a), regions.get(b));
        pairsByArea.computeIfAbsent(pair.areas(), k -> new ArrayList<>()).add(pair);
      }
    }
    List<GenPlan> plans = new ArrayList<>();
    for (Map.Entry<AreaPair, List<RegionPair>> e : pairsByArea.entrySet()) {
      if (random.nextInt(3) == 0) {
        continue; // no plan for these areas: their pairs stay on test bandwidth
      }
      long mbps = 2 + random.nextInt(19);
      long left = mbps;
      List<GenAllocation> allocations = new ArrayList<>();
      for (RegionPair pair : e.getValue()) {
        if (left < 1 || random.nextInt(4) == 0) {
          continue;
        }
        long give = 1 + random.nextInt((int) Math.min(left, 10));
        left -= give;
        allocations.add(new GenAllocation(pair.first(), pair.second(), give));
      }
      Area a = e.getKey().first();
      Area b = e.getKey().second();
      plans.add(new GenPlan(mbps, a, b, allocations));
    }
    return plans;
  }

  /** The instance CIDR block of generated {@code vpc_connect} instances (R55). */
  static final String INSTANCE_CIDR = "172.16.0.0/12";

  private static GenInstance instance(SplittableRandom random, TopologySize size, int index, List<GenVpc> vpcs) {
    String name = "gw" + index;
    RegionId region = REGIONS.get(random.nextInt(size.regions()));
    boolean dedicated = random.nextInt(3) != 0;
    if (!dedicated) {
      return new GenInstance(name, region, false, Optional.empty(), Optional.empty(), Cenkit.sharedGateway(region));
    }
    List<GenVpc> local = vpcs.stream().filter(v -> v.region().equals(region)).toList();
    ApiGatewaySpec spec = Cenkit.dedicatedGateway().in(region).named(name);
    if (!local.isEmpty() && random.nextBoolean()) {
      GenVpc bound = local.get(random.nextInt(local.size()));
      return new GenInstance(name, region, true, Optional.of(bound.name()), Optional.empty(), spec.bindToNew(bound.spec()));
    }
    if (!local.isEmpty() && random.nextInt(3) == 0) {
      // vpc_connect (R53): its egress addresses are addresses of the connected VPC.
      GenVpc connected = local.get(random.nextInt(local.size()));
      return new GenInstance(name, region, true, Optional.empty(), Optional.of(connected.name()),
          Cenkit.vpcIntegrationGateway().in(region).named(name).connectToNew(connected.spec(), INSTANCE_CIDR));
    }
    return new GenInstance(name, region, true, Optional.empty(), Optional.empty(), spec.zone(region.id() + "-a"));
  }

  private static GenApi api(
      SplittableRandom random,
      TopologySize size,
      String name,
      GenInstance instance,
      GenGroup group,
      List<GenVpc> vpcs,
      List<GenDataCenter> dataCenters,
      int[] counter) {
    BackendKind kind = BackendKind.values()[random.nextInt(BackendKind.values().length)];
    List<GenVpc> local =
        instance.connectedVpc().isPresent()
            ? vpcs.stream().filter(v -> v.name().equals(instance.connectedVpc().get())).toList() // R53
            : vpcs.stream().filter(v -> v.region().equals(instance.region())).toList();
    if ((kind == BackendKind.VPC_ACCESS_IN_VPC || kind == BackendKind.VPC_ACCESS_IN_DATA_CENTER) && local.isEmpty()) {
      kind = BackendKind.MOCK; // an authorization needs a VPC in the group's region (R65, R68)
    }
    if (kind == BackendKind.VPC_ACCESS_IN_DATA_CENTER && (dataCenters.isEmpty() || !instance.dedicated())) {
      kind = BackendKind.VPC_ACCESS_IN_VPC; // R71: a data-center backend needs a dedicated instance
    }
    BackendSpec backend;
    GenBackend gen;
    int n = counter[0]++;
    switch (kind) {
      case FUNCTION: {
        RegionId region = random.nextInt(4) == 0 ? REGIONS.get(random.nextInt(size.regions())) : instance.region();
        String fn = "fn" + n;
        FunctionSpec function = Cenkit.function(region).named(fn);
        backend = Cenkit.functionBackend(function);
        gen = new GenBackend(kind, "Cenkit.functionBackend(" + fn + ")",
            "FunctionSpec " + fn + " = Cenkit.function(RegionId.of(\"" + region + "\")).named(\"" + fn + "\");");
        break;
      }
      case HTTP:
        backend = BackendSpec.http("http://api.example.com");
        gen = new GenBackend(kind, "BackendSpec.http(\"http://api.example.com\")", "");
        break;
      case VPC_ACCESS_IN_VPC:
      case VPC_ACCESS_IN_DATA_CENTER: {
        GenVpc vpc = local.get(random.nextInt(local.size()));
        String ip;
        if (kind == BackendKind.VPC_ACCESS_IN_VPC) {
          // R71: an address outside the authorized VPC counts as reached through it, dedicated instances only.
          GenVpc target = instance.dedicated() ? local.get(random.nextInt(local.size())) : vpc;
          ip = target.vSwitches().get(random.nextInt(target.vSwitches().size())).cidr().address(10).toString();
        } else {
          ip = dataCenters.get(random.nextInt(dataCenters.size())).host().toString();
        }
        String access = "access" + n;
        int port = 8000 + n; // R66: one authorization per VPC, target and port
        VpcAccessSpec spec = Cenkit.vpcAccess(access).inNewVpc(vpc.spec()).ip(ip).port(port);
        backend = BackendSpec.vpc(spec, "/");
        gen = new GenBackend(kind, "BackendSpec.vpc(" + access + ", \"/\")",
            "VpcAccessSpec " + access + " = Cenkit.vpcAccess(\"" + access + "\").inNewVpc(" + vpc.name() + ").ip(\"" + ip
                + "\").port(" + port + ");");
        break;
      }
      default:
        backend = BackendSpec.mock("ok");
        gen = new GenBackend(BackendKind.MOCK, "BackendSpec.mock(\"ok\")", "");
    }
    boolean deployed = random.nextBoolean();
    ApiSpec api = Cenkit.api(name).get("/" + name.toLowerCase(java.util.Locale.ROOT)).backend(backend);
    if (deployed) {
      api = api.deployTo(Stage.RELEASE);
    }
    return new GenApi(name, group.name(), gen, deployed, api.inNew(group.spec()));
  }
}
