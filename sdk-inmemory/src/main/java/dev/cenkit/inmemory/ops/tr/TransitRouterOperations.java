package dev.cenkit.inmemory.ops.tr;

import dev.cenkit.inmemory.ops.OperationHandlers;
import dev.cenkit.inmemory.ops.Txn;
import dev.cenkit.inmemory.rules.TransitRouterLookups;
import dev.cenkit.inmemory.rules.TransitRouterRules;
import dev.cenkit.model.RegionId;
import dev.cenkit.model.cen.CenId;
import dev.cenkit.model.cen.CenInstance;
import dev.cenkit.model.tr.TransitRouter;
import dev.cenkit.model.tr.TransitRouterId;
import dev.cenkit.model.tr.TransitRouterRouteTable;
import dev.cenkit.model.tr.TransitRouterRouteTableId;
import dev.cenkit.model.tr.TransitRouterRouteTableType;
import dev.cenkit.spi.tr.CreateTransitRouterRequest;
import dev.cenkit.spi.tr.DeleteTransitRouterRequest;
import dev.cenkit.spi.tr.OpenTransitRouterServiceRequest;
import java.util.Optional;

/**
 * The handlers of the transit router actions: the service switch and the routers themselves. Connections are in
 * {@link TransitRouterAttachmentOperations}, tables and routing in {@link TransitRouterRoutingOperations}.
 */
public final class TransitRouterOperations {
  private TransitRouterOperations() {}

  /** Registers every transit-router handler. */
  public static void register(OperationHandlers handlers) {
    handlers
        .register("OpenTransitRouterService", OpenTransitRouterServiceRequest.class, TransitRouterOperations::open)
        .register("CreateTransitRouter", CreateTransitRouterRequest.class, TransitRouterOperations::create)
        .register("DeleteTransitRouter", DeleteTransitRouterRequest.class, TransitRouterOperations::delete);
    TransitRouterAttachmentOperations.register(handlers);
    TransitRouterRoutingOperations.register(handlers);
  }

  static Boolean open(Txn txn, OpenTransitRouterServiceRequest r) {
    if (!txn.state().transitRouter().serviceOpen()) {
      txn.update(s -> s.withTransitRouter(t -> t.withServiceOpen()));
    }
    return Boolean.TRUE;
  }

  static TransitRouter create(Txn txn, CreateTransitRouterRequest r) {
    TransitRouter router =
        createRouter(txn, r.cenId(), r.regionId(), r.transitRouterName(), r.transitRouterDescription(),
            r.supportMulticast(), r.action());
    TransitRouterRules.e33DryRun(r.dryRun(), r.action());
    return router;
  }

  /** Creates the Enterprise router of a CEN in a region with its system table (E1, E2, E3, E25). */
  static TransitRouter createRouter(
      Txn txn, CenId cenId, RegionId region, Optional<String> name, Optional<String> description, boolean multicast,
      String action) {
    CenInstance cen = TransitRouterLookups.cen(txn.state(), cenId);
    TransitRouterRules.e2ServiceOpen(txn.state(), action);
    TransitRouterRules.e3NotFullLevel(cen);
    TransitRouterRules.e25EnterpriseOnly(txn.state(), cenId, action);
    TransitRouterRules.e1OneRouterPerRegion(txn.state(), cenId, region);
    TransitRouterId id = txn.newId(TransitRouterId.KIND, TransitRouterId::of);
    TransitRouterRouteTable system =
        TransitRouterRouteTable.builder()
            .id(txn.newId(TransitRouterRouteTableId.KIND, TransitRouterRouteTableId::of))
            .transitRouterId(id)
            .type(TransitRouterRouteTableType.SYSTEM)
            .build();
    TransitRouter router =
        TransitRouter.builder()
            .id(id)
            .cenId(cenId)
            .region(region)
            .systemRouteTableId(system.id())
            .name(name)
            .description(description)
            .supportMulticast(multicast)
            .build();
    txn.update(s -> s.withTransitRouter(t -> t.withRouter(router).withRouteTable(system)));
    return router;
  }

  /**
   * The router a connection names (E5): the given one, which must be Enterprise (E25), or the CEN's router in
   * the region, created when missing.
   */
  static TransitRouter routerFor(
      Txn txn, Optional<TransitRouterId> id, Optional<CenId> cen, Optional<RegionId> region, String action) {
    TransitRouterRules.e5RouterOrCenAndRegion(id, cen, region);
    if (id.isPresent()) {
      return TransitRouterLookups.routerToChange(txn.state(), id.get());
    }
    TransitRouterLookups.cen(txn.state(), cen.get());
    Optional<TransitRouter> existing = txn.state().transitRouter().transitRouterOf(cen.get(), region.get());
    return existing.orElseGet(
        () -> createRouter(txn, cen.get(), region.get(), Optional.empty(), Optional.empty(), false, action));
  }

  static TransitRouter delete(Txn txn, DeleteTransitRouterRequest r) {
    TransitRouter router = TransitRouterLookups.routerToChange(txn.state(), r.transitRouterId());
    TransitRouterRules.e21RouterDeletable(txn.state(), router);
    TransitRouterRules.e33DryRun(r.dryRun(), r.action());
    txn.update(s -> s.withTransitRouter(t -> t.withoutRouteTable(router.systemRouteTableId()).withoutRouter(router.id())));
    return router;
  }
}
