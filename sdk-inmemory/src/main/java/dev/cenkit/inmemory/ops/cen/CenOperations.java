package dev.cenkit.inmemory.ops.cen;

import dev.cenkit.error.ErrorCode;
import dev.cenkit.error.RuleId;
import dev.cenkit.inmemory.ops.OperationHandlers;
import dev.cenkit.inmemory.ops.Txn;
import dev.cenkit.inmemory.rules.CenRules;
import dev.cenkit.inmemory.rules.ExpressConnectLookups;
import dev.cenkit.inmemory.rules.ExpressConnectRules;
import dev.cenkit.inmemory.rules.Lookups;
import dev.cenkit.model.NetworkInstanceId;
import dev.cenkit.model.RegionId;
import dev.cenkit.model.cen.CenAttachment;
import dev.cenkit.model.cen.CenId;
import dev.cenkit.model.cen.CenInstance;
import dev.cenkit.model.expressconnect.VbrId;
import dev.cenkit.model.vpc.VpcId;
import dev.cenkit.spi.cen.AttachCenChildInstanceRequest;
import dev.cenkit.spi.cen.CreateCenRequest;

/** The handlers of the CEN actions. */
public final class CenOperations {
  private CenOperations() {}

  /** Registers every CEN handler. */
  public static void register(OperationHandlers handlers) {
    handlers
        .register("CreateCen", CreateCenRequest.class, CenOperations::createCen)
        .register("AttachCenChildInstance", AttachCenChildInstanceRequest.class, CenOperations::attach);
  }

  static CenInstance createCen(Txn txn, CreateCenRequest r) {
    int count = txn.state().cen().cens().size();
    if (count >= txn.quotas().censPerAccount()) {
      throw ErrorCode.CEN_COUNT_EXCEEDED.exception(
          RuleId.R78, "the account already has " + count + " CEN instances; the quota is " + txn.quotas().censPerAccount());
    }
    CenInstance cen =
        CenInstance.builder()
            .id(txn.newId(CenId.KIND, CenId::of))
            .name(r.name())
            .description(r.description())
            .protectionLevel(r.protectionLevel())
            .build();
    txn.update(s -> s.withCen(c -> c.withCen(cen)));
    return cen;
  }

  static CenAttachment attach(Txn txn, AttachCenChildInstanceRequest r) {
    Lookups.cen(txn.state(), r.cenId());
    NetworkInstanceId child = r.childInstanceId();
    RegionId actual = regionOf(txn, child);
    CenRules.r1ChildRegion(child, actual, r.childInstanceRegion());
    ExpressConnectRules.r7NoRouterInterfaces(txn.state(), child);
    CenRules.r6NotAttached(txn.state(), child, r.cenId());
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

  private static RegionId regionOf(Txn txn, NetworkInstanceId child) {
    if (child instanceof VpcId) {
      return Lookups.vpc(txn.state(), (VpcId) child).region();
    }
    if (child instanceof VbrId) {
      return ExpressConnectLookups.vbr(txn.state(), (VbrId) child).region();
    }
    throw ErrorCode.INSTANCE_TYPE_NOT_SUPPORT.exception(
        RuleId.R5, "child instance type " + child.childInstanceType() + " is not modelled yet", child.value());
  }
}
