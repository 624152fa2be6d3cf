package dev.cenkit.inmemory.apigateway;

import static dev.cenkit.inmemory.Rejections.assertRejected;
import static dev.cenkit.model.RegionId.CN_BEIJING;
import static dev.cenkit.model.RegionId.CN_HANGZHOU;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cenkit.error.RuleId;
import dev.cenkit.inmemory.InMemoryCloud;
import dev.cenkit.inmemory.quota.Quotas;
import dev.cenkit.model.apigateway.ApiGatewayInstance;
import dev.cenkit.model.apigateway.ApiGroup;
import dev.cenkit.model.apigateway.ApiGroupId;
import org.junit.jupiter.api.Test;

class ApiGroupRulesTest {
  private final ApiGatewayFixture f = new ApiGatewayFixture();

  @Test
  void aGroupHasASubDomainAndTheDefaultBasePath() {
    ApiGroup group = f.group(f.dedicated(), "orders");
    assertThat(group.id().value()).matches("[0-9a-f]{32}");
    assertThat(group.subDomain()).isEqualTo(group.id() + "-cn-hangzhou.alicloudapi.com");
    assertThat(group.basePath()).isEqualTo("/");
    assertThat(f.cloud.describeApiGroup(group.id())).contains(group);
  }

  @Test
  void r58TheVpcDomainExistsOnlyWhileEnabled() {
    ApiGroup group = f.group(f.dedicated(), "orders");
    assertThat(group.vpcDomain()).isEmpty();

    ApiGroup enabled = f.cloud.modifyIntranetDomainPolicy(b -> b.groupId(group.id()).vpcIntranetEnable(true));
    assertThat(enabled.vpcDomain()).contains(group.id() + "-cn-hangzhou-vpc.alicloudapi.com");
    assertThat(f.cloud.describeApiGroup(group.id()).orElseThrow().vpcDomain()).isPresent();

    ApiGroup disabled = f.cloud.modifyIntranetDomainPolicy(b -> b.groupId(group.id()).vpcIntranetEnable(false));
    assertThat(disabled.vpcDomain()).isEmpty();
  }

  @Test
  void r58EnablingTheVpcDomainOfAMissingGroupIsRejected() {
    ApiGroupId missing = ApiGroupId.of("0123456789abcdef0123456789abcdef");
    assertRejected(
        f.cloud,
        () -> f.cloud.modifyIntranetDomainPolicy(b -> b.groupId(missing).vpcIntranetEnable(true)),
        "NotFoundApiGroup");
  }

  @Test
  void d7TheVpcDomainCanBeEnabledOnASharedInstanceAndOnAnUnboundDedicatedOne() {
    ApiGroup onShared = f.group(f.shared(CN_HANGZHOU), "shared_orders");
    ApiGroup onUnbound = f.group(f.dedicated(), "unbound_orders");
    assertThat(f.cloud.modifyIntranetDomainPolicy(b -> b.groupId(onShared.id()).vpcIntranetEnable(true)).vpcDomain()).isPresent();
    assertThat(f.cloud.modifyIntranetDomainPolicy(b -> b.groupId(onUnbound.id()).vpcIntranetEnable(true)).vpcDomain()).isPresent();
  }

  @Test
  void r56TheGroupQuotaPerRegionIsEnforced() {
    InMemoryCloud small = InMemoryCloud.builder().quotas(Quotas.builder().apiGroupsPerRegion(2).build()).build();
    ApiGatewayFixture g = new ApiGatewayFixture(small);
    ApiGatewayInstance hz = g.dedicated();
    g.group(hz, "one");
    g.group(hz, "two");
    assertRejected(small, () -> g.group(hz, "three"), "QuotaExceeded.ApiGroup", RuleId.R56);
    // Another region has its own quota.
    assertThat(g.group(g.dedicated(CN_BEIJING), "three").region()).isEqualTo(CN_BEIJING);
  }

  @Test
  void r56TheApiQuotaPerGroupIsEnforced() {
    InMemoryCloud small = InMemoryCloud.builder().quotas(Quotas.builder().apisPerGroup(1).build()).build();
    ApiGatewayFixture g = new ApiGatewayFixture(small);
    ApiGroup group = g.group(g.dedicated(), "orders");
    g.api(group, "GetOrder", "/orders", ApiGatewayFixture.mock());
    assertRejected(small, () -> g.api(group, "GetStock", "/stock", ApiGatewayFixture.mock()), "QuotaExceeded.Api", RuleId.R56);
  }

  @Test
  void r62AGroupWithApisIsNotDeleted() {
    ApiGroup group = f.group(f.dedicated(), "orders");
    f.api(group, "GetOrder", "/orders", ApiGatewayFixture.mock());
    assertRejected(f.cloud, () -> f.cloud.deleteApiGroup(b -> b.groupId(group.id())), "InvalidOperation.ApiGroupNotEmpty", RuleId.R62);
  }

  @Test
  void r62AnEmptyGroupIsDeletedAndDeletingAMissingGroupSucceeds() {
    ApiGroup group = f.group(f.dedicated(), "orders");
    assertThat(f.cloud.deleteApiGroup(b -> b.groupId(group.id()))).contains(group);
    assertThat(f.cloud.describeApiGroups()).isEmpty();
    var before = f.cloud.snapshot();
    assertThat(f.cloud.deleteApiGroup(b -> b.groupId(group.id()))).isEmpty();
    assertThat(f.cloud.snapshot()).isSameAs(before);
  }

  @Test
  void aDuplicateGroupNameInTheRegionIsRejected() {
    ApiGatewayInstance instance = f.dedicated();
    ApiGatewayInstance other = f.dedicated();
    f.group(instance, "orders");
    assertRejected(f.cloud, () -> f.group(other, "orders"), "RepeatedGroupName", RuleId.D3);
    assertThat(f.group(f.dedicated(CN_BEIJING), "orders").region()).isEqualTo(CN_BEIJING);
  }

  @Test
  void aGroupOnAMissingInstanceIsRejected() {
    ApiGatewayInstance elsewhere = new ApiGatewayFixture(InMemoryCloud.builder().seed(11).build()).dedicated();
    assertRejected(f.cloud, () -> f.group(elsewhere, "orders"), "NotFoundInstance");
  }

  @Test
  void aBasePathMustStartWithASlash() {
    ApiGatewayInstance instance = f.dedicated();
    assertRejected(
        f.cloud,
        () -> f.cloud.createApiGroup(b -> b.instanceId(instance.id()).groupName("orders").basePath("orders")),
        "InvalidParameter.Path");
  }
}
