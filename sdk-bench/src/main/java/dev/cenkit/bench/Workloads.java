package dev.cenkit.bench;

import dev.cenkit.error.CenkitException;
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
 * T-10k-dense ({@link TopologySize#estate}, {@link TopologySize#denseEstate}), the question set Q (half of it
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
    switch (workload) {
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
  public record Estate(String name, GeneratedTopology topology, Spec spec, int operations, InMemoryCloud cloud,
      List<Endpoint> endpoints, List<ApiId> apis) {
    /** A new, empty cloud with the quotas this estate needs. */
    public InMemoryCloud emptyCloud() {
      return InMemoryCloud.builder().quotas(topology.requiredQuotas()).build();
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
    GeneratedTopology topology = topology(workload);
    Spec spec = topology.spec();
    InMemoryCloud cloud = InMemoryCloud.builder().quotas(topology.requiredQuotas()).build();
    GeneratedTopology.Applied applied = topology.applyTo(cloud);
    return new Estate(workload, topology, spec, spec.steps().size(), cloud, applied.endpoints(), applied.apis());
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
    ReachabilityOracle oracle = new ReachabilityOracle(snapshot);
    for (NetworkQuestion q : sample) {
      ReachabilityAnswer answer = engine.answer(q);
      Verdict expected = oracle.verdict(q);
      if (answer.verdict() != expected) {
        throw new IllegalStateException(
            "the engine disagrees with the naive oracle, so no speed is reported: " + q.describe() + " engine "
                + answer.verdict() + ", oracle " + expected + "\n" + answer.explain());
      }
    }
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
