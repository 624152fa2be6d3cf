package dev.cenkit.inmemory.reach;

import dev.cenkit.error.RuleId;
import dev.cenkit.model.Bandwidth;
import dev.cenkit.reach.Blocker;
import dev.cenkit.reach.BlockerCode;
import dev.cenkit.reach.Component;
import dev.cenkit.reach.Direction;
import dev.cenkit.reach.Fix;
import dev.cenkit.reach.Hop;
import dev.cenkit.reach.Leg;
import dev.cenkit.reach.Question;
import dev.cenkit.reach.ReachabilityAnswer;
import dev.cenkit.reach.Severity;
import dev.cenkit.reach.Verdict;
import dev.cenkit.inmemory.state.Snapshot;
import dev.cenkit.model.cen.CenId;
import dev.cenkit.model.cen.RegionPair;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.List;
import java.util.Optional;

/**
 * Collects the hops, blockers and notes of one answer while the engine walks the intended path. A builder made by
 * {@link #verdictOnly()} keeps the blockers alone (what a matrix cell needs: the verdict and the first blocker),
 * and records no hops or notes; the walk and its blockers are the same either way.
 */
final class PathBuilder {
  /** Whether hops and notes are recorded (false for a matrix cell's walk). */
  private final boolean recordsHops;
  private final List<Hop> hops = new ArrayList<>();
  private final List<Blocker> blockers = new ArrayList<>();
  private final List<Blocker> notes = new ArrayList<>();
  /** Every blocker reported, duplicates included: a walk that reported one has found why it fails. */
  private int reported;
  private Optional<Bandwidth> bottleneck = Optional.empty();
  /** The region pairs that lack bandwidth, by the index of their blocker, for one consolidated fix per plan. */
  private final Map<Integer, BandwidthNeed> bandwidthNeeds = new TreeMap<>();

  /** A region pair of a CEN that needs an inter-region allocation. */
  record BandwidthNeed(CenId cen, RegionPair regions) {}

  /** A builder of a whole answer: hops, blockers, notes. */
  PathBuilder() {
    this(true);
  }

  private PathBuilder(boolean recordsHops) {
    this.recordsHops = recordsHops;
  }

  /** A builder for a verdict and the blockers alone: the hops and notes of the walk are not recorded. */
  static PathBuilder verdictOnly() {
    return new PathBuilder(false);
  }

  /** Whether hops are recorded (callers may skip building a hop's text when they are not). */
  boolean recordsHops() {
    return recordsHops;
  }

  /** Whether the blockers' fixes are wanted (not for a verdict-only builder, which keeps the blockers alone). */
  boolean wantsFixes() {
    return recordsHops;
  }

  /**
   * Whether nothing more this builder can record would change its summary: a verdict-only builder that already has
   * a blocker beyond test bandwidth keeps its first blocker and its verdict (UNREACHABLE) whatever a later step
   * reports, so the rest of the walk may be skipped. Always false for a builder of a whole answer.
   */
  boolean settled() {
    return !recordsHops && blockedBeyondBandwidth();
  }
  /** An inter-region connection of a CEN without bandwidth, on one area pair (E27). */
  record PeerBandwidthNeed(CenId cen, dev.cenkit.model.cen.AreaPair areas, dev.cenkit.model.tr.TransitRouterAttachmentId peer) {}
  private final Map<Integer, PeerBandwidthNeed> peerNeeds = new LinkedHashMap<>();
  private Direction direction = Direction.FORWARD;
  private Leg leg = Leg.NETWORK;
  /** The CEN each instance is put in by a fix of this answer, so that later fixes build on it, not against it. */
  private final Map<String, PlannedCen> plannedCens = new java.util.HashMap<>();

  /**
   * A CEN a fix of this answer puts an instance in (an existing one, or one the fix creates), with the steps of
   * that fix; a later fix that needs the same instance in a CEN includes those steps (shared steps run once
   * when the fixes are applied together) and uses the same CEN.
   */
  record PlannedCen(dev.cenkit.spi.Ref<CenId> cen, dev.cenkit.spi.Spec steps) {}

