package dev.cenkit.server;

import static dev.cenkit.server.Product.CBN;

import dev.cenkit.error.ErrorCode;
import dev.cenkit.model.Area;
import dev.cenkit.model.AccountId;
import dev.cenkit.model.ChildInstanceType;
import dev.cenkit.model.NetworkInstanceId;
import dev.cenkit.model.RegionId;
import dev.cenkit.model.cen.BandwidthPackageChargeType;
import dev.cenkit.model.cen.BandwidthPackageId;
import dev.cenkit.model.cen.BandwidthPlan;
import dev.cenkit.model.cen.CenAttachment;
import dev.cenkit.model.cen.CenId;
import dev.cenkit.model.cen.CenInstance;
import dev.cenkit.model.cen.CenRouteEntry;
import dev.cenkit.model.cen.ProtectionLevel;
import dev.cenkit.model.expressconnect.CloudServiceRoute;
import dev.cenkit.model.vpc.VpcId;
import dev.cenkit.spi.CloudSnapshot;
import dev.cenkit.spi.cen.AssociateCenBandwidthPackageRequest;
import dev.cenkit.spi.cen.AttachCenChildInstanceRequest;
import dev.cenkit.spi.cen.CreateCenBandwidthPackageRequest;
import dev.cenkit.spi.cen.CreateCenRequest;
import dev.cenkit.spi.cen.DeleteCenBandwidthPackageRequest;
import dev.cenkit.spi.cen.DeleteCenRequest;
import dev.cenkit.spi.cen.DeleteRouteServiceInCenRequest;
import dev.cenkit.spi.cen.DetachCenChildInstanceRequest;
import dev.cenkit.spi.cen.ModifyCenAttributeRequest;
import dev.cenkit.spi.cen.ModifyCenBandwidthPackageSpecRequest;
import dev.cenkit.spi.cen.ResolveAndRouteServiceInCenRequest;
import dev.cenkit.spi.cen.SetCenInterRegionBandwidthLimitRequest;
import dev.cenkit.spi.cen.UnassociateCenBandwidthPackageRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code Cbn} 2017-09-12 actions: CEN instances, attachments, bandwidth plans and inter-region limits, route
 * entries and cloud-service routes. The official Java SDK's {@code cbn20170912} jar is not served here, so the
 * field names follow the API reference (wire-protocol.md section 11).
 */
final class CbnActions {
  private CbnActions() {}

