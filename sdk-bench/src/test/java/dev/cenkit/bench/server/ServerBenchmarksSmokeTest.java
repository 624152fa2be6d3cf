package dev.cenkit.bench.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * The smoke mode of the server benchmarks in {@code mvn verify}: each runs once, briefly, after its answer check, and
 * the start probe launches the server once; nothing here measures or asserts a speed.
 */
class ServerBenchmarksSmokeTest {
  @Test
  void theLoopbackCallBenchmarksRunOnceAfterCheckingTheirAnswer() throws Exception {
    Options options = new OptionsBuilder()
        .include("dev\\.cenkit\\.bench\\.server\\.ServerCallBenchmark\\..*")
        .forks(0)
        .warmupIterations(0)
        .measurementIterations(1)
        .measurementTime(TimeValue.milliseconds(200))
        .shouldFailOnError(true)
        .build();
    Collection<RunResult> results = new Runner(options).run();
    assertThat(results).extracting(r -> r.getParams().getBenchmark()).containsExactlyInAnyOrder(
        "dev.cenkit.bench.server.ServerCallBenchmark.typedDescribeVpcs",
        "dev.cenkit.bench.server.ServerCallBenchmark.plainDescribeVpcs");
  }

  @Test
  void theBenchmarkRefusesToTimeAServerThatAnswersWrong() throws Exception {
    ServerCallBenchmark b = new ServerCallBenchmark();
    b.start();
    try {
      java.lang.reflect.Field vpc = ServerCallBenchmark.class.getDeclaredField("vpcId");
      vpc.setAccessible(true);
      vpc.set(b, "vpc-notthere0000000000000");
      org.assertj.core.api.Assertions.assertThatThrownBy(b::check).isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("did not return vpc-notthere");
    } finally {
      b.stop();
    }
  }

  @Test
  void theStartProbeLaunchesServeAndChecksItsFirstAnswers() throws Exception {
    Map<String, ServeStartProbe.Figures> results = ServeStartProbe.run(1, Path.of("no-such-dir", "cenkit.jar"), false);

    assertThat(results).containsOnlyKeys("class path (no jar), --snapshot (1 VPC)");
    results.values().forEach(f -> assertThat(f.wallMillis).hasSize(1).allMatch(ms -> ms > 0));
  }
}
