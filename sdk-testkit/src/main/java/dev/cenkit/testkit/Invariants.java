package dev.cenkit.testkit;

import dev.cenkit.model.apigateway.Api;
import dev.cenkit.model.apigateway.ApiGatewayInstance;
import dev.cenkit.model.apigateway.ApiGatewayInstanceType;
import dev.cenkit.model.apigateway.ApiGroup;
import dev.cenkit.model.apigateway.VpcAccess;
import dev.cenkit.model.apigateway.VpcBinding;
import dev.cenkit.model.cen.AreaPair;
import dev.cenkit.model.cen.BandwidthPlan;
import dev.cenkit.model.cen.CenAttachment;
import dev.cenkit.model.cen.InterRegionBandwidthLimit;
import dev.cenkit.model.expressconnect.CloudServiceRoute;
import dev.cenkit.model.expressconnect.DataCenter;
import dev.cenkit.model.expressconnect.DataCenterRoute;
import dev.cenkit.model.expressconnect.PhysicalConnection;
import dev.cenkit.model.expressconnect.Vbr;
import dev.cenkit.model.expressconnect.VbrId;
import dev.cenkit.model.vpc.RouteEntry;
import dev.cenkit.model.vpc.VSwitch;
import dev.cenkit.model.vpc.Vpc;
import dev.cenkit.model.vpc.VpcId;
import dev.cenkit.spi.CloudSnapshot;
import com.google.common.collect.HashMultimap;
import com.google.common.collect.SetMultimap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The global invariants of the rule catalog, checked from outside the provider on any snapshot: each
 * violation is described in one line naming the rule and the ids. An empty list means every invariant holds.
 *
 * <ul>
 *   <li>vSwitches inside their VPC, in its region, not overlapping each other (R1, R37);
 *   <li>one CEN per network instance (R6), attachments in the instance's region (R1);
 *   <li>limits at least 1 Mbit/s, drawn from a plan associated with the limit's CEN whose areas are those of
 *       the pair (R17-R19), the limits drawn from one plan summing to at most its size (R19);
 *   <li>at most one plan per area pair per CEN (R15); a plan associated with at most one CEN (R16);
 *   <li>one bound VPC per dedicated instance, in its region, through a vSwitch of that VPC; none for shared
 *       instances (R50, R51);
 *   <li>no dangling references across products: vSwitches, route entries, attachments, plans, limits, VBRs,
 *       circuits, data-center routes, cloud-service routes, groups, APIs, bindings and authorizations all name
 *       resources that exist;
 *   <li>for the in-memory provider, every secondary index of the snapshot (vSwitches by VPC, attachments by
 *       CEN, ...) equals the index rebuilt from its primary maps, so indexes never drift.
 * </ul>
 */
public final class Invariants {
  private Invariants() {}

  private static void indexes(CloudSnapshot s, List<String> out) {
    if (s instanceof dev.cenkit.inmemory.state.Snapshot) {
      for (String part : ((dev.cenkit.inmemory.state.Snapshot) s).indexDrift()) {
        out.add("index drift: the " + part + " indexes differ from the ones rebuilt from the primary maps");
      }
    }
  }

  /** Every violated invariant of {@code s}. */
  public static List<String> violations(CloudSnapshot s) {
    List<String> out = new ArrayList<>();
    vpcs(s, out);
    cen(s, out);
    bandwidth(s, out);
    expressConnect(s, out);
    apiGateway(s, out);
    indexes(s, out);
    return List.copyOf(out);
  }

  private static void vpcs(CloudSnapshot s, List<String> out) {
    for (VSwitch v : s.vpc().vSwitches().values()) {
      Vpc vpc = s.vpc().vpcs().get(v.vpcId());
      if (vpc == null) {
        out.add("dangling reference: vSwitch " + v.id() + " names missing VPC " + v.vpcId());
        continue;
      }
      if (!vpc.cidrBlock().contains(v.cidrBlock())) {
        out.add("R37: vSwitch " + v.id() + " " + v.cidrBlock() + " is not inside " + vpc.id() + " " + vpc.cidrBlock());
      }
      if (!v.region().equals(vpc.region())) {
        out.add("R1: vSwitch " + v.id() + " is in " + v.region() + " but its VPC in " + vpc.region());
      }
      for (VSwitch w : s.vpc().vSwitches().values()) {
        if (w != v && w.vpcId().equals(v.vpcId()) && w.id().compareTo(v.id()) > 0 && w.cidrBlock().overlaps(v.cidrBlock())) {
          out.add("R37: vSwitches " + v.id() + " and " + w.id() + " overlap");
        }
      }
    }
    for (RouteEntry e : s.vpc().routeEntries().values()) {
      if (!s.vpc().vpcs().containsKey(e.vpcId())) {
        out.add("dangling reference: route entry " + e.id() + " names missing VPC " + e.vpcId());
      }
    }
  }

