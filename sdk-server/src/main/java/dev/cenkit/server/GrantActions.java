package dev.cenkit.server;

import static dev.cenkit.server.Product.CBN;
import static dev.cenkit.server.Product.VPC;

import dev.cenkit.error.ErrorCode;
import dev.cenkit.model.AccountId;
import dev.cenkit.model.ChildInstanceType;
import dev.cenkit.model.NetworkInstanceId;
import dev.cenkit.model.RegionId;
import dev.cenkit.model.cen.CenGrant;
import dev.cenkit.model.cen.CenId;
import dev.cenkit.model.cen.GrantOrderType;
import dev.cenkit.model.ApiValued;
import dev.cenkit.spi.tr.GrantInstanceToTransitRouterRequest;
import dev.cenkit.spi.tr.RevokeInstanceFromTransitRouterRequest;
import dev.cenkit.spi.vpc.GrantInstanceToCenRequest;
import dev.cenkit.spi.vpc.RevokeInstanceFromCenRequest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The cross-account grant actions (R8, E18): {@code GrantInstanceToCen}, {@code RevokeInstanceFromCen} and
 * {@code DescribeGrantRulesToCen} of the VPC API, {@code GrantInstanceToTransitRouter},
 * {@code RevokeInstanceFromTransitRouter} and {@code DescribeGrantRulesToResource} of Cbn. The caller is the account
 * its AccessKey maps to ({@link CenkitServer.Builder#account}).
 */
final class GrantActions {
  private GrantActions() {}

  static void register(ActionTable t) {
    t.operation(VPC, "GrantInstanceToCen", (p, c) -> GrantInstanceToCenRequest.builder()
            .instanceId(instance(p, "InstanceId", "InstanceType"))
            .cenId(p.required("CenId", CenId::of))
            .cenOwnerId(p.required("CenOwnerId", AccountId::of))
            .regionId(p.required("RegionId", RegionId::of))
            .build(),
        g -> Json.object());
    t.operation(VPC, "RevokeInstanceFromCen", (p, c) -> RevokeInstanceFromCenRequest.builder()
            .instanceId(instance(p, "InstanceId", "InstanceType"))
            .cenId(p.required("CenId", CenId::of))
            .cenOwnerId(p.required("CenOwnerId", AccountId::of))
            .regionId(p.required("RegionId", RegionId::of))
            .build(),
        g -> Json.object());
    t.query(VPC, "DescribeGrantRulesToCen", (p, c) -> {
          p.optional("RegionId");
          return instance(p, "InstanceId", "InstanceType"); },
        (id, backend) -> {
          List<Map<String, Object>> rules =
              backend.cloud().describeGrantRulesToCen(id).stream().map(GrantActions::rule).collect(Collectors.toList());
          return Json.object("CenGrantRules", Json.wrap("CbnGrantRule", rules), "TotalCount", rules.size(),
              "PageNumber", 1, "PageSize", Math.max(rules.size(), 10));
        });
    t.operation(CBN, "GrantInstanceToTransitRouter", (p, c) -> GrantInstanceToTransitRouterRequest.builder()
            .instanceId(instance(p, "InstanceId", "InstanceType"))
            .cenId(p.required("CenId", CenId::of))
            .cenOwnerId(p.required("CenOwnerId", AccountId::of))
            .regionId(p.required("RegionId", RegionId::of))
            .orderType(p.optional("OrderType", v -> ApiValued.parse(GrantOrderType.class, v, "OrderType"))
                .orElse(GrantOrderType.PAY_BY_CEN_OWNER))
            .build(),
        g -> Json.object());
    t.operation(CBN, "RevokeInstanceFromTransitRouter", (p, c) -> RevokeInstanceFromTransitRouterRequest.builder()
            .instanceId(instance(p, "InstanceId", "InstanceType"))
            .cenId(p.required("CenId", CenId::of))
            .cenOwnerId(p.required("CenOwnerId", AccountId::of))
            .regionId(p.optional("RegionId", RegionId::of))
            .build(),
        g -> Json.object());
    t.query(CBN, "DescribeGrantRulesToResource", (p, c) -> {
          p.optional("RegionId");
          p.optional("ProductCode");
          return instance(p, "ResourceId", "ResourceType"); },
        (id, backend) -> {
          List<Map<String, Object>> rules =
              backend.cloud().describeGrantRulesToResource(id).stream().map(GrantActions::rule).collect(Collectors.toList());
          return Json.object("GrantRules", rules, "TotalCount", rules.size());
        });
  }

  /**
   * The granted instance: its id, and a type parameter that must agree with it when given ({@code VPC}, {@code VBR},
   * or the transit-router API's {@code ExpressConnect} for a VBR).
   */
  private static NetworkInstanceId instance(Params p, String idName, String typeName) {
    NetworkInstanceId id = p.required(idName, Wire::networkInstance);
    Optional<String> type = p.optional(typeName);
    if (type.isPresent()) {
      String expected = id.childInstanceType().name();
      boolean vbrAlias = id.childInstanceType() == ChildInstanceType.VBR && type.get().equals("ExpressConnect");
      if (!type.get().equals(expected) && !vbrAlias) {
        throw ErrorCode.INSTANCE_TYPE_NOT_SUPPORT.exception(
            null, typeName + " " + type.get() + " does not match instance " + id.value() + " (" + expected + ")", id.value());
      }
    }
    return id;
  }

  private static Map<String, Object> rule(CenGrant g) {
    return Json.object(
        "CenInstanceId", g.cenId(),
        "CenId", g.cenId(),
        "CenOwnerId", Long.parseLong(g.cenOwnerId().value()),
        "ChildInstanceId", g.instanceId().value(),
        "ChildInstanceType", g.instanceType().name(),
        "ChildInstanceRegionId", g.region(),
        "ChildInstanceOwnerId", Long.parseLong(g.instanceOwnerId().value()),
        "OrderType", g.orderType().map(GrantOrderType::apiValue));
  }
}