  /**
   * Whether a fix or a bandwidth need of this answer builds on {@code cen} as it stands: a fix puts an instance in
   * it, or a test-bandwidth blocker's fix allocates bandwidth in it (which needs its members in both regions, N1).
   */
  boolean buildsOn(CenId cen) {
    for (PlannedCen p : plannedCens.values()) {
      if (p.cen().existingId().equals(Optional.of(cen))) {
        return true;
      }
    }
    for (BandwidthNeed n : bandwidthNeeds.values()) {
      if (n.cen().equals(cen)) {
        return true;
      }
    }
    return false;
  }

  Optional<PlannedCen> plannedCen(dev.cenkit.model.NetworkInstanceId id) {
    return Optional.ofNullable(plannedCens.get(id.value()));
  }

  /**
   * Records that a fix of this answer puts {@code id} in a CEN. The plan counts only if its steps are those of a
   * fix the answer keeps: a blocker dropped as a duplicate of an earlier one (the same blocker found again on
   * the way back) takes its fixes with it, and a later fix built on those steps would repeat what the kept
   * fix already does (attaching a VPC to one CEN twice, say).
   */
  void planCen(dev.cenkit.model.NetworkInstanceId id, PlannedCen plan) {
    boolean kept = blockers.stream().flatMap(b -> b.fixes().stream()).anyMatch(f -> f.spec() == plan.steps());
    if (kept) {
      plannedCens.put(id.value(), plan);
    }
  }

  void on(Leg leg, Direction direction) {
    this.leg = leg;
    this.direction = direction;
  }

  Direction direction() {
    return direction;
  }

  void hop(Component component, String matched, Optional<RuleId> rule, Optional<Bandwidth> bandwidth) {
    if (!recordsHops) {
      return;
    }
    if (!hops.isEmpty()) {
      Hop last = hops.get(hops.size() - 1);
      if (last.component().equals(component) && last.direction() == direction && last.leg() == leg && bandwidth.isEmpty()) {
        // The same component twice in a row (a failed lookup, then the intended destination): keep one hop.
        hops.set(hops.size() - 1, Hop.builder().from(last).matched(last.matched() + "; " + matched).build());
        return;
      }
    }
    hops.add(
        Hop.builder()
            .component(component)
            .matched(matched)
            .rule(rule)
            .bandwidth(bandwidth)
            .direction(direction)
            .leg(leg)
            .build());
    bandwidth.ifPresent(b -> bottleneck = Optional.of(bottleneck.map(b::min).orElse(b)));
  }

  void hop(Component component, String matched) {
    hop(component, matched, Optional.empty(), Optional.empty());
  }

  void block(BlockerCode code, Component at, RuleId rule, String message, List<Fix> fixes) {
    reported++;
    Blocker b =
        Blocker.builder()
            .code(code)
            .component(at)
            .rule(Optional.of(java.util.Objects.requireNonNull(rule, "every blocker carries its rule")))
            .message(message)
            .direction(direction)
            .leg(leg)
            .fixes(fixes)
            .build();
    boolean duplicate =
        blockers.stream().anyMatch(x -> x.code() == code && x.component().equals(at) && x.message().equals(message));
    if (!duplicate) {
      blockers.add(b);
    }
  }

  /**
   * A test-bandwidth-only blocker (R12); its fix is computed when the answer is built, together with the other
   * pairs of the same CEN that draw on the same area pair, so that one plan serves them all (R15).
   */
  void blockBandwidth(Component at, String message, CenId cen, RegionPair regions) {
    int before = blockers.size();
    block(BlockerCode.CROSS_REGION_TEST_BANDWIDTH_ONLY, at, RuleId.R12, message, List.of());
    if (blockers.size() > before) {
      bandwidthNeeds.put(before, new BandwidthNeed(cen, regions));
    }
  }

  /**
   * A test-bandwidth-only blocker of an inter-region connection (E27); its fix is computed when the answer is
   * built, with every other such connection of the same CEN and area pair, so that one plan serves them all
   * (R15, E28).
   */
  void blockPeerBandwidth(Component at, String message, PeerBandwidthNeed need) {
    int before = blockers.size();
    block(BlockerCode.CROSS_REGION_TEST_BANDWIDTH_ONLY, at, RuleId.E27, message, List.of());
    if (blockers.size() > before) {
      peerNeeds.put(before, need);
    }
  }

