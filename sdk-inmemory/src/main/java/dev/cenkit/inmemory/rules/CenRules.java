package dev.cenkit.inmemory.rules;

import dev.cenkit.error.ErrorCode;
import dev.cenkit.error.RuleId;
import dev.cenkit.inmemory.state.Snapshot;
import dev.cenkit.model.NetworkInstanceId;
import dev.cenkit.model.RegionId;
import dev.cenkit.model.cen.CenAttachment;
import dev.cenkit.model.cen.CenId;

/** The CEN attachment rules. Each method enforces one rule and names it. */
public final class CenRules {
  private CenRules() {}

  /** R1: the region given when attaching is the child's own. */
  public static void r1ChildRegion(NetworkInstanceId child, RegionId actual, RegionId given) {
    if (!actual.equals(given)) {
      throw ErrorCode.CHILD_INSTANCE_REGION_ILLEGAL.exception(
          RuleId.R1, child.value() + " is in " + actual + ", not in " + given, child.value(), given);
    }
  }

  /** R6: a network instance is attached to at most one CEN. */
  public static void r6NotAttached(Snapshot s, NetworkInstanceId child, CenId target) {
    CenAttachment existing = s.cen().attachmentOf(child).orElse(null);
    if (existing != null) {
      String where = existing.cenId().equals(target) ? "this CEN" : "another CEN, " + existing.cenId();
      throw ErrorCode.CHILD_INSTANCE_ALREADY_ATTACHED.exception(
          RuleId.R6, child.value() + " is already attached to " + where, child.value(), existing.cenId());
    }
  }
}
