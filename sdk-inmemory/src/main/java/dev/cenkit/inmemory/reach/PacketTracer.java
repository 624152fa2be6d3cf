package dev.cenkit.inmemory.reach;

import dev.cenkit.error.RuleId;
import dev.cenkit.inmemory.routing.BasicRouters;
import dev.cenkit.inmemory.reach.Place.AtGateway;
import dev.cenkit.inmemory.reach.Place.InDataCenter;
import dev.cenkit.inmemory.reach.Place.InVpc;
import dev.cenkit.model.Ipv4Address;
import dev.cenkit.model.NetworkInstanceId;
import dev.cenkit.model.cen.CenAttachment;
import dev.cenkit.model.cen.CenId;
import dev.cenkit.model.expressconnect.DataCenter;
import dev.cenkit.model.expressconnect.DataCenterRoute;
import dev.cenkit.model.expressconnect.Vbr;
import dev.cenkit.model.expressconnect.VbrId;
import dev.cenkit.model.vpc.Vpc;
import dev.cenkit.model.vpc.VpcId;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Follows a packet hop by hop through the effective route tables of one snapshot, recording a hop for each
 * component passed; the hops of an answer come from here, so a reachable verdict always rests on real routes.
 */
final class PacketTracer {
  private final Topology t;
  private final HopChecks checks;
  private final TransitRouterWalk transit;

  PacketTracer(Topology topology, HopChecks checks) {
    this.t = topology;
    this.checks = checks;
    this.transit = new TransitRouterWalk(topology);
  }