  static void register(ActionTable t) {
    t.operation(CBN, "CreateCen", (p, c) -> CreateCenRequest.builder()
            .name(p.optional("Name"))
            .description(p.optional("Description"))
            .tags(VpcActions.tags(p))
            .resourceGroupId(p.optional("ResourceGroupId"))
            .protectionLevel(p.optional("ProtectionLevel", v -> Wire.enumOf(ProtectionLevel.class, v)).orElse(ProtectionLevel.REDUCED))
            .build(),
        cen -> Json.object("CenId", cen.id()));
    t.query(CBN, "DescribeCens", (p, c) -> new Filtered(p.filters("Filter"), Paging.read(p)), CbnActions::describeCens);
    t.operation(CBN, "DeleteCen", (p, c) -> DeleteCenRequest.builder().cenId(p.required("CenId", CenId::of)).build(), x -> Json.object());
    t.operation(CBN, "ModifyCenAttribute", (p, c) -> ModifyCenAttributeRequest.builder()
            .cenId(p.required("CenId", CenId::of))
            .name(p.optional("Name"))
            .description(p.optional("Description"))
            .protectionLevel(p.optional("ProtectionLevel", v -> Wire.enumOf(ProtectionLevel.class, v)))
            .build(),
        x -> Json.object());
    t.operation(CBN, "AttachCenChildInstance", (p, c) -> {
          Optional<AccountId> owner = p.optional("ChildInstanceOwnerId", AccountId::of);
          NetworkInstanceId child = child(p);
          return AttachCenChildInstanceRequest.builder()
              .cenId(p.required("CenId", CenId::of))
              .childInstanceId(child)
              .childInstanceOwnerId(owner)
              .childInstanceRegion(p.required("ChildInstanceRegionId", RegionId::of))
              .build(); },
        x -> Json.object());
    t.operation(CBN, "DetachCenChildInstance", (p, c) -> {
          Optional<AccountId> owner = p.optional("ChildInstanceOwnerId", AccountId::of);
          NetworkInstanceId child = child(p);
          return DetachCenChildInstanceRequest.builder()
              .cenId(p.required("CenId", CenId::of))
              .childInstanceId(child)
              .childInstanceOwnerId(owner)
              .childInstanceRegion(p.required("ChildInstanceRegionId", RegionId::of))
              .build(); },
        x -> Json.object());
    t.query(CBN, "DescribeCenAttachedChildInstances", (p, c) -> new ChildFilter(
            p.required("CenId", CenId::of),
            p.optional("ChildInstanceRegionId", RegionId::of),
            p.optional("ChildInstanceType", ChildInstanceType::of),
            Paging.read(p)),
        CbnActions::describeAttached);
    t.query(CBN, "DescribeCenAttachedChildInstanceAttribute", (p, c) -> {
          p.optional("ChildInstanceRegionId", RegionId::of);
          NetworkInstanceId child = child(p);
          return Map.entry(p.required("CenId", CenId::of), child); },
        (q, b) -> b.cloud().describeCenAttachedChildInstanceAttribute(q.getKey(), q.getValue())
            .map(CbnActions::attachment)
            .orElseThrow(() -> ErrorCode.PARAMETER_INSTANCE_ID.exception(
                null, q.getValue().value() + " is not attached to " + q.getKey(), q.getValue().value())));

    t.operation(CBN, "CreateCenBandwidthPackage", (p, c) -> {
          p.optional("PricingCycle");
          p.optionalLong("Period");
          p.optionalBoolean("AutoPay");
          p.optionalBoolean("AutoRenew");
          p.optionalLong("AutoRenewDuration");
          return CreateCenBandwidthPackageRequest.builder()
              .bandwidth(p.requiredLong("Bandwidth"))
              .geographicRegionA(p.required("GeographicRegionAId", Area::of))
              .geographicRegionB(p.required("GeographicRegionBId", Area::of))
              .chargeType(p.optional("BandwidthPackageChargeType", v -> Wire.enumOf(BandwidthPackageChargeType.class, v))
                  .orElse(BandwidthPackageChargeType.PREPAY))
              .name(p.optional("Name"))
              .description(p.optional("Description"))
              .build(); },
        plan -> Json.object("CenBandwidthPackageId", plan.id(), "CenBandwidthPackageOrderId", "order-" + plan.id().value()));
    t.operation(CBN, "AssociateCenBandwidthPackage", (p, c) -> AssociateCenBandwidthPackageRequest.builder()
            .cenId(p.required("CenId", CenId::of))
            .bandwidthPackageId(p.required("CenBandwidthPackageId", BandwidthPackageId::of))
            .build(),
        x -> Json.object());
    t.operation(CBN, "UnassociateCenBandwidthPackage", (p, c) -> UnassociateCenBandwidthPackageRequest.builder()
            .cenId(p.required("CenId", CenId::of))
            .bandwidthPackageId(p.required("CenBandwidthPackageId", BandwidthPackageId::of))
            .build(),
        x -> Json.object());
    t.operation(CBN, "DeleteCenBandwidthPackage", (p, c) -> DeleteCenBandwidthPackageRequest.builder()
            .bandwidthPackageId(p.required("CenBandwidthPackageId", BandwidthPackageId::of))
            .build(),
        x -> Json.object());
    t.operation(CBN, "ModifyCenBandwidthPackageSpec", (p, c) -> ModifyCenBandwidthPackageSpecRequest.builder()
            .bandwidthPackageId(p.required("CenBandwidthPackageId", BandwidthPackageId::of))
            .bandwidth(p.requiredLong("Bandwidth"))
            .build(),
        x -> Json.object());
    t.query(CBN, "DescribeCenBandwidthPackages", (p, c) -> { p.optionalBoolean("IsOrKey"); p.optionalBoolean("IncludeReservationData");
          return new Filtered(p.filters("Filter"), Paging.read(p)); },
        CbnActions::describePlans);
    t.operation(CBN, "SetCenInterRegionBandwidthLimit", (p, c) -> { p.optional("BandwidthType");
          return SetCenInterRegionBandwidthLimitRequest.builder()
              .cenId(p.required("CenId", CenId::of))
              .localRegion(p.required("LocalRegionId", RegionId::of))
              .oppositeRegion(p.required("OppositeRegionId", RegionId::of))
              .bandwidthLimit(p.requiredLong("BandwidthLimit"))
              .build(); },
        x -> Json.object());
    t.query(CBN, "DescribeCenInterRegionBandwidthLimits", (p, c) -> Map.entry(p.required("CenId", CenId::of), Paging.read(p)),
        (q, b) -> q.getValue().page(b.cloud().describeCenInterRegionBandwidthLimits(q.getKey()),
            "CenInterRegionBandwidthLimits", "CenInterRegionBandwidthLimit", l -> Json.object(
                "CenId", l.cenId(),
                "LocalRegionId", l.regions().first(),
                "OppositeRegionId", l.regions().second(),
                "BandwidthLimit", l.bandwidthLimit().mbps(),
                "BandwidthPackageId", l.bandwidthPackageId(),
                "Status", "Active")));
    t.query(CBN, "DescribeCenRegionDomainRouteEntries", (p, c) -> new RouteQuery(
            p.required("CenId", CenId::of), p.required("CenRegionId", RegionId::of), Paging.read(p)),
        (q, b) -> q.paging().page(b.cloud().describeCenRegionDomainRouteEntries(q.cenId(), q.region()),
            "CenRouteEntries", "CenRouteEntry", CbnActions::routeEntry));

    t.operation(CBN, "ResolveAndRouteServiceInCen", (p, c) -> ResolveAndRouteServiceInCenRequest.builder()
            .cenId(p.required("CenId", CenId::of))
            .host(p.required("Host"))
            .hostRegion(p.required("HostRegionId", RegionId::of))
            .hostVpcId(p.required("HostVpcId", VpcId::of))
            .accessRegionIds(accessRegions(p))
            .description(p.optional("Description"))
            .build(),
        x -> Json.object());
    t.operation(CBN, "DeleteRouteServiceInCen", (p, c) -> { p.optional("HostVpcId");
          return DeleteRouteServiceInCenRequest.builder()
              .cenId(p.required("CenId", CenId::of))
              .host(p.required("Host"))
              .hostRegion(p.required("HostRegionId", RegionId::of))
              .accessRegion(p.required("AccessRegionId", RegionId::of))
              .build(); },
        x -> Json.object());
    t.query(CBN, "DescribeRouteServicesInCen", (p, c) -> new ServiceQuery(
            p.required("CenId", CenId::of),
            p.optional("HostRegionId", RegionId::of),
            p.optional("Host"),
            p.optional("HostVpcId", VpcId::of),
            p.optional("AccessRegionId", RegionId::of),
            Paging.read(p)),
        CbnActions::describeRouteServices);
  }

