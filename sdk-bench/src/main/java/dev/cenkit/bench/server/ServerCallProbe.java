package dev.cenkit.bench.server;

import java.lang.management.ManagementFactory;
import java.util.Arrays;

/**
 * S1 on a loaded machine: the warm typed {@code DescribeVpcs} of {@link ServerCallBenchmark} (same setup and answer
 * check), timed call by call, with the CPU time the whole process (client and server threads) spends per call next
 * to the wall-clock percentiles. On a machine shared with other builds, wall time measures the scheduler; CPU per
 * call is what the call costs, and the floor of its latency on an idle machine.
 *
 * <pre>{@code
 * java -cp sdk-bench/target/benchmarks.jar dev.cenkit.bench.server.ServerCallProbe [calls, default 20000]
 * }</pre>
 */
public final class ServerCallProbe {
  private ServerCallProbe() {}

  /** Warms up with as many calls as measured, then measures. */
  public static void main(String[] args) throws Exception {
    int calls = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    ServerCallBenchmark b = new ServerCallBenchmark();
    b.start();
    try {
      for (int i = 0; i < calls; i++) {
        b.typedDescribeVpcs();
      }
      b.check();
      long[] nanos = new long[calls];
      long cpu0 = os.getProcessCpuTime();
      long wall0 = System.nanoTime();
      for (int i = 0; i < calls; i++) {
        long t = System.nanoTime();
        b.typedDescribeVpcs();
        nanos[i] = System.nanoTime() - t;
      }
      long wall = System.nanoTime() - wall0;
      long cpu = os.getProcessCpuTime() - cpu0;
      b.check();
      Arrays.sort(nanos);
      System.out.printf("typed DescribeVpcs over loopback, %d warm calls: wall p50 %.3f ms, p90 %.3f ms, p99 %.3f ms, mean %.3f ms;"
              + " process CPU %.3f ms per call; load average %s%n",
          calls, nanos[calls / 2] / 1e6, nanos[calls * 9 / 10] / 1e6, nanos[calls * 99 / 100] / 1e6, wall / 1e6 / calls,
          cpu / 1e6 / calls, ServeStartProbe.loadAverage());
    } finally {
      b.stop();
    }
  }
}
