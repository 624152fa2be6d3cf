package dev.cenkit.bench;

import dev.cenkit.inmemory.InMemoryCloud;
import dev.cenkit.reach.NetworkQuestion;
import dev.cenkit.reach.ReachabilityAnswer;
import dev.cenkit.spi.operation.Operation;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * B3: one mutation from M validated and applied (or rejected, changing nothing), then one question from Q.
 * Each iteration starts from a fresh build of the estate and replays M in order (wrapping around), so routing
 * and non-routing mutations alike are measured with the incremental engine. Before timing: the oracle agrees on
 * a sample of Q, and again after M has been replayed once.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class MutationBenchmark {
  @Param({"T-small"})
  public String workload;

  /** How many questions of Q are checked against the naive oracle before timing. */
  @Param({"200"})
  public int oracleSample;

  /** How many mutations M has. */
  @Param({"10000"})
  public int mutations;

  private List<Operation<?>> m;
  private NetworkQuestion[] q;
  private InMemoryCloud cloud;
  private int next;

  @Setup(Level.Trial)
  public void setUp() {
    Workloads.Estate e = Workloads.estate(workload);
    m = Workloads.mutations(e, mutations, 9);
    List<NetworkQuestion> questions = Workloads.questions(e, 2000, 13);
    q = questions.toArray(NetworkQuestion[]::new);
    InMemoryCloud replayed = Workloads.build(workload).cloud();
    Workloads.checkAgainstOracle(replayed, questions.subList(0, Math.min(oracleSample, questions.size())));
    int rejected = 0;
    for (Operation<?> op : m) {
      if (!Workloads.tryExecute(replayed, op)) {
        rejected++;
      }
      replayed.reachability();
    }
    Workloads.checkAgainstOracle(replayed, questions.subList(0, Math.min(oracleSample, questions.size())));
    System.out.println("# M: " + m.size() + " mutations, " + rejected + " rejected on the first replay");
  }

  @Setup(Level.Iteration)
  public void freshEstate() {
    cloud = Workloads.build(workload).cloud();
    cloud.reachability().answer(q[0]);
    next = 0;
  }

  @Benchmark
  public ReachabilityAnswer mutateThenAsk() {
    int i = next++;
    Workloads.tryExecute(cloud, m.get(i % m.size()));
    return cloud.reachability().answer(q[i % q.length]);
  }
}
