package dev.cenkit.testkit;

import dev.cenkit.dsl.ApiGatewaySpec;
import dev.cenkit.dsl.ApiGroupSpec;
import dev.cenkit.dsl.ApiSpec;
import dev.cenkit.dsl.CenSpec;
import dev.cenkit.dsl.DataCenterSpec;
import dev.cenkit.dsl.ExpressConnectSpec;
import dev.cenkit.dsl.VpcSpec;
import dev.cenkit.inmemory.quota.Quotas;
import dev.cenkit.model.Area;
import dev.cenkit.model.Cidr;
import dev.cenkit.model.Ipv4Address;
import dev.cenkit.model.RegionId;
import dev.cenkit.model.apigateway.ApiId;
import dev.cenkit.model.expressconnect.DataCenterId;
import dev.cenkit.reach.DataCenterHost;
import dev.cenkit.reach.Endpoint;
import dev.cenkit.reach.VpcHost;
import dev.cenkit.spi.ApplyResult;
import dev.cenkit.spi.CloudProvider;
import dev.cenkit.spi.Spec;
import dev.cenkit.spi.SpecSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A random valid topology: plain data from which both the spec to apply and the equivalent cenkit builder
 * code are derived, so a shrunk counterexample can be pasted into a test.
 */
public final class GeneratedTopology {
  /** A generated vSwitch. */
  public record GenVSwitch(String zoneId, Cidr cidr) {}

  /** A generated VPC. */
  public record GenVpc(String name, RegionId region, Cidr cidr, List<GenVSwitch> vSwitches, VpcSpec spec) {}

  /** One inter-region allocation drawn from a bandwidth plan. */
  public record GenAllocation(RegionId local, RegionId opposite, long mbps) {}

  /** A bandwidth plan bought for a CEN, between two areas, and its allocations. */
  public record GenPlan(long mbps, Area areaA, Area areaB, List<GenAllocation> allocations) {}

  /**
   * A generated CEN: the names of the VPCs and circuits (whose VBR is attached) in attach order, and its
   * bandwidth plans.
   */
  public record GenCen(String name, List<String> attached, List<GenPlan> plans, CenSpec spec) {}

  /** Whether a generated circuit's VBR is usable. */
  public enum LinkState {
    /** Circuit Enabled and VBR active. */
    ACTIVE,
    /** The VBR was terminated after the topology was built (R44). */
    VBR_TERMINATED
  }

  /**
   * A generated Express Connect circuit with one VBR, landing in a data center.
   *
   * @param name the circuit's name (the variable name in the printed code)
   * @param region the region of the circuit and VBR
   * @param vlan the VBR's VLAN id
   * @param localIp the VBR's Alibaba Cloud side address (/30)
   * @param peerIp the customer side address
   * @param dataCenterRoutes what the data center sends to this VBR (VPC blocks)
   * @param cen the name of the CEN the VBR is attached to, if any
   * @param state whether the link is usable
   * @param spec the spec that creates it
   */
  public record GenCircuit(
      String name,
      RegionId region,
      int vlan,
      String localIp,
      String peerIp,
      List<Cidr> dataCenterRoutes,
      Optional<String> cen,
      LinkState state,
      ExpressConnectSpec spec) {}

  /** A generated data center with one prefix and one host, and its circuits. */
  public record GenDataCenter(String name, Cidr prefix, Ipv4Address host, List<GenCircuit> circuits, DataCenterSpec spec) {}

  /**
   * A generated API Gateway instance: dedicated (bound to a VPC of its region, connected to one as
   * {@code vpc_connect}, or neither) or shared.
   */
  public record GenInstance(
      String name, RegionId region, boolean dedicated, Optional<String> boundVpc, Optional<String> connectedVpc,
      ApiGatewaySpec spec) {}

  /** A generated API group on an instance, with its VPC second-level domain enabled or not. */
  public record GenGroup(String name, String instance, RegionId region, boolean vpcDomain, ApiGroupSpec spec) {}

