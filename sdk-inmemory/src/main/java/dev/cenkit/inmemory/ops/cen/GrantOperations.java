package dev.cenkit.inmemory.ops.cen;

import dev.cenkit.inmemory.ops.OperationHandlers;
import dev.cenkit.inmemory.ops.Txn;
import dev.cenkit.inmemory.rules.AccountRules;
import dev.cenkit.inmemory.rules.CenRules;
import dev.cenkit.inmemory.rules.Lookups;
import dev.cenkit.model.cen.CenGrant;
import dev.cenkit.spi.tr.GrantInstanceToTransitRouterRequest;
import dev.cenkit.spi.tr.RevokeInstanceFromTransitRouterRequest;
import dev.cenkit.spi.vpc.GrantInstanceToCenRequest;
import dev.cenkit.spi.vpc.RevokeInstanceFromCenRequest;
import java.util.Optional;

/**
 * The handlers of the cross-account grants: {@code GrantInstanceToCen} / {@code RevokeInstanceFromCen} (VPC API,
 * R8) and {@code GrantInstanceToTransitRouter} / {@code RevokeInstanceFromTransitRouter} (Cbn, E18). The caller
 * grants or revokes its own instance; another account's instance is not found.
 */
public final class GrantOperations {
  private GrantOperations() {}

  /** Registers the grant handlers. */
  public static void register(OperationHandlers handlers) {
    handlers
        .register("GrantInstanceToCen", GrantInstanceToCenRequest.class, GrantOperations::grantToCen)
        .register("RevokeInstanceFromCen", RevokeInstanceFromCenRequest.class, GrantOperations::revokeFromCen)
        .register("GrantInstanceToTransitRouter", GrantInstanceToTransitRouterRequest.class,
            GrantOperations::grantToTransitRouter)
        .register("RevokeInstanceFromTransitRouter", RevokeInstanceFromTransitRouterRequest.class,
            GrantOperations::revokeFromTransitRouter);
  }

  static CenGrant grantToCen(Txn txn, GrantInstanceToCenRequest r) {
    CenRules.r5ChildTypeModeled(r.instanceId());
    AccountRules.Instance instance = AccountRules.instance(txn.state(), r.instanceId(), txn.caller());
    CenRules.r1ChildRegion(r.instanceId(), instance.region(), r.regionId());
    Lookups.cen(txn.state(), r.cenId());
    AccountRules.r48NoVbrGrant(r.instanceId(), instance.owner(), r.cenOwnerId());
    AccountRules.r8NotGrantedYet(txn.state().grants().cenGrant(r.instanceId(), r.cenId()), r.instanceId(), r.cenId(),
        r.action());
    CenGrant grant = grant(instance, r.cenId(), r.cenOwnerId()).build();
    txn.update(s -> s.withGrants(g -> g.withCenGrant(grant)));
    return grant;
  }

  static CenGrant revokeFromCen(Txn txn, RevokeInstanceFromCenRequest r) {
    CenRules.r5ChildTypeModeled(r.instanceId());
    AccountRules.Instance instance = AccountRules.instance(txn.state(), r.instanceId(), txn.caller());
    CenRules.r1ChildRegion(r.instanceId(), instance.region(), r.regionId());
    CenGrant grant = AccountRules.r8GrantExists(
        txn.state().grants().cenGrant(r.instanceId(), r.cenId()), r.instanceId(), r.cenId(), r.action());
    AccountRules.r8NotAttached(txn.state(), r.instanceId(), r.cenId());
    txn.update(s -> s.withGrants(g -> g.withoutCenGrant(r.instanceId(), r.cenId())));
    return grant;
  }

  static CenGrant grantToTransitRouter(Txn txn, GrantInstanceToTransitRouterRequest r) {
    CenRules.r5ChildTypeModeled(r.instanceId());
    AccountRules.Instance instance = AccountRules.instance(txn.state(), r.instanceId(), txn.caller());
    CenRules.r1ChildRegion(r.instanceId(), instance.region(), r.regionId());
    Lookups.cen(txn.state(), r.cenId());
    AccountRules.r48NoVbrGrant(r.instanceId(), instance.owner(), r.cenOwnerId());
    AccountRules.r8NotGrantedYet(txn.state().grants().transitRouterGrant(r.instanceId(), r.cenId()), r.instanceId(),
        r.cenId(), r.action());
    CenGrant grant = grant(instance, r.cenId(), r.cenOwnerId()).orderType(r.orderType()).build();
    txn.update(s -> s.withGrants(g -> g.withTransitRouterGrant(grant)));
    return grant;
  }

  static CenGrant revokeFromTransitRouter(Txn txn, RevokeInstanceFromTransitRouterRequest r) {
    CenRules.r5ChildTypeModeled(r.instanceId());
    AccountRules.Instance instance = AccountRules.instance(txn.state(), r.instanceId(), txn.caller());
    r.regionId().ifPresent(region -> CenRules.r1ChildRegion(r.instanceId(), instance.region(), region));
    Optional<CenGrant> existing = txn.state().grants().transitRouterGrant(r.instanceId(), r.cenId());
    CenGrant grant = AccountRules.r8GrantExists(existing, r.instanceId(), r.cenId(), r.action());
    AccountRules.e18NotConnected(txn.state(), r.instanceId(), r.cenId());
    txn.update(s -> s.withGrants(g -> g.withoutTransitRouterGrant(r.instanceId(), r.cenId())));
    return grant;
  }

  private static CenGrant.Builder grant(AccountRules.Instance instance, dev.cenkit.model.cen.CenId cen,
      dev.cenkit.model.AccountId cenOwner) {
    return CenGrant.builder()
        .instanceId(instance.id())
        .instanceOwnerId(instance.owner())
        .cenId(cen)
        .cenOwnerId(cenOwner)
        .region(instance.region());
  }
}
