package dev.cenkit.inmemory.ops.cen;

import dev.cenkit.error.ErrorCode;
import dev.cenkit.error.RuleId;
import dev.cenkit.inmemory.ops.OperationHandlers;
import dev.cenkit.inmemory.ops.Txn;
import dev.cenkit.inmemory.rules.AccountRules;
import dev.cenkit.inmemory.rules.CenRules;
import dev.cenkit.inmemory.rules.ExpressConnectLookups;
import dev.cenkit.inmemory.rules.ExpressConnectRules;
import dev.cenkit.inmemory.rules.Lookups;
import dev.cenkit.inmemory.rules.TransitRouterRules;
import dev.cenkit.model.tr.TransitRouter;
import dev.cenkit.model.NetworkInstanceId;
import dev.cenkit.model.RegionId;
import dev.cenkit.model.cen.CenAttachment;
import dev.cenkit.model.cen.CenId;
import dev.cenkit.model.cen.CenInstance;
import dev.cenkit.model.expressconnect.VbrId;
import dev.cenkit.model.vpc.VpcId;
import dev.cenkit.spi.cen.AttachCenChildInstanceRequest;
import dev.cenkit.spi.cen.CreateCenRequest;
import dev.cenkit.spi.cen.DeleteCenRequest;
import dev.cenkit.spi.cen.DetachCenChildInstanceRequest;
import dev.cenkit.spi.cen.ModifyCenAttributeRequest;
import java.util.Optional;

/** The handlers of the CEN actions. */
public final class CenOperations {
  private CenOperations() {}

  /** Registers every CEN handler. */
  public static void register(OperationHandlers handlers) {
    handlers
        .register("CreateCen", CreateCenRequest.class, CenOperations::createCen)
        .register("AttachCenChildInstance", AttachCenChildInstanceRequest.class, CenOperations::attach)
        .register("DetachCenChildInstance", DetachCenChildInstanceRequest.class, CenOperations::detach)
        .register("DeleteCen", DeleteCenRequest.class, CenOperations::deleteCen)
        .register("ModifyCenAttribute", ModifyCenAttributeRequest.class, CenOperations::modifyCen);
    BandwidthPlanOperations.register(handlers);
    GrantOperations.register(handlers);
  }

  static CenInstance createCen(Txn txn, CreateCenRequest r) {
    CenRules.r78CenCount(txn.state(), txn.quotas().censPerAccount());
    CenInstance cen =
        CenInstance.builder()
            .id(txn.newId(CenId.KIND, CenId::of))
            .name(r.name())
            .description(r.description())
            .tags(r.tags())
            .resourceGroupId(r.resourceGroupId())
            .protectionLevel(r.protectionLevel())
            .ownerId(txn.caller())
            .build();
    txn.update(s -> s.withCen(c -> c.withCen(cen)));
    return cen;
  }

  static CenAttachment attach(Txn txn, AttachCenChildInstanceRequest r) {
    CenInstance cen = AccountRules.ownCen(txn.state(), txn.caller(), r.cenId(), ErrorCode.PARAMETER_CEN_INSTANCE_ID);
    TransitRouterRules.e23LegacyAttach(txn.state(), r.cenId());
    NetworkInstanceId child = r.childInstanceId();
    CenRules.r5ChildTypeModeled(child);
    AccountRules.Instance owned =
        AccountRules.instance(txn.state(), child, r.childInstanceOwnerId().orElse(txn.caller()));
    RegionId actual = owned.region();
    CenRules.r1ChildRegion(child, actual, r.childInstanceRegion());
    AccountRules.r8Granted(txn.state(), owned, cen);
    ExpressConnectRules.r7NoRouterInterfaces(txn.state(), child);
    CenRules.r6NotAttached(txn.state(), child, r.cenId());
    CenRules.r41ChildNotChanging(txn.state(), child);
    CenRules.d2RegionsPerCen(txn.state(), r.cenId(), actual, txn.quotas().regionsPerCen());
    CenRules.d2ChildInstancesPerRegion(txn.state(), r.cenId(), actual, txn.quotas().childInstancesPerRegionPerCen());
    CenAttachment attachment =
        CenAttachment.builder()
            .cenId(r.cenId())
            .childInstanceId(child)
            .childInstanceRegion(actual)
            .attachOrder(txn.nextOrder())
            .build();
    txn.update(s -> s.withCen(c -> c.withAttachment(attachment)));
    return attachment;
  }

  static Optional<CenAttachment> detach(Txn txn, DetachCenChildInstanceRequest r) {
    AccountRules.ownCen(txn.state(), txn.caller(), r.cenId(), ErrorCode.PARAMETER_CEN_INSTANCE_ID);
    TransitRouterRules.e23BasicOnly(txn.state(), r.cenId(), r.action());
    NetworkInstanceId child = r.childInstanceId();
    Optional<CenAttachment> attached =
        txn.state().cen().attachmentOf(child).filter(a -> a.cenId().equals(r.cenId()));
    if (attached.isEmpty()) {
      // R11: detaching an instance that is not attached to this CEN (or does not exist) is a successful no-op.
      return Optional.empty();
    }
    CenRules.r1ChildRegion(child, attached.get().childInstanceRegion(), r.childInstanceRegion());
    // another account's child is named with its owner (R8), as when it was attached
    AccountRules.instance(txn.state(), child, r.childInstanceOwnerId().orElse(txn.caller()));
    CenRules.r41ChildNotChanging(txn.state(), child);
    txn.update(s -> s.withCen(c -> c.withoutAttachment(child.value())));
    return attached;
  }

  static CenInstance deleteCen(Txn txn, DeleteCenRequest r) {
    CenInstance cen = Lookups.cen(txn.state(), r.cenId());
    CenRules.r75CenDeletable(txn.state(), cen.id());
    TransitRouterRules.e22CenDeletable(txn.state(), cen.id());
    for (TransitRouter router : txn.state().transitRouter().transitRoutersOf(cen.id())) {
      // E22: the routers themselves (with their system tables) go with the CEN.
      txn.update(s -> s.withTransitRouter(t -> t.withoutRouteTable(router.systemRouteTableId()).withoutRouter(router.id())));
    }
    txn.update(s -> s.withCen(c -> c.withoutCen(cen.id())));
    return cen;
  }

  static CenInstance modifyCen(Txn txn, ModifyCenAttributeRequest r) {
    CenInstance cen = Lookups.cen(txn.state(), r.cenId());
    CenInstance.Builder b = cen.toBuilder();
    r.name().ifPresent(b::name);
    r.description().ifPresent(b::description);
    r.protectionLevel().ifPresent(b::protectionLevel);
    CenInstance modified = b.build();
    txn.update(s -> s.withCen(c -> c.withCen(modified)));
    return modified;
  }

}