  /** The kinds of API backend the generator draws. */
  public enum BackendKind {
    /** A Function Compute function (in the group's region or another, R72). */
    FUNCTION,
    /** An HTTP backend on the Internet. */
    HTTP,
    /** A VPC access authorization to an address in a VPC. */
    VPC_ACCESS_IN_VPC,
    /** A VPC access authorization to an address in a data center (dedicated instances only, R71). */
    VPC_ACCESS_IN_DATA_CENTER,
    /** A mock answer. */
    MOCK
  }

  /**
   * The backend of a generated API.
   *
   * @param kind the kind
   * @param code the builder code of the backend (with its function or authorization)
   * @param prelude builder code that declares what the backend refers to, or empty
   */
  public record GenBackend(BackendKind kind, String code, String prelude) {}

  /** A generated API in a group, deployed to RELEASE or not. */
  public record GenApi(String name, String group, GenBackend backend, boolean deployed, ApiSpec spec) {}

  private final long seed;
  private final TopologySize size;
  private final List<GenVpc> vpcs;
  private final List<GenCen> cens;
  private final List<GenDataCenter> dataCenters;
  private final List<GenInstance> instances;
  private final List<GenGroup> groups;
  private final List<GenApi> apis;
  private final Spec afterwards;
  private final List<String> afterwardsCode;

  GeneratedTopology(
      long seed,
      TopologySize size,
      List<GenVpc> vpcs,
      List<GenCen> cens,
      List<GenDataCenter> dataCenters,
      List<GenInstance> instances,
      List<GenGroup> groups,
      List<GenApi> apis,
      Spec afterwards,
      List<String> afterwardsCode) {
    this.seed = seed;
    this.size = size;
    this.vpcs = List.copyOf(vpcs);
    this.cens = List.copyOf(cens);
    this.dataCenters = List.copyOf(dataCenters);
    this.instances = List.copyOf(instances);
    this.groups = List.copyOf(groups);
    this.apis = List.copyOf(apis);
    this.afterwards = afterwards;
    this.afterwardsCode = List.copyOf(afterwardsCode);
  }

  /** The seed it was generated from: the same seed gives the same topology. */
  public long seed() {
    return seed;
  }

  /** The size it was generated with. */
  public TopologySize size() {
    return size;
  }

  /** The VPCs. */
  public List<GenVpc> vpcs() {
    return vpcs;
  }

  /** The CENs. */
  public List<GenCen> cens() {
    return cens;
  }

  /** The data centers and their circuits. */
  public List<GenDataCenter> dataCenters() {
    return dataCenters;
  }

  /** The API Gateway instances. */
  public List<GenInstance> instances() {
    return instances;
  }

  /** The API groups. */
  public List<GenGroup> groups() {
    return groups;
  }

  /** The APIs. */
  public List<GenApi> apis() {
    return apis;
  }

  /** Quotas large enough for any generated topology. */
  public static Quotas quotas() {
    return Quotas.builder().vpcsPerRegion(250).childInstancesPerRegionPerCen(250).regionsPerCen(8).build();
  }

  /**
   * The quotas a topology of {@code size} needs, raised explicitly above the documented defaults for large
   * estates (issue 11): VPCs per region, instances per CEN and region, regions per CEN, CENs per account, API
   * Gateway instances, groups and authorizations per region. Small sizes get {@link #quotas()}.
   */
  public static Quotas quotasFor(TopologySize size) {
    if (!size.large()) {
      return quotas();
    }
    int apis = Math.max(1, size.apiInstances() * size.groupsPerInstance() * Math.max(1, size.apisPerGroup()));
    return Quotas.builder()
        .vpcsPerRegion(Math.max(250, size.vpcs()))
        .childInstancesPerRegionPerCen(Math.max(250, size.vpcs() + size.dataCenters() * size.circuitsPerDataCenter()))
        .regionsPerCen(TopologyGenerator.REGIONS.size())
        .censPerAccount(Math.max(5, size.cens()))
        .apiGatewayInstancesPerRegion(Math.max(10, size.apiInstances()))
        .apiGroupsPerRegion(Math.max(200, size.apiInstances() * size.groupsPerInstance()))
        .vpcAccessesPerRegion(Math.max(200, apis))
        .build();
  }