  /** {@code AccessRegionIds.N}, or the JSON body's list flattened the same way. */
  private static List<RegionId> accessRegions(Params p) {
    List<RegionId> regions = p.list("AccessRegionIds", RegionId::of);
    if (regions.isEmpty()) {
      throw WireError.missing("AccessRegionIds.1");
    }
    return regions;
  }

  /** The child instance of an attach or detach; a {@code ChildInstanceType} that contradicts the id is refused. */
  private static NetworkInstanceId child(Params p) {
    p.optional("ChildInstanceOwnerId");
    NetworkInstanceId id = p.required("ChildInstanceId", Wire::networkInstance);
    Optional<ChildInstanceType> type = p.optional("ChildInstanceType", ChildInstanceType::of);
    if (type.isPresent() && type.get() != id.childInstanceType()) {
      throw ErrorCode.INSTANCE_TYPE_NOT_SUPPORT.exception(
          null, "ChildInstanceType " + type.get() + " does not match instance " + id.value() + " (" + id.childInstanceType() + ")", id.value());
    }
    return id;
  }

  /** Describe filters ({@code Filter.N.Key}, {@code Filter.N.Value.M}) and paging. */
  record Filtered(Map<String, List<String>> filters, Paging paging) {
    boolean matches(String key, Optional<String> value) {
      List<String> wanted = filters.get(key);
      return wanted == null || value.map(wanted::contains).orElse(false);
    }

    void check(String... known) {
      List<String> keys = List.of(known);
      for (String key : filters.keySet()) {
        if (!keys.contains(key)) {
          throw WireError.invalid("Filter.Key", key, "cenkit filters by " + String.join(", ", keys));
        }
      }
    }
  }

  record ChildFilter(CenId cenId, Optional<RegionId> region, Optional<ChildInstanceType> type, Paging paging) {}

  record RouteQuery(CenId cenId, RegionId region, Paging paging) {}

  record ServiceQuery(CenId cenId, Optional<RegionId> hostRegion, Optional<String> host, Optional<VpcId> hostVpcId,
      Optional<RegionId> accessRegion, Paging paging) {}

  private static Map<String, Object> describeCens(Filtered f, Backend b) {
    f.check("CenId", "Name");
    CloudSnapshot s = b.cloud().snapshot();
    List<CenInstance> out = new ArrayList<>();
    for (CenInstance cen : b.cloud().describeCens()) {
      if (f.matches("CenId", Optional.of(cen.id().value())) && f.matches("Name", cen.name())) {
        out.add(cen);
      }
    }
    return f.paging().page(out, "Cens", "Cen", cen -> Json.object(
        "CenId", cen.id(),
        "OwnerId", Long.parseLong(cen.ownerId().value()),
        "Name", cen.name(),
        "Description", cen.description(),
        "ResourceGroupId", cen.resourceGroupId(),
        "Tags", VpcShapes.tags(cen.tags()),
        "ProtectionLevel", cen.protectionLevel().name(),
        "Status", Wire.pascal(cen.status()),
        "Ipv6Level", "DISABLE",
        "CenBandwidthPackageIds", Json.wrap("CenBandwidthPackageId",
            s.cen().bandwidthPlansOf(cen.id()).stream().map(pl -> pl.id().value()).toList())));
  }