  private static void cen(CloudSnapshot s, List<String> out) {
    Map<String, String> cenOf = new HashMap<>();
    for (CenAttachment a : s.cen().attachments().values()) {
      String child = a.childInstanceId().value();
      String earlier = cenOf.put(child, a.cenId().value());
      if (earlier != null) {
        out.add("R6: " + child + " is attached to " + earlier + " and to " + a.cenId());
      }
      if (!s.cen().cens().containsKey(a.cenId())) {
        out.add("dangling reference: attachment of " + child + " names missing CEN " + a.cenId());
      }
      if (a.childInstanceId() instanceof VpcId) {
        Vpc vpc = s.vpc().vpcs().get((VpcId) a.childInstanceId());
        if (vpc == null) {
          out.add("dangling reference: CEN " + a.cenId() + " has missing VPC " + child + " attached");
        } else if (!vpc.region().equals(a.childInstanceRegion())) {
          out.add("R1: attachment of " + vpc.id() + " says " + a.childInstanceRegion() + ", the VPC is in " + vpc.region());
        }
      } else if (a.childInstanceId() instanceof VbrId) {
        Vbr vbr = s.expressConnect().vbrs().get((VbrId) a.childInstanceId());
        if (vbr == null) {
          out.add("dangling reference: CEN " + a.cenId() + " has missing VBR " + child + " attached");
        } else if (!vbr.region().equals(a.childInstanceRegion())) {
          out.add("R1: attachment of " + vbr.id() + " says " + a.childInstanceRegion() + ", the VBR is in " + vbr.region());
        }
      }
    }
  }

  private static void bandwidth(CloudSnapshot s, List<String> out) {
    SetMultimap<String, AreaPair> pairsByCen = HashMultimap.create();
    for (BandwidthPlan p : s.cen().bandwidthPlans().values()) {
      if (p.cenId().isEmpty()) {
        continue;
      }
      if (!s.cen().cens().containsKey(p.cenId().get())) {
        out.add("dangling reference: plan " + p.id() + " is associated with missing CEN " + p.cenId().get());
      }
      if (!pairsByCen.put(p.cenId().get().value(), p.areas())) {
        out.add("R15: CEN " + p.cenId().get() + " has two plans for " + p.areas());
      }
    }
    Map<String, Long> drawn = new HashMap<>();
    for (InterRegionBandwidthLimit l : s.cen().bandwidthLimits().values()) {
      if (!s.cen().cens().containsKey(l.cenId())) {
        out.add("dangling reference: limit " + l.regions() + " names missing CEN " + l.cenId());
      }
      if (l.bandwidthLimit().mbps() < 1) {
        out.add("R19: limit " + l.regions() + " in " + l.cenId() + " is below 1 Mbit/s");
      }
      BandwidthPlan plan = s.cen().bandwidthPlans().get(l.bandwidthPackageId());
      if (plan == null) {
        out.add("dangling reference: limit " + l.regions() + " in " + l.cenId() + " draws on missing plan " + l.bandwidthPackageId());
        continue;
      }
      if (!plan.cenId().map(c -> c.equals(l.cenId())).orElse(false)) {
        out.add("R17: limit " + l.regions() + " in " + l.cenId() + " draws on plan " + plan.id() + " associated with " + plan.cenId());
      }
      if (!plan.areas().equals(l.regions().areas())) {
        out.add("R18: limit " + l.regions() + " draws on plan " + plan.id() + " for " + plan.areas());
      }
      drawn.merge(plan.id().value(), l.bandwidthLimit().mbps(), Long::sum);
    }
    for (BandwidthPlan p : s.cen().bandwidthPlans().values()) {
      long sum = drawn.getOrDefault(p.id().value(), 0L);
      if (sum > p.bandwidth().mbps()) {
        out.add("R19: limits drawn on plan " + p.id() + " sum to " + sum + " Mbit/s, more than its " + p.bandwidth().mbps());
      }
    }
  }

