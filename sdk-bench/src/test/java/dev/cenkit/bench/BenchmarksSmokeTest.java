package dev.cenkit.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cenkit.reach.NetworkQuestion;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * The smoke mode CI runs: every benchmark once on T-smoke (50 VPCs), in this JVM, for a few hundred milliseconds — to
 * prove the benchmarks compile, their oracle checks pass and they run, never to measure speed (timing stays in
 * JMH runs of {@code benchmarks.jar}, see README.md).
 */
class BenchmarksSmokeTest {
  @org.junit.jupiter.api.BeforeAll
  static void smokeRunsNeedNoMachineWideLock() {
    // JMH's /tmp/jmh.lock keeps two measuring runs apart; smoke runs measure nothing, and other checkouts on this
    // machine may be running theirs at the same time.
    System.setProperty("jmh.ignoreLock", "true");
  }

  @Test
  void everyBenchmarkRunsOnceOnTheSmokeEstateAfterItsOracleCheck() throws RunnerException {
    Options options =
        new OptionsBuilder()
            .include("dev\\.cenkit\\.bench\\..*Benchmark\\..*")
            .param("workload", "T-smoke")
            .param("questions", "200")
            .param("mutations", "100")
            .param("oracleSample", "50")
            .forks(0)
            .warmupIterations(0)
            .measurementIterations(1)
            .measurementTime(TimeValue.milliseconds(200))
            .shouldFailOnError(true)
            .build();
    Collection<RunResult> results = new Runner(options).run();
    assertThat(results).extracting(r -> r.getParams().getBenchmark())
        .contains(
            "dev.cenkit.bench.MatrixBenchmark.clientsTimesApis",
            "dev.cenkit.bench.QuestionBenchmark.reachableWithPath",
            "dev.cenkit.bench.QuestionBenchmark.testBandwidthOnlyWithFix",
            "dev.cenkit.bench.QuestionBenchmark.blockedWithBlockersAndFixes",
            "dev.cenkit.bench.MutationBenchmark.mutateThenAsk",
            "dev.cenkit.bench.BuildBenchmark.build");
  }

  @Test
  void theMatrixAndQuestionBenchmarksRunOnTheSecurityGroupAndEnterpriseWorkloads() throws RunnerException {
    Options options =
        new OptionsBuilder()
            .include("dev\\.cenkit\\.bench\\.(Matrix|Question)Benchmark\\..*")
            .param("workload", "T-smoke-sg", "T-enterprise")
            .param("questions", "100")
            .param("oracleSample", "50")
            .forks(0)
            .warmupIterations(0)
            .measurementIterations(1)
            .measurementTime(TimeValue.milliseconds(100))
            .shouldFailOnError(true)
            .build();
    Collection<RunResult> results = new Runner(options).run();
    assertThat(results).extracting(r -> r.getParams().getParam("workload")).contains("T-smoke-sg", "T-enterprise");
  }

  @Test
  void theSecurityGroupWorkloadHasInstanceClientsAndTheEnterpriseOneTransitRouters() {
    Workloads.Estate sg = Workloads.estate("T-smoke-sg");
    Workloads.Estate enterprise = Workloads.estate("T-enterprise");

    assertThat(sg.endpoints()).hasAtLeastOneElementOfType(dev.cenkit.reach.EcsHost.class);
    assertThat(dev.cenkit.inmemory.internal.Internals.state(enterprise.cloud()).transitRouter().transitRouters()).isNotEmpty();
    assertThat(enterprise.apis()).hasSizeGreaterThan(1);
  }

  @Test
  void theQuestionSetIsHalfBlockedAndAgreesWithTheOracle() {
    Workloads.Estate e = Workloads.estate("T-smoke");
    List<NetworkQuestion> q = Workloads.questions(e, 200, 5);

    assertThat(q).hasSize(200);
    assertThat(Workloads.withVerdict(e, q, false)).hasSize(100);
    Workloads.checkAgainstOracle(e.cloud(), q);
  }

  @Test
  void theOracleCheckFailsInsteadOfReportingASpeedWhenTheEngineDisagrees() {
    Workloads.Estate e = Workloads.build("T-smoke");
    NetworkQuestion flowing = Workloads.withVerdict(e, Workloads.questions(e, 40, 5), true).stream()
        .filter(q -> !q.source().networkId().equals(q.destination().networkId()))
        .filter(q -> q.source() instanceof dev.cenkit.reach.VpcHost)
        .findFirst().orElseThrow();
    dev.cenkit.reach.ReachabilityAnalyzer before = e.cloud().reachability();
    dev.cenkit.model.vpc.VpcId vpc = ((dev.cenkit.reach.VpcHost) flowing.source()).vpcId();
    dev.cenkit.model.cen.CenAttachment a = e.cloud().snapshot().cen().attachmentOf(vpc).orElseThrow();
    e.cloud().detachCenChildInstance(b -> b.cenId(a.cenId()).childInstanceId(vpc).childInstanceRegion(a.childInstanceRegion()));

    // The engine of the snapshot before the detachment, the oracle of the one after: they must disagree.
    assertThatThrownBy(() -> Workloads.checkAgainstOracle(before, e.cloud().snapshot(), List.of(flowing)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("disagrees with the naive oracle");
  }

  @Test
  void theFirstAnswerAndHeapProbesRunOnTheSmokeEstate() {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    PrintStream original = System.out;
    System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
    try {
      FirstAnswer.main(new String[0]);
      HeapProbe.main(new String[] {"T-smoke", "1", "100", "100"});
    } finally {
      System.setOut(original);
    }
    String out = buffer.toString(StandardCharsets.UTF_8);
    assertThat(out).contains("verdict: REACHABLE").contains("retained heap").contains("after replay 1 of M");
  }
}
