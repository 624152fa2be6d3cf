package dev.cenkit.bench;

import dev.cenkit.inmemory.InMemoryCloud;
import dev.cenkit.spi.ApplyResult;
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
 * B4: building the estate through the public API ({@code cloud.apply(spec)}, every rule enforced) into an empty
 * cloud. Operations per second are the spec's step count (printed) divided by the time. Before timing: the
 * oracle agrees with the engine on a sample of Q of a built estate.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class BuildBenchmark {
  @Param({"T-small"})
  public String workload;

  /** How many questions of Q are checked against the naive oracle before timing. */
  @Param({"200"})
  public int oracleSample;

  private Workloads.Estate estate;

  @Setup
  public void setUp() {
    estate = Workloads.estate(workload);
    Workloads.checkAgainstOracle(estate.cloud(), Workloads.questions(estate, oracleSample, 17));
    System.out.println("# " + workload + ": " + estate.operations() + " operations per build");
  }

  @Benchmark
  public ApplyResult build() {
    InMemoryCloud cloud = estate.emptyCloud();
    return cloud.apply(estate.spec());
  }
}
