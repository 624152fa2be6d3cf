package dev.cenkit.reach;

import dev.cenkit.model.Bandwidth;
import dev.cenkit.model.CenkitStyle;
import dev.cenkit.spi.Spec;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The answer to a reachability question, read from one immutable snapshot: a closed {@link Verdict}, the
 * hops of the path (there and back), every blocker along the intended path with its fixes, notes that do not
 * change the verdict, and the bottleneck bandwidth.
 *
 * <p>A {@code REACHABLE} answer has no blockers; an {@code UNREACHABLE} one has at least one of
 * {@link Severity#BLOCKING} severity; a {@code TEST_BANDWIDTH_ONLY} one has only {@link Severity#WARNING} ones
 * ({@link BlockerCode#CROSS_REGION_TEST_BANDWIDTH_ONLY}).
 */
@Value.Immutable
@CenkitStyle
public interface ReachabilityAnswer {
  /** The question answered. */
  Question question();

  /** The version of the snapshot the answer was read from. */
  long snapshotVersion();

  /** The verdict. */
  Verdict verdict();

  /** The hops, in order: forward first, then the return path. */
  List<Hop> hops();

  /** Every blocker along the intended path, forward and return. */
  List<Blocker> blockers();

  /** Observations that do not change the verdict (e.g. {@link BlockerCode#DNS_NOT_RESOLVABLE_FROM_CLIENT}). */
  List<Blocker> notes();

  /**
   * The smallest bandwidth of a cross-region hop of the path; empty when the path stays in one region.
   * {@link #explain()} prints it only when traffic gets through ({@link Verdict#UNREACHABLE} has no bottleneck
   * worth naming).
   */
  Optional<Bandwidth> bottleneck();

  /** Whether the verdict is {@link Verdict#REACHABLE}. */
  default boolean isReachable() {
    return verdict() == Verdict.REACHABLE;
  }

  /**
   * Every fix of every blocker, each once, in blocker order, except that bandwidth allocations come last: they
   * need the attachments other fixes make in both regions first (N1), as a CEN spec's allocations do.
   */
  default List<Fix> fixes() {
    IdentityHashMap<Spec, Boolean> seen = new IdentityHashMap<>();
    List<Fix> all = new ArrayList<>();
    List<String> descriptions = new ArrayList<>();
    List<Blocker> ordered = new ArrayList<>();
    blockers().stream().filter(b -> b.code() != BlockerCode.CROSS_REGION_TEST_BANDWIDTH_ONLY).forEach(ordered::add);
    blockers().stream().filter(b -> b.code() == BlockerCode.CROSS_REGION_TEST_BANDWIDTH_ONLY).forEach(ordered::add);
    for (Blocker b : ordered) {
      for (Fix f : b.fixes()) {
        if (seen.put(f.spec(), Boolean.TRUE) == null && !descriptions.contains(f.description())) {
          descriptions.add(f.description());
          all.add(f);
        }
      }
    }
    return List.copyOf(all);
  }

  /** One spec made of all {@link #fixes()}, in order. */
  default Spec fixSpec() {
    return Spec.of(fixes().stream().map(Fix::spec).collect(Collectors.toList()));
  }

  /**
   * The earlier blocker that {@code blocker} only follows from, if any: one listed before it whose fixes
   * include every fix of {@code blocker} (by what they do), so that fixing the earlier one removes this one too
   * &mdash; for example the return path's test-bandwidth warning of the same region pair as the forward one's.
   * Empty for a blocker with no fixes, the first one, or one not in {@link #blockers()}.
   */
  default Optional<Blocker> followsFrom(Blocker blocker) {
    List<Blocker> all = blockers();
    int index = all.indexOf(blocker);
    if (index <= 0 || blocker.fixes().isEmpty()) {
      return Optional.empty();
    }
    Set<String> own = blocker.fixes().stream().map(Fix::description).collect(Collectors.toSet());
    for (int i = 0; i < index; i++) {
      Blocker earlier = all.get(i);
      Set<String> theirs = earlier.fixes().stream().map(Fix::description).collect(Collectors.toSet());
      if (theirs.containsAll(own)) {
        return Optional.of(earlier);
      }
    }
    return Optional.empty();
  }

  /**
   * A person-readable explanation: the question, the verdict (with the bottleneck when traffic gets through),
   * one line per hop, then each finding prefixed by its {@linkplain Severity#label() severity} ({@code blocker},
   * {@code warning}, {@code note}). Each fix is printed once, under the first finding it removes; a finding that
   * {@linkplain #followsFrom(Blocker) follows from} an earlier one says so instead of repeating its fix.
   */
  default String explain() {
    StringBuilder sb = new StringBuilder();
    sb.append(question().describe()).append('\n');
    sb.append("verdict: ").append(verdict());
    if (verdict() != Verdict.UNREACHABLE) {
      bottleneck().ifPresent(b -> sb.append(" (bottleneck ").append(b).append(')'));
    }
    sb.append('\n');
    for (Hop h : hops()) {
      sb.append("  hop ").append(h.direction() == Direction.RETURN ? "back " : "").append(h.describe()).append('\n');
    }
    Set<String> printed = new HashSet<>();
    for (Blocker b : blockers()) {
      sb.append("  ").append(b.severity().label()).append(' ').append(b.describe()).append('\n');
      Optional<Blocker> cause = followsFrom(b);
      if (cause.isPresent()) {
        sb.append("    follows from ").append(cause.get().code()).append(" at ")
            .append(cause.get().component().describe())
            .append(cause.get().direction() == Direction.RETURN ? " (return path)" : "")
            .append(": its fix above removes this one too\n");
        continue;
      }
      boolean any = false;
      for (Fix f : b.fixes()) {
        if (printed.add(f.description())) {
          sb.append("    fix: ").append(f.description()).append('\n');
          any = true;
        }
      }
      if (!any && !b.fixes().isEmpty()) {
        sb.append("    its fixes are printed above\n");
      }
    }
    for (Blocker n : notes()) {
      sb.append("  ").append(n.severity().label()).append(' ').append(n.describe()).append('\n');
    }
    return sb.toString();
  }

  /** A builder of the value. */
  static Builder builder() {
    return new Builder();
  }

  /** The builder of {@link ReachabilityAnswer}. */
  class Builder extends ImmutableReachabilityAnswer.Builder {}
}
