package dev.cenkit.bench;

import dev.cenkit.reach.NetworkQuestion;
import dev.cenkit.reach.ReachabilityAnalyzer;
import dev.cenkit.reach.ReachabilityAnswer;
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
  private NetworkQuestion[] flowing;
  private NetworkQuestion[] blocked;
  private int nextFlowing;
  private int nextBlocked;

  @Setup
  public void setUp() {
    Workloads.Estate e = Workloads.estate(workload);
    List<NetworkQuestion> q = Workloads.questions(e, questions, 5);
    Workloads.checkAgainstOracle(e.cloud(), q.subList(0, Math.min(oracleSample, q.size())));
    flowing = Workloads.withVerdict(e, q, true).toArray(NetworkQuestion[]::new);
    blocked = Workloads.withVerdict(e, q, false).toArray(NetworkQuestion[]::new);
    analyzer = e.cloud().reachability();
    System.out.println("# Q: " + flowing.length + " flowing, " + blocked.length + " blocked questions");
  }

  @Benchmark
  public ReachabilityAnswer reachableWithPath() {
    NetworkQuestion q = flowing[nextFlowing++ % flowing.length];
    return analyzer.answer(q);
  }

  @Benchmark
  public Object blockedWithBlockersAndFixes() {
    NetworkQuestion q = blocked[nextBlocked++ % blocked.length];
    ReachabilityAnswer a = analyzer.answer(q);
    return a.fixes();
  }
}
