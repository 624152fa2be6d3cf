package dev.cenkit.bench;

import dev.cenkit.model.apigateway.ApiId;
import dev.cenkit.model.apigateway.Stage;
import dev.cenkit.reach.Endpoint;
import dev.cenkit.reach.MatrixCell;
import dev.cenkit.reach.ReachabilityAnalyzer;
import dev.cenkit.reach.ReachabilityMatrix;
import java.util.List;
import java.util.SplittableRandom;
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
 * B1: every client × every API of the estate ({@code fullCall} verdict and first blocker per pair) with
 * {@code reachability().matrix}. Before timing: the oracle agrees with the engine on a sample of Q, and a
 * sample of cells equals the single answers.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class MatrixBenchmark {
  @Param({"T-small"})
  public String workload;

  /** How many questions of Q are checked against the naive oracle before timing. */
  @Param({"200"})
  public int oracleSample;

  private ReachabilityAnalyzer analyzer;
  private List<Endpoint> clients;
  private List<ApiId> apis;

  @Setup
  public void setUp() {
    Workloads.Estate e = Workloads.estate(workload);
    Workloads.checkAgainstOracle(e.cloud(), Workloads.questions(e, oracleSample, 7));
    analyzer = e.cloud().reachability();
    clients = e.endpoints();
    apis = e.apis();
    ReachabilityMatrix<ApiId> m = analyzer.matrix(clients, apis, Stage.RELEASE);
    SplittableRandom random = new SplittableRandom(3);
    for (int i = 0; i < 300 && !apis.isEmpty(); i++) {
      int r = random.nextInt(clients.size());
      int c = random.nextInt(apis.size());
      MatrixCell single = MatrixCell.of(analyzer.fullCall(clients.get(r), apis.get(c), Stage.RELEASE));
      if (!m.cell(r, c).equals(single)) {
        throw new IllegalStateException("matrix cell " + m.cell(r, c) + " differs from the single answer " + single
            + " for " + clients.get(r).describe() + " -> " + apis.get(c));
      }
    }
    System.out.println("# matrix of " + clients.size() + " clients x " + apis.size() + " APIs: " + m.countByVerdict());
  }

  @Benchmark
  public ReachabilityMatrix<ApiId> clientsTimesApis() {
    return analyzer.matrix(clients, apis, Stage.RELEASE);
  }
}
