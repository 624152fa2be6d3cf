package dev.cenkit.reach;

import dev.cenkit.model.Bandwidth;
import dev.cenkit.model.CenkitStyle;
import dev.cenkit.spi.Spec;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The answer to a reachability question, read from one immutable snapshot: a closed {@link Verdict}, the
 * hops of the path (there and back), every blocker along the intended path with its fixes, notes that do not
 * change the verdict, and the bottleneck bandwidth.
 *
 * <p>A {@code REACHABLE} answer has no blockers; an {@code UNREACHABLE} one has at least one; a
 * {@code TEST_BANDWIDTH_ONLY} one has only {@link BlockerCode#CROSS_REGION_TEST_BANDWIDTH_ONLY} blockers.
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

  /** The smallest bandwidth of a cross-region hop of the path; empty when the path stays in one region. */
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

  /** A person-readable explanation: the question, the verdict, one line per hop, blocker, fix and note. */
  default String explain() {
    StringBuilder sb = new StringBuilder();
    sb.append(question().describe()).append('\n');
    sb.append("verdict: ").append(verdict());
    bottleneck().ifPresent(b -> sb.append(" (bottleneck ").append(b).append(')'));
    sb.append('\n');
    for (Hop h : hops()) {
      sb.append("  hop ").append(h.direction() == Direction.RETURN ? "back " : "").append(h.describe()).append('\n');
    }
    for (Blocker b : blockers()) {
      sb.append("  blocker ").append(b.describe()).append('\n');
      for (Fix f : b.fixes()) {
        sb.append("    fix: ").append(f.description()).append('\n');
      }
    }
    for (Blocker n : notes()) {
      sb.append("  note ").append(n.describe()).append('\n');
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
