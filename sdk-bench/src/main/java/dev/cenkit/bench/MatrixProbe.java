package dev.cenkit.bench;

import dev.cenkit.model.apigateway.ApiId;
import dev.cenkit.model.apigateway.Stage;
import dev.cenkit.reach.MatrixCell;
import dev.cenkit.reach.ReachabilityAnalyzer;
import dev.cenkit.reach.ReachabilityMatrix;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.SplittableRandom;

/**
 * B1 on a loaded machine: times {@code reachability().matrix(clients, apis, RELEASE)} of each named estate in wall
 * and thread-CPU time, after checking a sample of cells against the single answers (300 by default,
 * {@code -Dcells=N}). {@code -Drounds=N} repeats the matrix on the same analyzer (the first round is cold).
 */
public final class MatrixProbe {
  private MatrixProbe() {}

  /** {@code args}: workload names (default T-small). */
  public static void main(String[] args) {
    int rounds = Integer.getInteger("rounds", 3);
    int cells = Integer.getInteger("cells", 300);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (String w : args.length == 0 ? new String[] {"T-small"} : args) {
      Workloads.Estate e = Workloads.build(w, false);
      ReachabilityAnalyzer analyzer = e.cloud().reachability();
      ReachabilityMatrix<ApiId> m = null;
      for (int round = 0; round < rounds; round++) {
        // A fresh analyzer per round would redo the derived tables; the same one keeps them warm like a caller.
        long c1 = threads.getCurrentThreadCpuTime();
        long w1 = System.nanoTime();
        m = analyzer.matrix(e.endpoints(), e.apis(), Stage.RELEASE);
        long w2 = System.nanoTime();
        long c2 = threads.getCurrentThreadCpuTime();
        System.out.printf("%s round %d: %d clients x %d APIs = %d cells: %.1f ms wall, %.1f ms CPU of this thread%n",
            w, round, e.endpoints().size(), e.apis().size(), (long) e.endpoints().size() * e.apis().size(),
            (w2 - w1) / 1e6, (c2 - c1) / 1e6);
        if (round == 0) {
          check(analyzer, e, m, cells);
        }
      }
      System.out.println("# " + w + ": " + m.countByVerdict());
    }
  }

  private static void check(ReachabilityAnalyzer analyzer, Workloads.Estate e, ReachabilityMatrix<ApiId> m, int cells) {
    SplittableRandom random = new SplittableRandom(3);
    for (int i = 0; i < cells && !e.apis().isEmpty(); i++) {
      int r = random.nextInt(e.endpoints().size());
      int c = random.nextInt(e.apis().size());
      MatrixCell single = MatrixCell.of(analyzer.fullCall(e.endpoints().get(r), e.apis().get(c), Stage.RELEASE));
      if (!m.cell(r, c).equals(single)) {
        throw new IllegalStateException("matrix cell " + m.cell(r, c) + " differs from the single answer " + single
            + " for " + e.endpoints().get(r).describe() + " -> " + e.apis().get(c));
      }
    }
    System.out.println("# " + cells + " sampled cells equal the single answers");
  }
}
