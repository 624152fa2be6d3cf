package dev.cenkit.bench;

import dev.cenkit.reach.NetworkQuestion;
import dev.cenkit.reach.ReachabilityAnalyzer;
import dev.cenkit.reach.ReachabilityAnswer;
import dev.cenkit.reach.Verdict;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * B2: one warm question with its full path, from Q: reachable ones (hops), and blocked ones (every blocker with
 * its fixes). Sample mode gives p50 and p99. Before timing: the oracle agrees on a sample of Q, and every
 * question of Q is asked once (warm route tables).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class QuestionBenchmark {
  @Param({"T-small"})
  public String workload;

  /** How many questions of Q are checked against the naive oracle before timing. */
  @Param({"200"})
  public int oracleSample;

  /** How many questions Q has. */
  @Param({"100000"})
  public int questions;

  private ReachabilityAnalyzer analyzer;
  private NetworkQuestion[] reachable;
  private NetworkQuestion[] testBandwidth;
  private NetworkQuestion[] blocked;
  private int nextReachable;
  private int nextTestBandwidth;
  private int nextBlocked;

  @Setup
  public void setUp() {
    Workloads.Estate e = Workloads.estate(workload);
    List<NetworkQuestion> q = Workloads.questions(e, questions, 5);
    Workloads.checkAgainstOracle(e.cloud(), q.subList(0, Math.min(oracleSample, q.size())));
    reachable = Workloads.withVerdict(e, q, Verdict.REACHABLE).toArray(NetworkQuestion[]::new);
    testBandwidth = Workloads.withVerdict(e, q, Verdict.TEST_BANDWIDTH_ONLY).toArray(NetworkQuestion[]::new);
    blocked = Workloads.withVerdict(e, q, Verdict.UNREACHABLE).toArray(NetworkQuestion[]::new);
    reachable = orAll(reachable, q, "reachable");
    testBandwidth = orAll(testBandwidth, q, "test-bandwidth-only");
    blocked = orAll(blocked, q, "blocked");
    analyzer = e.cloud().reachability();
    System.out.println("# Q: " + reachable.length + " reachable, " + testBandwidth.length + " on test bandwidth only, "
        + blocked.length + " blocked questions");
  }

  /** The questions of one verdict, or all of Q (said on the output) when the estate has none of that verdict. */
  private static NetworkQuestion[] orAll(NetworkQuestion[] some, List<NetworkQuestion> q, String kind) {
    if (some.length > 0) {
      return some;
    }
    System.out.println("# Q has no " + kind + " questions: that benchmark times all of Q");
    return q.toArray(NetworkQuestion[]::new);
  }

  /** B2 reachable: a question whose answer is REACHABLE, with its full path. */
  @Benchmark
  public ReachabilityAnswer reachableWithPath() {
    NetworkQuestion q = reachable[nextReachable++ % reachable.length];
    return analyzer.answer(q);
  }

  /**
   * A question that flows on test bandwidth only (R12): its path, the bandwidth blocker and the bandwidth-plan fix
   * that serves every pair of its CEN and area pair.
   */
  @Benchmark
  public Object testBandwidthOnlyWithFix() {
    NetworkQuestion q = testBandwidth[nextTestBandwidth++ % testBandwidth.length];
    ReachabilityAnswer a = analyzer.answer(q);
    return a.fixes();
  }

  @Benchmark
  public Object blockedWithBlockersAndFixes() {
    NetworkQuestion q = blocked[nextBlocked++ % blocked.length];
    ReachabilityAnswer a = analyzer.answer(q);
    return a.fixes();
  }
}
