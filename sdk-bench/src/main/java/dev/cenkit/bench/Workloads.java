package dev.cenkit.bench;

import dev.cenkit.dsl.ApiGatewaySpec;
import dev.cenkit.dsl.ApiGroupSpec;
import dev.cenkit.dsl.ApiSpec;
import dev.cenkit.dsl.BackendSpec;
import dev.cenkit.dsl.Cenkit;
import dev.cenkit.error.CenkitException;
import dev.cenkit.inmemory.quota.Quotas;
import dev.cenkit.model.vpc.VSwitch;
import dev.cenkit.model.vpc.Vpc;
import dev.cenkit.reach.VpcHost;
import dev.cenkit.testkit.EnterpriseOracle;
import dev.cenkit.testkit.EnterpriseTopologyGenerator;
import dev.cenkit.testkit.SecurityGroupGenerator;
import dev.cenkit.inmemory.InMemoryCloud;
import dev.cenkit.model.apigateway.ApiId;
import dev.cenkit.reach.Endpoint;
import dev.cenkit.reach.NetworkQuestion;
import dev.cenkit.reach.Protocol;
import dev.cenkit.reach.ReachabilityAnalyzer;
import dev.cenkit.reach.ReachabilityAnswer;
import dev.cenkit.reach.Verdict;
import dev.cenkit.spi.Spec;
import dev.cenkit.spi.operation.Operation;
import dev.cenkit.testkit.GeneratedTopology;
import dev.cenkit.testkit.OperationGenerator;
import dev.cenkit.testkit.ReachabilityOracle;
import dev.cenkit.testkit.TopologyGenerator;
import dev.cenkit.testkit.TopologySize;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The workloads of issue 11, from fixed seeds: the estates T-smoke (50 VPCs, for CI's smoke mode), T-small (200 VPCs), T-1k, T-10k-sparse and
 * T-10k-dense ({@link TopologySize#estate}, {@link TopologySize#denseEstate}); T-1k-sg, T-1k with security groups
 * and ECS instances (issue 13), whose instances are clients too; T-enterprise, a transit-router topology (issue 12)
 * with dedicated instances bound to its VPCs; the question set Q (half of it
 * blocked, for whatever reasons the estate has) and the mutation set M (drawn by the testkit's operation
 * generator; the share it gets rejected is measured, about one in ten). Every benchmark calls
 * {@link #checkAgainstOracle} on a sample before it times anything and fails instead of reporting a speed if
 * the engine and the naive oracle disagree.
 */
public final class Workloads {
  /** The seed of every estate. */
  public static final long SEED = 11L;

  private static final Map<String, Estate> BUILT = new ConcurrentHashMap<>();

  private Workloads() {}

  /** The size of a named estate. */
  public static TopologySize size(String workload) {
    switch (workload.endsWith("-sg") ? workload.substring(0, workload.length() - 3) : workload) {
      case "T-smoke":
        return TopologySize.estate(50);
      case "T-small":
        return TopologySize.estate(200);
      case "T-1k":
        return TopologySize.estate(1000);
      case "T-1k-dense":
        return TopologySize.denseEstate(1000);
      case "T-10k-sparse":
        return TopologySize.estate(10_000);
      case "T-10k-dense":
        return TopologySize.denseEstate(10_000);
      default:
        throw new IllegalArgumentException("unknown workload '" + workload + "'");
    }
  }

  /** A generated estate, its spec, and a cloud it was applied to. */
  public record Estate(String name, Quotas quotas, Spec spec, int operations, InMemoryCloud cloud,
      List<Endpoint> endpoints, List<ApiId> apis) {
    /** A new, empty cloud with the quotas this estate needs. */
    public InMemoryCloud emptyCloud() {
      return InMemoryCloud.builder().quotas(quotas).build();
    }
  }

  /** The topology of a named estate (not applied). */
  public static GeneratedTopology topology(String workload) {
    return TopologyGenerator.generate(SEED, size(workload));
  }

  /** The named estate, generated and applied once per JVM (the cloud is shared: benchmarks that change it copy it). */
  public static Estate estate(String workload) {
    return BUILT.computeIfAbsent(workload, Workloads::build);
  }

  /** A fresh build of the named estate, not shared. */
  public static Estate build(String workload) {
    return build(workload, true);
  }

  /**
   * A fresh build of the named estate, not shared, its cloud recording the snapshot history or not
   * ({@code InMemoryCloud.Builder#recordHistory}: a long-lived cloud that never writes itself to a file does not).
   */
  public static Estate build(String workload, boolean recordHistory) {
    if (workload.equals("T-enterprise")) {
      return enterprise();
    }
    boolean withGroups = workload.endsWith("-sg");
    if (withGroups) {
      workload = workload.substring(0, workload.length() - "-sg".length());
    }
    GeneratedTopology topology = topology(workload);
    Spec spec = topology.spec();
    InMemoryCloud cloud = InMemoryCloud.builder().quotas(topology.requiredQuotas()).recordHistory(recordHistory).build();
    GeneratedTopology.Applied applied = topology.applyTo(cloud);
    List<Endpoint> endpoints = new ArrayList<>(applied.endpoints());
    if (withGroups) {
      endpoints.addAll(new SecurityGroupGenerator().populate(new SplittableRandom(SEED), cloud));
    }
    return new Estate(withGroups ? workload + "-sg" : workload, topology.requiredQuotas(), spec, spec.steps().size(), cloud,
        List.copyOf(endpoints), applied.apis());
  }

  /**
   * T-enterprise: a transit-router topology of 4 regions with 3 VPCs each ({@link EnterpriseTopologyGenerator}),
   * a host in every vSwitch, and an API on each of a dedicated instance bound to each region's first VPC and a
   * shared instance.
   */
  private static Estate enterprise() {
    EnterpriseTopologyGenerator.EnterpriseTopology topology = EnterpriseTopologyGenerator.generate(SEED, 4, 3);
    Quotas quotas = GeneratedTopology.quotas();
    InMemoryCloud cloud = InMemoryCloud.builder().quotas(quotas).build();
    Spec spec = topology.spec().toSpec();
    cloud.apply(spec);
    List<Endpoint> endpoints = new ArrayList<>();
    Map<dev.cenkit.model.RegionId, Vpc> firstByRegion = new java.util.TreeMap<>();
    for (Vpc v : cloud.snapshot().vpc().vpcs().values()) {
      firstByRegion.putIfAbsent(v.region(), v);
      for (VSwitch vsw : cloud.snapshot().vpc().vSwitchesOf(v.id())) {
        endpoints.add(VpcHost.of(v.id(), vsw.cidrBlock().address(10).toString()));
      }
    }
    List<ApiId> apis = new ArrayList<>();
    int g = 0;
    for (Vpc v : firstByRegion.values()) {
      VSwitch vsw = cloud.snapshot().vpc().vSwitchesOf(v.id()).get(0);
      ApiGatewaySpec gateway = Cenkit.dedicatedGateway().in(v.region()).named("gw" + g).bindToExisting(vsw);
      apis.add(api(cloud, "Api" + g, Cenkit.apiGroup("group" + g).onNew(gateway).enableVpcDomain()));
      g++;
    }
    Vpc first = firstByRegion.values().iterator().next();
    apis.add(api(cloud, "OnShared", Cenkit.apiGroup("shared").onNew(Cenkit.sharedGateway(first.region())).enableVpcDomain()));
    return new Estate("T-enterprise", quotas, spec, spec.steps().size(), cloud, List.copyOf(endpoints), List.copyOf(apis));
  }

  private static ApiId api(InMemoryCloud cloud, String name, ApiGroupSpec group) {
    ApiSpec api = Cenkit.api(name).get("/" + name.toLowerCase(java.util.Locale.ROOT)).backend(BackendSpec.mock("ok"))
        .deployTo(dev.cenkit.model.apigateway.Stage.RELEASE).inNew(group);
    return cloud.apply(Spec.of(api)).resultOf(api).id();
  }

  /**
   * The question set Q: {@code count} network questions between the estate's hosts, half of them reachable
   * (or on test bandwidth only) and half blocked, drawn from {@code seed}. If the estate has too few pairs of
   * one kind, the rest are filled with the other.
   */
  public static List<NetworkQuestion> questions(Estate e, int count, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    ReachabilityAnalyzer analyzer = e.cloud().reachability();
    List<NetworkQuestion> flowing = new ArrayList<>();
    List<NetworkQuestion> blocked = new ArrayList<>();
    int half = count / 2;
    for (int tries = 0; tries < count * 20 && (flowing.size() < half || blocked.size() < count - half); tries++) {
      NetworkQuestion q = randomQuestion(e, random);
      Verdict v = analyzer.answer(q).verdict();
      if (v == Verdict.UNREACHABLE) {
        if (blocked.size() < count - half) {
          blocked.add(q);
        }
      } else if (flowing.size() < half) {
        flowing.add(q);
      }
    }
    List<NetworkQuestion> out = new ArrayList<>(count);
    for (int i = 0; out.size() < count && (i < flowing.size() || i < blocked.size()); i++) {
      if (i < flowing.size()) {
        out.add(flowing.get(i));
      }
      if (i < blocked.size() && out.size() < count) {
        out.add(blocked.get(i));
      }
    }
    return out;
  }

  /** The questions of {@code q} whose answer has {@code flows} traffic (true) or is blocked (false). */
  public static List<NetworkQuestion> withVerdict(Estate e, List<NetworkQuestion> q, boolean flows) {
    ReachabilityAnalyzer analyzer = e.cloud().reachability();
    List<NetworkQuestion> out = new ArrayList<>();
    for (NetworkQuestion question : q) {
      if ((analyzer.answer(question).verdict() != Verdict.UNREACHABLE) == flows) {
        out.add(question);
      }
    }
    return out;
  }

  /** The questions of {@code q} whose answer has the verdict {@code verdict}. */
  public static List<NetworkQuestion> withVerdict(Estate e, List<NetworkQuestion> q, Verdict verdict) {
    ReachabilityAnalyzer analyzer = e.cloud().reachability();
    List<NetworkQuestion> out = new ArrayList<>();
    for (NetworkQuestion question : q) {
      if (analyzer.answer(question).verdict() == verdict) {
        out.add(question);
      }
    }
    return out;
  }

  private static NetworkQuestion randomQuestion(Estate e, SplittableRandom random) {
    List<Endpoint> hosts = e.endpoints();
    Endpoint a = hosts.get(random.nextInt(hosts.size()));
    Endpoint b = hosts.get(random.nextInt(hosts.size()));
    return new NetworkQuestion(a, b, Protocol.TCP, 443);
  }

  /** The mutation set M: {@code count} operations drawn by the testkit's generator from the estate's state. */
  public static List<Operation<?>> mutations(Estate e, int count, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    OperationGenerator generator = new OperationGenerator();
    List<Operation<?>> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      out.add(generator.next(random, e.cloud().snapshot()));
    }
    return out;
  }

  /**
   * Checks that the engine of {@code cloud} gives the naive oracle's verdict on every question of {@code sample};
   * throws, naming the first disagreement, otherwise. Benchmarks call this before timing.
   */
  public static void checkAgainstOracle(InMemoryCloud cloud, List<NetworkQuestion> sample) {
    checkAgainstOracle(cloud.reachability(), cloud.snapshot(), sample);
  }

  /** Checks {@code engine} against the naive oracle of {@code snapshot} on every question of {@code sample}. */
  public static void checkAgainstOracle(
      ReachabilityAnalyzer engine, dev.cenkit.spi.CloudSnapshot snapshot, List<NetworkQuestion> sample) {
    // The naive oracle models no transit router; with transit routers the engine is held to the naive Enterprise oracle.
    long started = System.nanoTime();
    boolean enterprise = !dev.cenkit.inmemory.internal.Internals.state(snapshot).transitRouter().transitRouters().isEmpty();
    java.util.function.Function<NetworkQuestion, Verdict> reference;
    if (enterprise) {
      // The testkit's naive Enterprise oracle where it decides (VPC hosts, no tie-break order involved), else a
      // fresh engine of the same snapshot, which still checks the incrementally kept tables.
      EnterpriseOracle naive = new EnterpriseOracle(snapshot);
      ReachabilityAnalyzer fresh = dev.cenkit.inmemory.reach.ReachabilityEngine.of(dev.cenkit.inmemory.internal.Internals.state(snapshot));
      reference = q -> q.source() instanceof VpcHost && q.destination() instanceof VpcHost
          ? naive.verdict((VpcHost) q.source(), (VpcHost) q.destination()).orElseGet(() -> fresh.answer(q).verdict())
          : fresh.answer(q).verdict();
    } else {
      reference = new ReachabilityOracle(snapshot)::verdict;
    }
    for (NetworkQuestion q : sample) {
      ReachabilityAnswer answer = engine.answer(q);
      Verdict expected = reference.apply(q);
      if (answer.verdict() != expected) {
        throw new IllegalStateException(
            "the engine disagrees with the " + (enterprise ? "naive Enterprise oracle" : "naive oracle") + ", so no speed is reported: " + q.describe() + " engine "
                + answer.verdict() + ", oracle " + expected + "\n" + answer.explain());
      }
    }
    System.out.printf("# oracle: %d questions agree with the %s (%.2f s, the oracle's maps included)%n", sample.size(),
        enterprise ? "naive Enterprise oracle" : "naive oracle", (System.nanoTime() - started) / 1e9);
  }

  /** Applies {@code op}; answers whether it was accepted (a rejected one changes nothing). */
  public static boolean tryExecute(InMemoryCloud cloud, Operation<?> op) {
    try {
      cloud.execute(op);
      return true;
    } catch (CenkitException rejected) {
      return false;
    }
  }
}