  private static void expressConnect(CloudSnapshot s, List<String> out) {
    for (PhysicalConnection pc : s.expressConnect().physicalConnections().values()) {
      if (!s.expressConnect().dataCenters().containsKey(pc.dataCenterId())) {
        out.add("dangling reference: circuit " + pc.id() + " lands in missing data center " + pc.dataCenterId());
      }
    }
    for (Vbr vbr : s.expressConnect().vbrs().values()) {
      PhysicalConnection pc = s.expressConnect().physicalConnections().get(vbr.physicalConnectionId());
      if (pc == null) {
        out.add("dangling reference: VBR " + vbr.id() + " is on missing circuit " + vbr.physicalConnectionId());
      } else if (!pc.region().equals(vbr.region())) {
        out.add("R44: VBR " + vbr.id() + " is in " + vbr.region() + ", its circuit in " + pc.region());
      }
    }
    for (DataCenter dc : s.expressConnect().dataCenters().values()) {
      for (DataCenterRoute r : dc.routes()) {
        Vbr vbr = s.expressConnect().vbrs().get(r.vbrId());
        if (vbr == null) {
          out.add("dangling reference: data center " + dc.id() + " routes " + r.destination() + " to missing VBR " + r.vbrId());
          continue;
        }
        PhysicalConnection pc = s.expressConnect().physicalConnections().get(vbr.physicalConnectionId());
        if (pc != null && !pc.dataCenterId().equals(dc.id())) {
          out.add("D10: data center " + dc.id() + " routes " + r.destination() + " to VBR " + vbr.id() + " of another data center");
        }
      }
    }
    for (CloudServiceRoute c : s.expressConnect().cloudServiceRoutes().values()) {
      if (!s.cen().cens().containsKey(c.cenId())) {
        out.add("dangling reference: cloud-service route " + c.host() + " names missing CEN " + c.cenId());
      }
      if (!s.vpc().vpcs().containsKey(c.hostVpcId())) {
        out.add("dangling reference: cloud-service route " + c.host() + " names missing VPC " + c.hostVpcId());
      }
    }
  }

  private static void apiGateway(CloudSnapshot s, List<String> out) {
    for (ApiGatewayInstance i : s.apiGateway().instances().values()) {
      if (i.vpcBinding().isEmpty()) {
        continue;
      }
      VpcBinding b = i.vpcBinding().get();
      if (i.instanceType() != ApiGatewayInstanceType.VPC_DEDICATED) {
        out.add("R51: shared instance " + i.id() + " is bound to " + b.vpcId());
      }
      Vpc vpc = s.vpc().vpcs().get(b.vpcId());
      VSwitch vsw = s.vpc().vSwitches().get(b.vSwitchId());
      if (vpc == null) {
        out.add("dangling reference: instance " + i.id() + " is bound to missing VPC " + b.vpcId());
      } else if (!vpc.region().equals(i.region())) {
        out.add("R50: instance " + i.id() + " in " + i.region() + " is bound to " + vpc.id() + " in " + vpc.region());
      }
      if (vsw == null) {
        out.add("dangling reference: instance " + i.id() + " is bound through missing vSwitch " + b.vSwitchId());
      } else if (!vsw.vpcId().equals(b.vpcId())) {
        out.add("R51: instance " + i.id() + " is bound to " + b.vpcId() + " through vSwitch " + vsw.id() + " of " + vsw.vpcId());
      }
    }
    for (ApiGroup g : s.apiGateway().groups().values()) {
      if (!s.apiGateway().instances().containsKey(g.instanceId())) {
        out.add("dangling reference: group " + g.id() + " is on missing instance " + g.instanceId());
      }
    }
    for (Api a : s.apiGateway().apis().values()) {
      if (!s.apiGateway().groups().containsKey(a.groupId())) {
        out.add("dangling reference: API " + a.id() + " is in missing group " + a.groupId());
      }
    }
    for (VpcAccess a : s.apiGateway().vpcAccesses().values()) {
      if (!s.vpc().vpcs().containsKey(a.vpcId())) {
        out.add("dangling reference: authorization '" + a.name() + "' names missing VPC " + a.vpcId());
      }
    }
  }
}