  /** The quotas this topology needs: {@link #quotasFor} its size. */
  public Quotas requiredQuotas() {
    return quotasFor(size);
  }

  /** The spec that creates the whole topology. */
  public Spec spec() {
    List<SpecSource> parts = new ArrayList<>();
    vpcs.forEach(v -> parts.add(v.spec()));
    for (GenDataCenter d : dataCenters) {
      parts.add(d.spec());
      d.circuits().forEach(c -> parts.add(c.spec()));
    }
    cens.forEach(c -> parts.add(c.spec()));
    instances.forEach(i -> parts.add(i.spec()));
    groups.forEach(g -> parts.add(g.spec()));
    apis.forEach(a -> parts.add(a.spec()));
    parts.add(afterwards);
    return Spec.of(parts);
  }

  /** Applies the topology to {@code cloud} and returns where everything landed. */
  public Applied applyTo(CloudProvider cloud) {
    return new Applied(cloud.apply(spec()));
  }

  /** The topology after it was applied: ids and hosts to ask questions about. */
  public final class Applied {
    private final ApplyResult result;

    Applied(ApplyResult result) {
      this.result = result;
    }

    /** The apply result. */
    public ApplyResult result() {
      return result;
    }

    /** One host per vSwitch: the tenth address of its block. */
    public List<VpcHost> hosts() {
      List<VpcHost> hosts = new ArrayList<>();
      for (GenVpc v : vpcs) {
        for (GenVSwitch s : v.vSwitches()) {
          hosts.add(new VpcHost(result.id(v.spec().ref()), s.cidr().address(10)));
        }
      }
      return hosts;
    }

    /** One host per data center. */
    public List<DataCenterHost> dataCenterHosts() {
      List<DataCenterHost> hosts = new ArrayList<>();
      for (GenDataCenter d : dataCenters) {
        DataCenterId id = result.id(d.spec().ref());
        hosts.add(DataCenterHost.of(id, d.host().toString()));
      }
      return hosts;
    }

    /** The VPC hosts, then the data-center hosts. */
    public List<Endpoint> endpoints() {
      List<Endpoint> all = new ArrayList<>(hosts());
      all.addAll(dataCenterHosts());
      return all;
    }

    /** The ids of the APIs, in generation order. */
    public List<ApiId> apis() {
      List<ApiId> ids = new ArrayList<>();
      apis.forEach(a -> ids.add(result.id(a.spec().ref())));
      return ids;
    }
  }

