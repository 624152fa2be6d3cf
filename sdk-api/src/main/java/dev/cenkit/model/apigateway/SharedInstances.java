package dev.cenkit.model.apigateway;

import dev.cenkit.model.Checks;
import dev.cenkit.model.Cidr;
import dev.cenkit.model.RegionId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The pre-existing shared instance of each region, made once per region when first asked for. */
final class SharedInstances {
  private static final Map<RegionId, ApiGatewayInstance> BY_REGION = new ConcurrentHashMap<>();

  private SharedInstances() {}

  static ApiGatewayInstance of(RegionId region) {
    Checks.required(region, "region");
    return BY_REGION.computeIfAbsent(region, SharedInstances::make);
  }

  private static ApiGatewayInstance make(RegionId region) {
    ApiGatewayInstanceId id = ApiGatewayInstanceId.shared(region);
    int number = Integer.parseInt(id.value().substring(ApiGatewayInstanceId.SHARED_PREFIX.length()));
    Cidr reserve = ApiGatewayInstance.SHARED_EGRESS_RESERVE;
    long offset = reserve.size() - 64L * number;
    if (offset < 0) {
      throw new IllegalStateException("no shared egress block is left for " + region);
    }
    return ApiGatewayInstance.builder()
        .id(id)
        .region(region)
        .instanceType(ApiGatewayInstanceType.VPC_SHARED)
        .vpcEgressAddress(Cidr.of(reserve.address(offset) + "/26"))
        .build();
  }
}
