package dev.cenkit.bench;

import dev.cenkit.inmemory.InMemoryCloud;
import dev.cenkit.testkit.GeneratedTopology;

/** Builds each named estate once through the public API and prints operations, seconds and operations per second. */
public final class BuildProbe {
  private BuildProbe() {}

  /** {@code args}: workload names (default T-small). */
  public static void main(String[] args) {
    int rounds = Integer.getInteger("rounds", 1);
    for (String w : args.length == 0 ? new String[] {"T-small"} : args) {
      long t0 = System.nanoTime();
      GeneratedTopology topology = Workloads.topology(w);
      var spec = topology.spec();
      long t1 = System.nanoTime();
      java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
      for (int round = 0; round < rounds; round++) {
        long c1 = threads.getCurrentThreadCpuTime();
        long w1 = System.nanoTime();
        InMemoryCloud cloud = InMemoryCloud.builder().quotas(topology.requiredQuotas()).build();
        cloud.apply(spec);
        long w2 = System.nanoTime();
        long c2 = threads.getCurrentThreadCpuTime();
        int ops = spec.steps().size();
        System.out.printf(
            "%s round %d: %d operations (%d VPCs, %d CENs, %d attachments, %d data centers, %d instances, %d APIs), generated in %.2f s;"
                + " applied in %.3f s wall = %.0f ops/s, %.3f s CPU of this thread = %.0f ops/s%n",
            w, round, ops, cloud.snapshot().vpc().vpcs().size(), cloud.snapshot().cen().cens().size(),
            cloud.snapshot().cen().attachments().size(), cloud.snapshot().expressConnect().dataCenters().size(),
            cloud.snapshot().apiGateway().instances().size(), cloud.snapshot().apiGateway().apis().size(),
            (t1 - t0) / 1e9, (w2 - w1) / 1e9, ops / ((w2 - w1) / 1e9), (c2 - c1) / 1e9, ops / ((c2 - c1) / 1e9));
      }
    }
  }
}