  void note(BlockerCode code, Component at, RuleId rule, String message) {
    if (!recordsHops) {
      return;
    }
    if (notes.stream().anyMatch(n -> n.code() == code && n.message().equals(message))) {
      return;
    }
    notes.add(
        Blocker.builder().code(code).component(at).rule(Optional.of(java.util.Objects.requireNonNull(rule, "every blocker carries its rule"))).message(message)
            .severity(Severity.NOTE).direction(direction).leg(leg).build());
  }

  int blockerCount() {
    return blockers.size();
  }

  /** How many blockers have been reported, duplicates of earlier ones included. */
  int reportedCount() {
    return reported;
  }

  /** The code of the first blocker, or null when nothing blocks. */
  BlockerCode firstBlockerCode() {
    return blockers.isEmpty() ? null : blockers.get(0).code();
  }

  /** Whether a blocker other than test bandwidth (R12) has been reported. */
  boolean blockedBeyondBandwidth() {
    for (Blocker b : blockers) {
      if (b.code() != BlockerCode.CROSS_REGION_TEST_BANDWIDTH_ONLY) {
        return true;
      }
    }
    return false;
  }

  boolean blocked() {
    return !blockers.isEmpty();
  }

  /** Gives each test-bandwidth blocker the one fix that allocates every pair of its CEN and area pair. */
  private List<Blocker> withBandwidthFixes(Snapshot snapshot) {
    if (bandwidthNeeds.isEmpty() && peerNeeds.isEmpty()) {
      return blockers;
    }
    Map<List<Object>, List<RegionPair>> byPlan = new LinkedHashMap<>();
    for (BandwidthNeed need : bandwidthNeeds.values()) {
      List<RegionPair> pairs = byPlan.computeIfAbsent(List.of(need.cen(), need.regions().areas()), k -> new ArrayList<>());
      if (!pairs.contains(need.regions())) {
        pairs.add(need.regions());
      }
    }
    Map<List<Object>, List<Fix>> fixes = new LinkedHashMap<>();
    byPlan.forEach((key, pairs) -> fixes.put(key, CenBandwidth.fixes(snapshot, (CenId) key.get(0), pairs)));
    List<Blocker> out = new ArrayList<>(blockers);
    Map<List<Object>, List<dev.cenkit.model.tr.TransitRouterAttachmentId>> byPeerPlan = new LinkedHashMap<>();
    for (PeerBandwidthNeed need : peerNeeds.values()) {
      List<dev.cenkit.model.tr.TransitRouterAttachmentId> peers =
          byPeerPlan.computeIfAbsent(List.of(need.cen(), need.areas()), k -> new ArrayList<>());
      if (!peers.contains(need.peer())) {
        peers.add(need.peer());
      }
    }
    Map<List<Object>, Fix> peerFixes = new LinkedHashMap<>();
    byPeerPlan.forEach((key, peers) -> peerFixes.put(key,
        TransitRouterWalk.peerBandwidthFix(snapshot, (CenId) key.get(0), (dev.cenkit.model.cen.AreaPair) key.get(1), peers)));
    peerNeeds.forEach((index, need) -> out.set(index, Blocker.builder().from(out.get(index))
        .fixes(List.of(peerFixes.get(List.of(need.cen(), need.areas())))).build()));
    bandwidthNeeds.forEach(
        (index, need) ->
            out.set(index, Blocker.builder().from(out.get(index))
                .fixes(fixes.get(List.of(need.cen(), need.regions().areas()))).build()));
    return out;
  }

  ReachabilityAnswer answer(Question question, Snapshot snapshot) {
    long version = snapshot.version();
    List<Blocker> blockers = withBandwidthFixes(snapshot);
    boolean onlyTestBandwidth =
        !blockers.isEmpty() && blockers.stream().allMatch(b -> b.severity() == Severity.WARNING);
    Verdict verdict =
        blockers.isEmpty() ? Verdict.REACHABLE : onlyTestBandwidth ? Verdict.TEST_BANDWIDTH_ONLY : Verdict.UNREACHABLE;
    return ReachabilityAnswer.builder()
        .question(question)
        .snapshotVersion(version)
        .verdict(verdict)
        .hops(hops)
        .blockers(blockers)
        .notes(notes)
        .bottleneck(bottleneck)
        .build();
  }
}