  /** The topology as cenkit builder code that creates it. */
  public String toJavaCode() {
    StringBuilder sb = new StringBuilder();
    sb.append("// reproduce with TopologyGenerator.generate(").append(seed).append("L, ").append(size.toJavaCode())
        .append(")\n");
    List<String> names = new ArrayList<>();
    for (GenVpc v : vpcs) {
      sb.append("VpcSpec ").append(v.name()).append(" = Cenkit.vpc(RegionId.of(\"").append(v.region())
          .append("\")).named(\"").append(v.name()).append("\").cidr(\"").append(v.cidr()).append("\")");
      for (GenVSwitch s : v.vSwitches()) {
        sb.append("\n    .vSwitch(\"").append(s.zoneId()).append("\", \"").append(s.cidr()).append("\")");
      }
      sb.append(";\n");
      names.add(v.name());
    }
    for (GenDataCenter d : dataCenters) {
      sb.append("DataCenterSpec ").append(d.name()).append(" = Cenkit.dataCenter(\"").append(d.name())
          .append("\").prefix(\"").append(d.prefix()).append("\").host(\"host\", \"").append(d.host()).append("\");\n");
      names.add(d.name());
      for (GenCircuit c : d.circuits()) {
        sb.append("ExpressConnectSpec ").append(c.name()).append(" = Cenkit.circuit().in(RegionId.of(\"")
            .append(c.region()).append("\")).named(\"").append(c.name()).append("\")\n    .vbr(Cenkit.vbr(")
            .append(c.vlan()).append(").localIp(\"").append(c.localIp()).append("\").peerIp(\"").append(c.peerIp())
            .append("\").mask(30)).routesToNew(").append(d.name()).append(')');
        c.dataCenterRoutes().forEach(r -> sb.append("\n    .dataCenterRoute(\"").append(r).append("\")"));
        sb.append(";");
        if (c.state() != LinkState.ACTIVE) {
          sb.append(" // VBR terminated afterwards");
        }
        sb.append('\n');
        names.add(c.name());
      }
    }
    for (GenCen c : cens) {
      sb.append("CenSpec ").append(c.name()).append(" = Cenkit.cen().named(\"").append(c.name()).append("\")");
      for (String a : c.attached()) {
        if (a.startsWith("vpc")) {
          sb.append(".attachNew(").append(a).append(')');
        }
      }
      sb.append(";\n");
      for (String a : c.attached()) {
        if (!a.startsWith("vpc")) {
          sb.append(c.name()).append(" = ").append(a).append(".attachedTo(").append(c.name()).append(");\n");
        }
      }
      for (GenPlan p : c.plans()) {
        sb.append(c.name()).append(" = ").append(c.name()).append(".bandwidth(Cenkit.bandwidthPlan(").append(p.mbps())
            .append(").between(Area.").append(p.areaA().name()).append(", Area.").append(p.areaB().name()).append(')');
        for (GenAllocation a : p.allocations()) {
          sb.append("\n    .allocate(RegionId.of(\"").append(a.local()).append("\"), RegionId.of(\"").append(a.opposite())
              .append("\"), ").append(a.mbps()).append(')');
        }
        sb.append(");\n");
      }
      names.add(c.name());
    }
    for (GenInstance i : instances) {
      if (!i.dedicated()) {
        sb.append("ApiGatewaySpec ").append(i.name()).append(" = Cenkit.sharedGateway(RegionId.of(\"").append(i.region()).append("\"));\n");
        names.add(i.name());
        continue;
      }
      sb.append("ApiGatewaySpec ").append(i.name()).append(" = Cenkit.")
          .append(i.connectedVpc().isPresent() ? "vpcIntegrationGateway()" : "dedicatedGateway()")
          .append(".in(RegionId.of(\"").append(i.region())
          .append("\")).named(\"").append(i.name()).append("\")");
      if (i.connectedVpc().isPresent()) {
        sb.append(".connectToNew(").append(i.connectedVpc().get()).append(", \"").append(TopologyGenerator.INSTANCE_CIDR).append("\")");
      } else if (i.dedicated()) {
        sb.append(i.boundVpc().map(v -> ".bindToNew(" + v + ")").orElse(".zone(\"" + i.region() + "-a\")"));
      }
      sb.append(";\n");
      names.add(i.name());
    }
    for (GenGroup g : groups) {
      sb.append("ApiGroupSpec ").append(g.name()).append(" = Cenkit.apiGroup(\"").append(g.name()).append("\").onNew(")
          .append(g.instance()).append(')').append(g.vpcDomain() ? ".enableVpcDomain()" : "").append(";\n");
      names.add(g.name());
    }
    for (GenApi a : apis) {
      if (!a.backend().prelude().isEmpty()) {
        sb.append(a.backend().prelude()).append('\n');
      }
      sb.append("ApiSpec ").append(a.name()).append(" = Cenkit.api(\"").append(a.name()).append("\").get(\"/")
          .append(a.name().toLowerCase(java.util.Locale.ROOT)).append("\").backend(").append(a.backend().code())
          .append(')').append(a.deployed() ? ".deployTo(Stage.RELEASE)" : "").append(".inNew(").append(a.group())
          .append(");\n");
      names.add(a.name());
    }
    sb.append("Spec spec = Spec.of(").append(String.join(", ", names)).append(");\n");
    sb.append("ApplyResult result = cloud.apply(spec);\n");
    for (String line : afterwardsCode) {
      sb.append(line).append('\n');
    }
    return sb.toString();
  }

  @Override
  public String toString() {
    return toJavaCode();
  }
}
