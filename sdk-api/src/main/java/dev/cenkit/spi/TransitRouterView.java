package dev.cenkit.spi;

import dev.cenkit.model.Checks;
import dev.cenkit.model.RegionId;
import dev.cenkit.model.cen.CenId;
import dev.cenkit.model.tr.TransitRouter;
import dev.cenkit.model.tr.TransitRouterAttachment;
import dev.cenkit.model.tr.TransitRouterAttachmentId;
import dev.cenkit.model.tr.TransitRouterId;
import dev.cenkit.model.tr.TransitRouterRouteEntry;
import dev.cenkit.model.tr.TransitRouterRouteEntryId;
import dev.cenkit.model.tr.TransitRouterRouteTable;
import dev.cenkit.model.tr.TransitRouterRouteTableAssociation;
import dev.cenkit.model.tr.TransitRouterRouteTableId;
import dev.cenkit.model.tr.TransitRouterRouteTablePropagation;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The transit-router part of a {@link CloudSnapshot} (Enterprise Edition): routers, route tables, connections,
 * associations, propagations and static entries. Maps are unmodifiable and ordered by id; the per-owner lists
 * are read from indexes, not by scanning.
 */
public interface TransitRouterView {
  /** Whether {@code OpenTransitRouterService} was called for the account (E2). */
  boolean serviceOpen();

  /** Every transit router by id. */
  Map<TransitRouterId, TransitRouter> transitRouters();

  /** Every route table by id. */
  Map<TransitRouterRouteTableId, TransitRouterRouteTable> routeTables();

  /** Every connection by id. */
  Map<TransitRouterAttachmentId, TransitRouterAttachment> attachments();

  /** Every static or blackhole entry by id (propagated routes are derived, not stored). */
  Map<TransitRouterRouteEntryId, TransitRouterRouteEntry> staticEntries();

  /** The router of a CEN in a region, if it has one (E1). */
  Optional<TransitRouter> transitRouterOf(CenId cenId, RegionId region);

  /** The routers of a CEN, ordered by id. */
  List<TransitRouter> transitRoutersOf(CenId cenId);

  /** The route tables of a router, ordered by id. */
  List<TransitRouterRouteTable> routeTablesOf(TransitRouterId router);

  /** The connections of a router, including inter-region connections whose peer end it is, in creation order. */
  List<TransitRouterAttachment> attachmentsOf(TransitRouterId router);

  /** The connections of a VPC or VBR (by its id string), in creation order. */
  List<TransitRouterAttachment> attachmentsOfInstance(String networkInstanceId);

  /** The association of a connection on one of its routers (E8). */
  Optional<TransitRouterRouteTableAssociation> associationOf(TransitRouterId router, TransitRouterAttachmentId attachment);

  /** The associations of a table, ordered by connection id. */
  List<TransitRouterRouteTableAssociation> associationsOf(TransitRouterRouteTableId table);

  /** The propagations into a table, ordered by connection id. */
  List<TransitRouterRouteTablePropagation> propagationsInto(TransitRouterRouteTableId table);

  /** The propagations of a connection on one of its routers, ordered by table id (E9). */
  List<TransitRouterRouteTablePropagation> propagationsOf(TransitRouterId router, TransitRouterAttachmentId attachment);

  /** The static and blackhole entries of a table, in creation order. */
  List<TransitRouterRouteEntry> staticEntriesOf(TransitRouterRouteTableId table);

  /** The static entries whose next hop is the connection. */
  List<TransitRouterRouteEntry> staticEntriesTo(TransitRouterAttachmentId attachment);

  /** The router with this id, if it exists. */
  default Optional<TransitRouter> transitRouter(TransitRouterId id) {
    Checks.required(id, "id (TransitRouterId)");
    return Optional.ofNullable(transitRouters().get(id));
  }

  /** The route table with this id, if it exists. */
  default Optional<TransitRouterRouteTable> routeTable(TransitRouterRouteTableId id) {
    Checks.required(id, "id (TransitRouterRouteTableId)");
    return Optional.ofNullable(routeTables().get(id));
  }

  /** The connection with this id, if it exists. */
  default Optional<TransitRouterAttachment> attachment(TransitRouterAttachmentId id) {
    Checks.required(id, "id (TransitRouterAttachmentId)");
    return Optional.ofNullable(attachments().get(id));
  }
}
