package dev.cenkit.inmemory.rules;

import dev.cenkit.error.ErrorCode;
import dev.cenkit.error.RuleId;
import dev.cenkit.inmemory.state.Snapshot;
import dev.cenkit.model.cen.CenId;
import dev.cenkit.model.cen.CenInstance;
import dev.cenkit.model.tr.TransitRouter;
import dev.cenkit.model.tr.TransitRouterAttachment;
import dev.cenkit.model.tr.TransitRouterAttachmentId;
import dev.cenkit.model.tr.TransitRouterAttachmentKind;
import dev.cenkit.model.tr.TransitRouterId;
import dev.cenkit.model.tr.TransitRouterRouteEntry;
import dev.cenkit.model.tr.TransitRouterRouteEntryId;
import dev.cenkit.model.tr.TransitRouterRouteTable;
import dev.cenkit.model.tr.TransitRouterRouteTableId;

/** Finds the transit-router resources an operation names, or rejects it with the real not-found code. */
public final class TransitRouterLookups {
  private TransitRouterLookups() {}

  /** The CEN, or {@code InvalidCenId.NotFound} (E5). */
  public static CenInstance cen(Snapshot s, CenId id) {
    CenInstance cen = s.cen().cens().get(id);
    if (cen == null) {
      throw ErrorCode.INVALID_CEN_ID_NOT_FOUND.exception(RuleId.E5, "CEN " + id + " does not exist", id);
    }
    return cen;
  }

  /**
   * The router, or {@code InvalidTransitRouterId.NotFound} (E5); the implicit router of a Basic CEN is refused
   * with {@code OperationUnsupported.TransitRouterType} (E25, DE18).
   */
  public static TransitRouter router(Snapshot s, TransitRouterId id) {
    TransitRouter tr = s.transitRouter().transitRouters().get(id);
    if (tr == null) {
      TransitRouterRules.e25NotABasicRouter(s, id);
      throw ErrorCode.INVALID_TR_ID_NOT_FOUND.exception(RuleId.E5, "transit router " + id + " does not exist", id);
    }
    return tr;
  }

  /**
   * The router an operation changes or builds on: {@link #router}, and settled (E24), since a router in a
   * transitional state accepts only reads.
   */
  public static TransitRouter routerToChange(Snapshot s, TransitRouterId id) {
    TransitRouter tr = router(s, id);
    TransitRouterRules.e24RouterSettled(tr);
    return tr;
  }

  /** Checks that the connection and every router it joins are settled, as a change to it needs (E24). */
  private static TransitRouterAttachment settled(Snapshot s, TransitRouterAttachment a) {
    for (TransitRouterId router : a.routers()) {
      TransitRouter tr = s.transitRouter().transitRouters().get(router);
      if (tr != null) {
        TransitRouterRules.e24RouterSettled(tr);
      }
    }
    TransitRouterRules.e24ConnectionSettled(a);
    return a;
  }

  /** The route table, or {@code InvalidTransitRouterRouteTableId.NotFound} (E11, E20). */
  public static TransitRouterRouteTable table(Snapshot s, TransitRouterRouteTableId id) {
    TransitRouterRouteTable t = s.transitRouter().routeTables().get(id);
    if (t == null) {
      throw ErrorCode.INVALID_TR_ROUTE_TABLE_ID_NOT_FOUND.exception(
          RuleId.E11, "transit router route table " + id + " does not exist", id);
    }
    return t;
  }

  /**
   * The connection to associate or propagate, or {@code InvalidAttachmentId.NotFound} (E9); it and its routers
   * must be settled (E24).
   */
  public static TransitRouterAttachment attachmentToRoute(Snapshot s, TransitRouterAttachmentId id) {
    TransitRouterAttachment a = s.transitRouter().attachments().get(id);
    if (a == null) {
      throw ErrorCode.INVALID_ATTACHMENT_ID_NOT_FOUND.exception(
          RuleId.E9, "transit router connection " + id + " does not exist", id);
    }
    return settled(s, a);
  }

  /**
   * The connection of {@code kind}, or {@code InvalidTransitRouterAttachmentId.NotFound} (E19): a VPC action
   * does not find a VBR or inter-region connection. Only changes look connections up here, so it and its routers
   * must be settled (E24).
   */
  public static TransitRouterAttachment attachment(
      Snapshot s, TransitRouterAttachmentId id, TransitRouterAttachmentKind kind) {
    TransitRouterAttachment a = s.transitRouter().attachments().get(id);
    if (a == null || a.kind() != kind) {
      throw ErrorCode.INVALID_TR_ATTACHMENT_ID_NOT_FOUND.exception(
          RuleId.E19,
          a == null ? "transit router connection " + id + " does not exist"
              : id + " is a " + a.kind().name() + " connection, not a " + kind.name() + " connection",
          id);
    }
    return settled(s, a);
  }

  /** The static entry, or {@code InvalidTransitRouterRouteEntryId.NotFound} (E11). */
  public static TransitRouterRouteEntry entry(Snapshot s, TransitRouterRouteEntryId id) {
    TransitRouterRouteEntry e = s.transitRouter().staticEntries().get(id);
    if (e == null) {
      throw ErrorCode.INVALID_TR_ROUTE_ENTRY_ID_NOT_FOUND.exception(
          RuleId.E11, "transit router route entry " + id + " does not exist", id);
    }
    return e;
  }
}
