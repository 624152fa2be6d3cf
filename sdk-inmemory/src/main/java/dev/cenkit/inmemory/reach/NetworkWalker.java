package dev.cenkit.inmemory.reach;

import dev.cenkit.error.RuleId;
import dev.cenkit.reach.BlockerCode;
import java.util.List;

/**
 * Walks one direction of a network path. It first traces the packet through the effective route tables (the
 * hops of the answer come from this trace, so a reachable verdict always rests on real routes); where the
 * trace fails, it diagnoses the intended path between the two places and reports every blocker on it, each
 * with its rule and fixes.
 */
final class NetworkWalker {
  private final HopChecks checks;
  private final PacketTracer tracer;
  private final PathDiagnoser diagnoser;
  private final TransitRouterWalk transit;

  NetworkWalker(Topology topology) {
    this.checks = new HopChecks(topology);
    this.tracer = new PacketTracer(topology, checks);
    this.diagnoser = new PathDiagnoser(topology, checks);
    this.transit = new TransitRouterWalk(topology);
  }

  /** One direction from {@code from} to {@code to}. */
  void walk(PathBuilder path, Place from, Place to) {
    if (path.settled()) {
      return; // a verdict-only walk that is already blocked beyond bandwidth: nothing here changes its summary
    }
    int before = path.reportedCount();
    boolean delivered = tracer.trace(path, from, to);
    if (!delivered) {
      if (!transit.enterprise(from) && !transit.enterprise(to)) {
        diagnoser.diagnose(path, from, to);
      }
      // Counted with duplicates: a blocker this walk found that an earlier leg reported too still explains it.
      if (path.reportedCount() == before) {
        // Every blocker carries its rule: a data center's side is routed by its declared routes (D10), a VPC's
        // side by the routes its CEN learns and advertises (R25).
        RuleId rule = from instanceof Place.InDataCenter || to instanceof Place.InDataCenter ? RuleId.D10 : RuleId.R25;
        path.block(BlockerCode.NO_ROUTE, to.component(), rule, "no route carries the traffic to " + to.address(), List.of());
      }
      path.hop(checks.networkOf(to), "intended destination network, not reached");
      path.hop(to.component(), "destination " + to.address() + ", not reached");
    }
  }
}
