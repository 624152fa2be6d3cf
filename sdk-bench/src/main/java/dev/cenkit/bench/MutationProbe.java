package dev.cenkit.bench;

import dev.cenkit.inmemory.InMemoryCloud;
import dev.cenkit.reach.NetworkQuestion;
import dev.cenkit.spi.operation.Operation;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * B3 split in thread-CPU time (for a loaded machine): replays M on a fresh build of the estate as
 * {@code MutationBenchmark.mutateThenAsk} does, and times each mutation ({@code execute}, accepted or rejected) and the
 * question after it apart, printing their percentiles per round and, for the last round, the mean mutation time per
 * action (a rejected one marked {@code !}). {@code -Drounds=N} (default 3), {@code -Dask=false} to leave the questions
 * out (the mutations then run back to back), {@code -Dmutations=N} (default 10,000).
 */
public final class MutationProbe {
  private MutationProbe() {}

  /** {@code args}: the workload (default T-10k-dense). */
  public static void main(String[] args) {
    String workload = args.length == 0 ? "T-10k-dense" : args[0];
    int rounds = Integer.getInteger("rounds", 3);
    boolean ask = Boolean.parseBoolean(System.getProperty("ask", "true"));
    Workloads.Estate e = Workloads.estate(workload);
    List<Operation<?>> m = Workloads.mutations(e, Integer.getInteger("mutations", 10_000), 9);
    NetworkQuestion[] q = Workloads.questions(e, 2000, 13).toArray(NetworkQuestion[]::new);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (int round = 0; round < rounds; round++) {
      InMemoryCloud cloud = Workloads.build(workload).cloud();
      cloud.reachability().answer(q[0]);
      long[] mutation = new long[m.size()];
      long[] question = new long[m.size()];
      Map<String, long[]> byAction = new TreeMap<>();
      for (int i = 0; i < m.size(); i++) {
        long c0 = threads.getCurrentThreadCpuTime();
        boolean accepted = Workloads.tryExecute(cloud, m.get(i));
        long c1 = threads.getCurrentThreadCpuTime();
        if (ask) {
          cloud.reachability().answer(q[i % q.length]);
        }
        long c2 = threads.getCurrentThreadCpuTime();
        mutation[i] = c1 - c0;
        question[i] = c2 - c1;
        long[] sum = byAction.computeIfAbsent(m.get(i).action() + (accepted ? "" : "!"), k -> new long[2]);
        sum[0]++;
        sum[1] += c1 - c0;
      }
      System.out.printf("%s round %d: mutation %s; question%s %s%n", workload, round, percentiles(mutation),
          ask ? "" : " (not asked)", percentiles(question));
      if (round == rounds - 1) {
        byAction.forEach((action, sum) ->
            System.out.printf("  %-40s %5d  mean %7.1f us%n", action, sum[0], sum[1] / 1e3 / sum[0]));
      }
    }
  }

  private static String percentiles(long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    double total = 0;
    for (long n : sorted) {
      total += n;
    }
    int n = sorted.length;
    return String.format("p50 %.1f, p90 %.1f, p99 %.1f, mean %.1f us", sorted[n / 2] / 1e3, sorted[n * 9 / 10] / 1e3,
        sorted[n * 99 / 100] / 1e3, total / n / 1e3);
  }
}
