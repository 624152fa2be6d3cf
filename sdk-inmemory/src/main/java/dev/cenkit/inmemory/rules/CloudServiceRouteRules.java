package dev.cenkit.inmemory.rules;

import dev.cenkit.error.CenkitException;
import dev.cenkit.error.ErrorCode;
import dev.cenkit.error.RuleId;
import dev.cenkit.inmemory.state.Snapshot;
import dev.cenkit.model.Cidr;
import dev.cenkit.model.RegionId;
import dev.cenkit.model.cen.CenAttachment;
import dev.cenkit.model.cen.CenId;
import dev.cenkit.model.expressconnect.CloudServiceRoute;
import dev.cenkit.model.vpc.Vpc;
import java.util.List;
import java.util.Optional;

/**
 * The rules of CEN "access to cloud services" ({@code ResolveAndRouteServiceInCen}, R31-R34, R76). R35
 * (Basic Edition only) always holds in cenkit, which models only Basic Edition CENs (D1).
 */
public final class CloudServiceRouteRules {
  private CloudServiceRouteRules() {}

  /**
   * R33: the host is an IPv4 address or CIDR block ({@code ParameterIllegal.Host} for a domain name or
   * anything else) inside 100.64.0.0/10 ({@code ParameterIllegal.ClouteRouteCidrNotAllow}).
   */
  public static Cidr r33Host(String host) {
    Cidr parsed;
    try {
      parsed = Cidr.ofHostOrBlock(host);
    } catch (CenkitException e) {
      throw ErrorCode.CLOUD_ROUTE_HOST_ILLEGAL.exception(
          RuleId.R33, "host '" + host + "' is not an IPv4 address or CIDR block", host);
    }
    if (!Cidr.CLOUD_SERVICES.contains(parsed)) {
      throw ErrorCode.CLOUD_ROUTE_CIDR_NOT_ALLOW.exception(
          RuleId.R33, "host " + parsed + " is not inside " + Cidr.CLOUD_SERVICES, parsed);
    }
    return parsed;
  }

  /** R34: there is at least one access region and each equals the host region. */
  public static void r34AccessRegions(RegionId hostRegion, List<RegionId> accessRegions) {
    if (accessRegions.isEmpty()) {
      throw ErrorCode.MISSING_PARAMETER.exception(RuleId.R34, "at least one access region is required");
    }
    for (RegionId a : accessRegions) {
      if (!a.equals(hostRegion)) {
        throw ErrorCode.CLOUD_ROUTE_ACCESS_REGION_ILLEGAL.exception(
            RuleId.R34, "access region " + a + " differs from host region " + hostRegion
                + "; a data center can use a cloud service only in its VBR's region", a, hostRegion);
      }
    }
  }

  /** R32: the host VPC is in the host region and attached to the same CEN. */
  public static void r32HostVpcAttached(Snapshot s, CenId cenId, Vpc vpc, RegionId hostRegion) {
    if (!vpc.region().equals(hostRegion)) {
      throw ErrorCode.ILLEGAL_PARAM_REGION_ID.exception(
          RuleId.R32, "host VPC " + vpc.id() + " is in " + vpc.region() + ", not in host region " + hostRegion,
          vpc.id(), hostRegion);
    }
    Optional<CenAttachment> attachment = s.cen().attachmentOf(vpc.id());
    if (attachment.isEmpty() || !attachment.get().cenId().equals(cenId)) {
      throw ErrorCode.CLOUD_ROUTE_VPC_NOT_ATTACHED.exception(
          RuleId.R32, "host VPC " + vpc.id() + " is not attached to " + cenId
              + attachment.map(a -> " (it is attached to " + a.cenId() + ")").orElse(""), vpc.id(), cenId);
    }
  }

  /** R33: the route does not exist yet ({@code CloudRoute.Exist}) and overlaps no other route of the region. */
  public static void r33UniqueAndNotOverlapping(Snapshot s, CenId cenId, Cidr host, RegionId hostRegion, RegionId access) {
    String key = CloudServiceRoute.key(cenId, hostRegion, host, access);
    if (s.expressConnect().cloudServiceRoutes().containsKey(key)) {
      throw ErrorCode.CLOUD_ROUTE_EXIST.exception(
          RuleId.R33, "a cloud-service route " + key + " exists already", cenId, host);
    }
    for (CloudServiceRoute other : s.expressConnect().cloudServiceRoutesOf(cenId)) {
      if (other.accessRegion().equals(access) && other.host().overlaps(host)) {
        throw ErrorCode.CLOUD_ROUTE_CONFLICT.exception(
            RuleId.R33, "host " + host + " overlaps the cloud-service route " + other.key(), cenId, host, other.host());
      }
    }
  }

  /** D2: at most {@code quota} cloud-service routes per CEN (an assumed number). */
  public static void routesPerCen(Snapshot s, CenId cenId, int adding, int quota) {
    int count = s.expressConnect().cloudServiceRoutesOf(cenId).size();
    if (count + adding > quota) {
      throw ErrorCode.CLOUD_ROUTE_QUOTA_EXCEEDED.exception(
          RuleId.D2, cenId + " has " + count + " cloud-service routes; the quota is " + quota, cenId);
    }
  }
}
