package dev.cenkit.testkit;

import dev.cenkit.model.cen.CenAttachment;
import dev.cenkit.model.vpc.VSwitch;
import dev.cenkit.model.vpc.Vpc;
import dev.cenkit.model.vpc.VpcId;
import dev.cenkit.spi.CloudSnapshot;
import java.util.ArrayList;
import java.util.List;

/**
 * The global invariants of the rule catalog, checked from outside the provider on any snapshot: each
 * violation is described in one line naming the rule and the ids. An empty list means every invariant holds.
 */
public final class Invariants {
  private Invariants() {}

  /** Every violated invariant of {@code s}. */
  public static List<String> violations(CloudSnapshot s) {
    List<String> out = new ArrayList<>();
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
    for (CenAttachment a : s.cen().attachments().values()) {
      if (!s.cen().cens().containsKey(a.cenId())) {
        out.add("dangling reference: attachment of " + a.childInstanceId().value() + " names missing CEN " + a.cenId());
      }
      if (a.childInstanceId() instanceof VpcId) {
        Vpc vpc = s.vpc().vpcs().get((VpcId) a.childInstanceId());
        if (vpc == null) {
          out.add("dangling reference: CEN " + a.cenId() + " has missing VPC " + a.childInstanceId().value() + " attached");
        } else if (!vpc.region().equals(a.childInstanceRegion())) {
          out.add("R1: attachment of " + vpc.id() + " says " + a.childInstanceRegion() + ", the VPC is in " + vpc.region());
        }
      }
    }
    return List.copyOf(out);
  }
}
