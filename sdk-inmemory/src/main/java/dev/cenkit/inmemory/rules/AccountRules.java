package dev.cenkit.inmemory.rules;

import dev.cenkit.error.ErrorCode;
import dev.cenkit.error.RuleId;
import dev.cenkit.inmemory.state.Snapshot;
import dev.cenkit.model.AccountId;
import dev.cenkit.model.ChildInstanceType;
import dev.cenkit.model.NetworkInstanceId;
import dev.cenkit.model.RegionId;
import dev.cenkit.model.cen.CenGrant;
import dev.cenkit.model.cen.CenId;
import dev.cenkit.model.cen.CenInstance;
import dev.cenkit.model.expressconnect.VbrId;
import dev.cenkit.model.tr.TransitRouterAttachment;
import dev.cenkit.model.vpc.VpcId;
import java.util.Optional;

/**
 * The account rules: who may name which CEN, VPC or VBR, and the cross-account grants (R8, R48, E18). Every lookup
 * by owner is one map read; every grant check is one keyed read of the grants ({@code instance/cen}).
 *
 * <p>Which ids a caller may name at all is {@link AccountVisibility}, checked before every operation; these rules
 * decide where a request names another account on purpose (the attach and connection of a network instance to a
 * CEN, and the grants themselves).
 */
public final class AccountRules {
  private AccountRules() {}

  /**
   * A network instance's region and owner.
   *
   * @param id the VPC or VBR id
   * @param region its region
   * @param owner the account that owns it
   */
  public record Instance(NetworkInstanceId id, RegionId region, AccountId owner) {}

  /**
   * The caller's own CEN; another account's CEN is answered as not found with {@code notFound}, as the real cloud
   * answers for an id it does not show the caller.
   */
  public static CenInstance ownCen(Snapshot s, AccountId caller, CenId id, ErrorCode notFound) {
    CenInstance cen = Lookups.cen(s, id);
    if (!cen.ownerId().equals(caller)) {
      throw notFound.exception(
          null, "CEN " + id + " does not exist in account " + caller + " (it belongs to another account)", id);
    }
    return cen;
  }

  /**
   * The VPC or VBR {@code id} of account {@code owner}: not found (its own not-found code) when it does not exist or
   * belongs to another account, since the real cloud looks the instance up in the account named.
   */
  public static Instance instance(Snapshot s, NetworkInstanceId id, AccountId owner) {
    Instance found;
    if (id instanceof VpcId) {
      dev.cenkit.model.vpc.Vpc vpc = Lookups.vpc(s, (VpcId) id);
      found = new Instance(id, vpc.region(), vpc.ownerId());
    } else if (id instanceof VbrId) {
      dev.cenkit.model.expressconnect.Vbr vbr = ExpressConnectLookups.vbr(s, (VbrId) id);
      found = new Instance(id, vbr.region(), vbr.ownerId());
    } else {
      throw ErrorCode.NOT_MODELED.exception(
          RuleId.R5, "network instance " + id.value() + " (" + id.childInstanceType() + ") is not modelled by cenkit",
          id.value());
    }
    if (!found.owner().equals(owner)) {
      ErrorCode code = id instanceof VpcId ? ErrorCode.INVALID_VPC_ID_NOT_FOUND : ErrorCode.INVALID_VBR_ID_NOT_FOUND;
      throw code.exception(
          null,
          id.childInstanceType() + " " + id.value() + " does not exist in account " + owner
              + " (it belongs to another account; name its owner, e.g. ChildInstanceOwnerId or VpcOwnerId)",
          id.value());
    }
    return found;
  }

  /**
   * R8: attaching another account's VPC or VBR to a CEN needs a prior {@code GrantInstanceToCen} from its owner naming
   * this CEN and the CEN's owner, else {@code Forbbiden.AttachChildInstanceAcrossUid} (409).
   */
  public static void r8Granted(Snapshot s, Instance child, CenInstance cen) {
    if (child.owner().equals(cen.ownerId())) {
      return;
    }
    Optional<CenGrant> grant = s.grants().cenGrant(child.id(), cen.id());
    if (grant.isEmpty() || !grant.get().cenOwnerId().equals(cen.ownerId())) {
      throw ErrorCode.ATTACH_ACROSS_UID_FORBIDDEN.exception(
          RuleId.R8,
          child.id().value() + " belongs to account " + child.owner() + " and is not granted to " + cen.id()
              + " of account " + cen.ownerId()
              + grant.map(g -> " (the grant names CEN owner " + g.cenOwnerId() + ")").orElse("")
              + "; its owner must first call GrantInstanceToCen(" + child.id().value() + ", " + cen.id() + ", "
              + cen.ownerId() + ")",
          child.id().value(), cen.id());
    }
  }