  private static Map<String, Object> describeAttached(ChildFilter f, Backend b) {
    List<CenAttachment> out = new ArrayList<>();
    for (CenAttachment a : b.cloud().describeCenAttachedChildInstances(f.cenId())) {
      if (f.region().map(r -> r.equals(a.childInstanceRegion())).orElse(true)
          && f.type().map(t -> t == a.childInstanceType()).orElse(true)) {
        out.add(a);
      }
    }
    return f.paging().page(out, "ChildInstances", "ChildInstance", CbnActions::attachment);
  }

  private static Map<String, Object> attachment(CenAttachment a) {
    return Json.object(
        "CenId", a.cenId(),
        "ChildInstanceId", a.childInstanceId().value(),
        "ChildInstanceType", a.childInstanceType().name(),
        "ChildInstanceRegionId", a.childInstanceRegion(),
        "Status", Wire.pascal(a.status()));
  }

  private static Map<String, Object> describePlans(Filtered f, Backend b) {
    f.check("CenBandwidthPackageId", "CenId", "Name", "Status");
    List<BandwidthPlan> out = new ArrayList<>();
    for (BandwidthPlan plan : b.cloud().describeCenBandwidthPackages()) {
      if (f.matches("CenBandwidthPackageId", Optional.of(plan.id().value()))
          && f.matches("CenId", plan.cenId().map(CenId::value))
          && f.matches("Name", plan.name())
          && f.matches("Status", Optional.of(Wire.pascal(plan.status())))) {
        out.add(plan);
      }
    }
    return f.paging().page(out, "CenBandwidthPackages", "CenBandwidthPackage", plan -> Json.object(
        "CenBandwidthPackageId", plan.id(),
        "Name", plan.name(),
        "Description", plan.description(),
        "Bandwidth", plan.bandwidth().mbps(),
        "BandwidthPackageChargeType", plan.chargeType().name(),
        "GeographicRegionAId", plan.areaA().apiValue(),
        "GeographicRegionBId", plan.areaB().apiValue(),
        "Status", Wire.pascal(plan.status()),
        "BusinessStatus", Wire.pascal(plan.businessStatus()),
        "CenIds", Json.wrap("CenId", plan.cenId().map(id -> List.of(id.value())).orElse(List.of()))));
  }

  private static Map<String, Object> routeEntry(CenRouteEntry e) {
    return Json.object(
        "DestinationCidrBlock", e.destinationCidrBlock(),
        "NextHopInstanceId", e.nextHopInstanceId().value(),
        "NextHopType", e.nextHopInstanceId().childInstanceType().name(),
        "NextHopRegionId", e.nextHopRegion(),
        "Status", Wire.pascal(e.status()),
        "Type", "CEN",
        "Conflicts", Json.wrap("Conflict", e.conflictsWith()
            .map(other -> List.of(Json.object("InstanceId", other.value(), "Status", "conflict"))).orElse(List.of())));
  }

  private static Map<String, Object> describeRouteServices(ServiceQuery q, Backend b) {
    List<CloudServiceRoute> out = new ArrayList<>();
    for (CloudServiceRoute r : b.cloud().describeRouteServicesInCen(q.cenId())) {
      if (q.hostRegion().map(x -> x.equals(r.hostRegion())).orElse(true)
          && q.host().map(h -> h.equals(r.host().toString()) || h.equals(hostText(r))).orElse(true)
          && q.hostVpcId().map(x -> x.equals(r.hostVpcId())).orElse(true)
          && q.accessRegion().map(x -> x.equals(r.accessRegion())).orElse(true)) {
        out.add(r);
      }
    }
    return q.paging().page(out, "RouteServiceEntries", "RouteServiceEntry", r -> Json.object(
        "CenId", r.cenId(),
        "Host", hostText(r),
        "HostRegionId", r.hostRegion(),
        "HostVpcId", r.hostVpcId(),
        "AccessRegionId", r.accessRegion(),
        "Description", r.description(),
        "Status", "Active",
        "Cidrs", Json.wrap("Cidr", List.of(r.host().toString()))));
  }

  /** The host as it was given: an address for a /32, else the block. */
  private static String hostText(CloudServiceRoute r) {
    String block = r.host().toString();
    return block.endsWith("/32") ? block.substring(0, block.length() - 3) : block;
  }
}