  /** Traces from {@code from} to {@code to}; true when delivered with usable components all the way. */
  boolean trace(PathBuilder path, Place from, Place to) {
    Ipv4Address dst = to.address();
    NetworkInstanceId cur;
    if (from instanceof InVpc) {
      path.hop(from.component(), "source " + from.address());
      cur = ((InVpc) from).vpc().id();
    } else if (from instanceof AtGateway) {
      AtGateway g = (AtGateway) from;
      path.hop(from.component(), "egress " + g.address() + " enters the authorized VPC '" + g.vpc().displayName() + "'",
          Optional.of(RuleId.R52), Optional.empty());
      cur = g.vpc().id();
    } else {
      InDataCenter d = (InDataCenter) from;
      path.hop(from.component(), "source " + from.address());
      if (to instanceof InDataCenter && ((InDataCenter) to).dataCenter().id().equals(d.dataCenter().id())) {
        path.hop(Components.dataCenter(d.dataCenter()), "inside the data center", Optional.of(RuleId.D10), Optional.empty());
        path.hop(to.component(), "destination");
        return true;
      }
      Optional<DataCenterRoute> route = checks.dataCenterRoute(d.dataCenter(), dst);
      if (route.isEmpty()) {
        path.hop(Components.dataCenter(d.dataCenter()), "no route towards the cloud for " + dst);
        if (transit.enterprise(from) || transit.enterprise(to)) {
          transit.noDataCenterRoute(path, d, to);
        }
        return false;
      }
      path.hop(Components.dataCenter(d.dataCenter()), "data-center route " + route.get().destination() + " to VBR " + route.get().vbrId(), Optional.of(RuleId.D10), Optional.empty());
      cur = route.get().vbrId();
    }
    Set<String> visited = new HashSet<>();
    boolean ok = true;
    while (visited.add(cur.value())) {
      if (cur instanceof VpcId) {
        Optional<Vpc> vpc = t.vpc((VpcId) cur);
        if (vpc.isEmpty()) {
          return false;
        }
        Vpc v = vpc.get();
        Optional<EffectiveRoute> route = t.vpcRoute(v, dst);
        if (route.isEmpty()) {
          path.hop(Components.vpc(v), "no route for " + dst);
          if (transit.connected(v.id())) {
            transit.noRouteToRouter(path, v.id(), Components.vpc(v), from, to);
          } else if (transit.enterprise(to)) {
            transit.sourceNotConnected(path, v.id(), Components.vpc(v), to);
          }
          return false;
        }
        EffectiveRoute r = route.get();
        switch (r.kind()) {
          case VSWITCH:
            if (to instanceof InVpc && ((InVpc) to).vpc().id().equals(v.id())) {
              path.hop(Components.vpc(v), "delivered locally: " + r.description(), Optional.of(RuleId.R37), Optional.empty());
              path.hop(to.component(), "destination");
              return ok;
            }
            if (to instanceof AtGateway && ((AtGateway) to).egressInVpc() && ((AtGateway) to).vpc().id().equals(v.id())) {
              path.hop(Components.vpc(v), "delivered locally: " + r.description(), Optional.of(RuleId.R37), Optional.empty());
              path.hop(to.component(), "egress address " + to.address() + " of the gateway in its VPC", Optional.of(RuleId.R53), Optional.empty());
              return ok;
            }
            return false;
          case CLOUD_SERVICES:
            if (to instanceof AtGateway && checks.reachesGateway(v, (AtGateway) to)) {
              path.hop(Components.vpc(v), r.description(), Optional.of(RuleId.R31), Optional.empty());
              path.hop(to.component(), "egress address " + to.address() + " of the gateway");
              return ok;
            }
            return false;
          case CEN_LEARNED:
            if (path.recordsHops()) { // a learned route's description is written only for a hop
              path.hop(Components.vpc(v), "route " + r.description(), Optional.of(RuleId.R25), Optional.empty());
            }
            Optional<NetworkInstanceId> learnedOut = crossBasic(path, v.id(), r, from, to);
            if (learnedOut.isEmpty()) {
              return false;
            }
            cur = learnedOut.get();
            break;
          case ROUTER_INTERFACE:
            path.hop(Components.vpc(v), r.description(), Optional.of(RuleId.R47), Optional.empty());
            cur = r.via().orElseThrow();
            break;
          case TRANSIT_ROUTER:
            path.hop(Components.vpc(v), r.description(), Optional.of(RuleId.E16), Optional.empty());
            Optional<NetworkInstanceId> out = transit.cross(path, r.connection().orElseThrow(), from, to);
            if (out.isEmpty()) {
              return false;
            }
            cur = out.get();
            break;
          default:
            return false;
        }
      } else if (cur instanceof VbrId) {
        Optional<Vbr> vbr = t.vbr((VbrId) cur);
        if (vbr.isEmpty()) {
          return false;
        }
        Vbr b = vbr.get();
        ok &= checks.vbrUsable(path, b);
        Optional<EffectiveRoute> route = t.vbrRoute(b, dst);
        if (route.isEmpty()) {
          path.hop(Components.vbr(b), "no route for " + dst);
          if (transit.connected(b.id())) {
            transit.noRouteToRouter(path, b.id(), Components.vbr(b), from, to);
          } else if (transit.enterprise(to)) {
            transit.sourceNotConnected(path, b.id(), Components.vbr(b), to);
          }
          return false;
        }
        EffectiveRoute r = route.get();
        switch (r.kind()) {
          case DATA_CENTER:
            Optional<DataCenter> dc = t.dataCenterOf(b);
            if (to instanceof InDataCenter && dc.isPresent() && dc.get().id().equals(((InDataCenter) to).dataCenter().id())) {
              path.hop(Components.vbr(b), r.description(), Optional.of(RuleId.D10), Optional.empty());
              path.hop(Components.dataCenter(dc.get()), "delivered: prefix " + ((InDataCenter) to).prefix(), Optional.of(RuleId.D10), Optional.empty());
              path.hop(to.component(), "destination");
              return ok;
            }
            return false;
          case CEN_LEARNED:
            NetworkInstanceId next = r.via().orElseThrow();
            if (next instanceof VbrId && from instanceof InDataCenter) {
              return false; // D15: data center to data center through a CEN is denied by default
            }
            if (path.recordsHops()) { // a learned route's description is written only for a hop
              path.hop(Components.vbr(b), "route " + r.description(), Optional.of(RuleId.R27), Optional.empty());
            }
            Optional<NetworkInstanceId> learnedOut = crossBasic(path, b.id(), r, from, to);
            if (learnedOut.isEmpty()) {
              return false;
            }
            cur = learnedOut.get();
            break;
          case CLOUD_SERVICE_ROUTE:
            path.hop(Components.vbr(b), r.description(), Optional.of(RuleId.R31), Optional.empty());
            cur = r.via().orElseThrow();
            t.attachment(b.id()).ifPresent(a -> path.hop(checks.cenComponent(a.cenId(), Optional.of(b.region())), "cloud-service route to the host VPC, same region", Optional.of(RuleId.R34), Optional.empty()));
            break;
          case ROUTER_INTERFACE:
            path.hop(Components.vbr(b), r.description(), Optional.of(RuleId.R47), Optional.empty());
            cur = r.via().orElseThrow();
            break;
          case TRANSIT_ROUTER:
            path.hop(Components.vbr(b), r.description(), Optional.of(RuleId.E31), Optional.empty());
            Optional<NetworkInstanceId> out = transit.cross(path, r.connection().orElseThrow(), from, to);
            if (out.isEmpty()) {
              return false;
            }
            cur = out.get();
            break;
          default:
            return false;
        }
      } else {
        return false;
      }
    }
    return false;
  }

  /**
   * Through a Basic CEN: the packet enters the implicit router of its network's region on the network's implicit
   * connection and runs the one router loop over the CEN's implicit routers (its hops in Basic words).
   */
  private Optional<NetworkInstanceId> crossBasic(
      PathBuilder path, NetworkInstanceId network, EffectiveRoute learned, Place from, Place to) {
    CenId cen = t.attachment(network).map(CenAttachment::cenId).orElseThrow();
    BasicRouters routers = t.basicRouters(cen);
    return RouterLoop.cross(
        path, routers, new BasicRouterHops(checks, routers), learned.connection().orElseThrow(), from, to);
  }
}
