package dev.cenkit.inmemory;

import dev.cenkit.spi.ApplyResult;
import dev.cenkit.spi.CloudSnapshot;
import dev.cenkit.inmemory.state.Snapshot;
import dev.cenkit.reach.ReachabilityAnalyzer;

/**
 * What applying a spec would give, from {@link InMemoryCloud#preview}: the snapshot it would produce, the
 * result of each step (the ids it would create), and an analyzer for that snapshot. Nothing is committed: the
 * cloud keeps its snapshot, and ids handed out here are handed out again by a later apply.
 *
 * <pre>{@code
 * ReachabilityMatrix<ApiId> now = cloud.reachability().matrix(clients, apis, Stage.RELEASE);
 * ReachabilityMatrix<ApiId> then = cloud.preview(detachVpc3).reachability().matrix(clients, apis, Stage.RELEASE);
 * now.diff(then).forEach(System.out::println); // the pairs that break, each with its new first blocker
 * }</pre>
 */
public final class Preview {
  private final ApplyResult result;
  private final Snapshot snapshot;
  private final ReachabilityAnalyzer reachability;

  Preview(ApplyResult result, Snapshot snapshot, ReachabilityAnalyzer reachability) {
    this.result = result;
    this.snapshot = snapshot;
    this.reachability = reachability;
  }

  /** The result of each step, as {@link InMemoryCloud#apply} would have returned it. */
  public ApplyResult result() {
    return result;
  }

  /** The snapshot applying the spec would produce (the current one if the spec changes nothing). */
  public CloudSnapshot snapshot() {
    return snapshot;
  }

  /** An analyzer answering from {@link #snapshot()}. */
  public ReachabilityAnalyzer reachability() {
    return reachability;
  }
}
