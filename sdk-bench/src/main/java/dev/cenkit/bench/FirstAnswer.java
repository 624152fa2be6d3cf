package dev.cenkit.bench;

import dev.cenkit.examples.Scenario1CrossRegionVpc;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;

/**
 * B5: from JVM launch to the first answer of scenario 1, in one process: runs the scenario 1 example and prints
 * its verdict and the JVM's uptime at that moment (the launch itself, before {@code main}, is included in the
 * uptime; time the whole process from a shell for the end-to-end figure, see README.md).
 */
public final class FirstAnswer {
  private FirstAnswer() {}

  /** Runs scenario 1 once. */
  public static void main(String[] args) {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    Scenario1CrossRegionVpc.run(new PrintStream(buffer, true, StandardCharsets.UTF_8));
    long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
    String out = buffer.toString(StandardCharsets.UTF_8);
    String verdict = out.lines().filter(l -> l.startsWith("verdict: ")).findFirst().orElse("no verdict printed");
    if (!verdict.startsWith("verdict: REACHABLE")) {
      throw new IllegalStateException("scenario 1 did not answer REACHABLE: " + verdict);
    }
    long cpu = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() / 1_000_000;
    System.out.println(verdict + "; JVM uptime at the first answer " + uptime + " ms; process CPU " + cpu + " ms");
  }
}