  /** R8: a grant of an instance to a CEN cannot be repeated. */
  public static void r8NotGrantedYet(Optional<CenGrant> existing, NetworkInstanceId instance, CenId cen, String action) {
    if (existing.isPresent()) {
      throw ErrorCode.INSTANCE_ALREADY_GRANTED.exception(
          RuleId.R8, instance.value() + " is already granted to " + cen + "; " + action + " cannot be repeated",
          instance.value(), cen);
    }
  }

  /** R8: the grant a revoke names exists. */
  public static CenGrant r8GrantExists(Optional<CenGrant> existing, NetworkInstanceId instance, CenId cen, String action) {
    return existing.orElseThrow(
        () -> ErrorCode.GRANT_NOT_EXIST.exception(
            RuleId.R8, action + ": " + instance.value() + " is not granted to " + cen, instance.value(), cen));
  }

  /** R8: a grant cannot be revoked while the instance is attached to that CEN; detach it first. */
  public static void r8NotAttached(Snapshot s, NetworkInstanceId instance, CenId cen) {
    s.cen().attachmentOf(instance).filter(a -> a.cenId().equals(cen)).ifPresent(a -> {
      throw ErrorCode.GRANT_IN_USE.exception(
          RuleId.R8, instance.value() + " is still attached to " + cen + "; DetachCenChildInstance it before"
              + " RevokeInstanceFromCen", instance.value(), cen);
    });
  }

  /**
   * R48: another account's VBR cannot be granted to a CEN (or its transit routers) by default: the real cloud asks
   * its owner to contact the account manager, which cenkit does not model.
   */
  public static void r48NoVbrGrant(NetworkInstanceId instance, AccountId owner, AccountId cenOwner) {
    if (instance.childInstanceType() == ChildInstanceType.VBR && !owner.equals(cenOwner)) {
      throw ErrorCode.VBR_GRANT_FORBIDDEN.exception(
          RuleId.R48, "VBR " + instance.value() + " of account " + owner + " cannot be granted to a CEN of account "
              + cenOwner + ": VBRs of another account cannot be granted by default (the account manager enables it;"
              + " cenkit does not model that)", instance.value());
    }
  }

  /**
   * E18: connecting another account's VPC (or VBR, E17) to a transit router needs a prior
   * {@code GrantInstanceToTransitRouter} from its owner naming this CEN and the CEN's owner. The real code of this
   * refusal is not documented for the transit-router API; cenkit answers R8's {@code Forbbiden.AttachChildInstanceAcrossUid}.
   * Accounts of different BIDs ({@code Forbbiden.AttachChildInstanceAcrossBid}) are not modelled: every account
   * shares one BID.
   */
  public static void e18Granted(Snapshot s, Instance child, CenInstance cen, String action) {
    if (child.owner().equals(cen.ownerId())) {
      return;
    }
    Optional<CenGrant> grant = s.grants().transitRouterGrant(child.id(), cen.id());
    if (grant.isEmpty() || !grant.get().cenOwnerId().equals(cen.ownerId())) {
      throw ErrorCode.ATTACH_ACROSS_UID_FORBIDDEN.exception(
          RuleId.E18,
          action + ": " + child.id().value() + " belongs to account " + child.owner()
              + " and is not granted to the transit routers of " + cen.id() + " of account " + cen.ownerId()
              + grant.map(g -> " (the grant names CEN owner " + g.cenOwnerId() + ")").orElse("")
              + "; its owner must first call GrantInstanceToTransitRouter(" + child.id().value() + ", " + cen.id()
              + ", " + cen.ownerId() + ")",
          child.id().value(), cen.id());
    }
  }

  /** E18: a transit-router grant cannot be revoked while the instance is connected to a router of that CEN. */
  public static void e18NotConnected(Snapshot s, NetworkInstanceId instance, CenId cen) {
    for (TransitRouterAttachment a : s.transitRouter().attachmentsOfInstance(instance.value())) {
      if (a.cenId().equals(cen)) {
        throw ErrorCode.GRANT_IN_USE.exception(
            RuleId.E18, instance.value() + " is still connected to " + cen + " by " + a.id() + "; delete the connection"
                + " before RevokeInstanceFromTransitRouter", instance.value(), cen);
      }
    }
  }
}
