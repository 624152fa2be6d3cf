package dev.cenkit.bench;

import dev.cenkit.inmemory.InMemoryCloud;
import dev.cenkit.reach.NetworkQuestion;
import dev.cenkit.reach.ReachabilityAnalyzer;
import dev.cenkit.spi.operation.Operation;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.List;

/**
 * B6: the retained heap of an estate with its indexes and a warm engine (every question of a sample of Q
 * asked, so the route tables it touches are derived), measured as used heap after full collections; then again
 * after replaying M {@code replays} times (each mutation followed by a question), to show it stays flat. Before
 * measuring, the oracle agrees with the engine on a sample of Q.
 */
public final class HeapProbe {
  private HeapProbe() {}

  /**
   * {@code args}: workload (default T-small), number of replays of M (default 10), size of M (default 10000), number
   * of questions asked to warm the engine and after each mutation (default 2000), number of them checked against the
   * naive oracle first (default 200; the oracle scans whole maps, so at 10,000 VPCs take a few dozen), and whether
   * the cloud records its snapshot history ({@code history}, for a cloud to be written to a file) or not
   * ({@code no-history}, the default: a long-lived cloud).
   */
  public static void main(String[] args) {
    String workload = args.length > 0 ? args[0] : "T-small";
    int replays = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    int size = args.length > 2 ? Integer.parseInt(args[2]) : 10_000;
    int questions = args.length > 3 ? Integer.parseInt(args[3]) : 2000;
    int oracleSample = args.length > 4 ? Integer.parseInt(args[4]) : 200;
    boolean history = args.length > 5 && args[5].equals("history");
    long before = retained();
    Workloads.Estate e = Workloads.build(workload, history);
    InMemoryCloud cloud = e.cloud();
    List<NetworkQuestion> q = Workloads.questions(e, questions, 21);
    List<Operation<?>> m = Workloads.mutations(e, size, 23);
    Workloads.checkAgainstOracle(cloud, q.subList(0, Math.min(oracleSample, q.size())));
    ReachabilityAnalyzer analyzer = cloud.reachability();
    q.forEach(analyzer::answer);
    e = null; // hold only the cloud (snapshot, indexes, engine) and the workload lists, not the generator's data
    long built = retained();
    System.out.printf("%s%s: retained heap with indexes and warm engine %.1f MB (JVM baseline %.1f MB)%n", workload,
        history ? " (recording history)" : "",
        (built - before) / 1e6, before / 1e6);
    for (int round = 1; round <= replays; round++) {
      int rejected = 0;
      for (int i = 0; i < m.size(); i++) {
        if (!Workloads.tryExecute(cloud, m.get(i))) {
          rejected++;
        }
        cloud.reachability().answer(q.get(i % q.size()));
      }
      long now = retained();
      System.out.printf("  after replay %d of M (%d rejected): %.1f MB, %d VPCs%n", round, rejected, (now - before) / 1e6,
          cloud.snapshot().vpc().vpcs().size());
    }
  }

  private static long retained() {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    for (int i = 0; i < 4; i++) {
      System.gc();
      try {
        Thread.sleep(50);
      } catch (InterruptedException ex) {
        Thread.currentThread().interrupt();
      }
    }
    return memory.getHeapMemoryUsage().getUsed();
  }
}
