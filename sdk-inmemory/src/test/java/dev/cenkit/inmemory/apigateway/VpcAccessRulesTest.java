package dev.cenkit.inmemory.apigateway;

import static dev.cenkit.inmemory.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cenkit.error.RuleId;
import dev.cenkit.inmemory.InMemoryCloud;
import dev.cenkit.model.Cidr;
import dev.cenkit.model.Ipv4Address;
import dev.cenkit.model.RegionId;
import dev.cenkit.model.apigateway.Api;
import dev.cenkit.model.apigateway.ApiGroup;
import dev.cenkit.model.apigateway.VpcAccess;
import dev.cenkit.model.apigateway.VpcAccessBackend;
import dev.cenkit.model.vpc.Vpc;
import org.junit.jupiter.api.Test;

class VpcAccessRulesTest {
  private final ApiGatewayFixture f = new ApiGatewayFixture();

  private VpcAccess set(String name, Vpc vpc, String target, int port) {
    return f.cloud.setVpcAccess(b -> b.name(name).vpcId(vpc.id()).instanceId(target).port(port));
  }

  @Test
  void anAuthorizationTakesItsRegionFromTheVpcAndIsDescribed() {
    VpcAccess access = set("idc-backend", f.vpc1, "192.168.10.5", 8080);
    assertThat(access.id().value()).matches("[0-9a-f]{32}");
    assertThat(access.region()).isEqualTo(RegionId.CN_HANGZHOU);
    assertThat(access.ipAddress()).contains(Ipv4Address.of("192.168.10.5"));
    assertThat(f.cloud.describeVpcAccesses()).containsExactly(access);
  }

  @Test
  void r66ADuplicateNameInTheRegionIsRejected() {
    set("idc-backend", f.vpc1, "192.168.10.5", 8080);
    assertRejected(f.cloud, () -> set("idc-backend", f.vpc1, "192.168.10.6", 80), "RepeatedVpcAccess", RuleId.R66);
  }

  @Test
  void r66ASecondAuthorizationOfTheSameVpcTargetAndPortIsRejected() {
    set("idc-backend", f.vpc1, "192.168.10.5", 8080);
    assertRejected(f.cloud, () -> set("idc-backend-2", f.vpc1, "192.168.10.5", 8080), "RepeatedVpcAccess", RuleId.R66);
    assertThat(set("idc-backend-3", f.vpc1, "192.168.10.5", 8081).port()).isEqualTo(8081);
  }

  @Test
  void d11NamesAreUniquePerRegionOnly() {
    set("backend", f.vpc1, "172.16.1.5", 80);
    VpcAccess beijing = set("backend", f.vpc3, "10.3.1.5", 80);
    assertThat(beijing.region()).isEqualTo(RegionId.CN_BEIJING);
  }

  @Test
  void r67PortsOutside1To65535AreRejected() {
    for (int port : new int[] {0, -1, 65536, 100000}) {
      assertRejected(f.cloud, () -> set("idc-backend", f.vpc1, "192.168.10.5", port), "InvalidParameter.Port", RuleId.R67);
    }
    assertThat(set("low", f.vpc1, "192.168.10.5", 1).port()).isEqualTo(1);
    assertThat(set("high", f.vpc1, "192.168.10.5", 65535).port()).isEqualTo(65535);
  }

  @Test
  void r67TheTargetIsAnInstanceIdOrAnIpv4Address() {
    for (String bad : new String[] {"web-server", "192.168.10.256", "10.0.0.0/24", "vpc-bp1abcdef"}) {
      assertRejected(f.cloud, () -> set("idc-backend", f.vpc1, bad, 80), "InvalidParameter.InstanceId", RuleId.R67);
    }
    assertThat(set("ecs", f.vpc1, "i-bp1abcdefghijk", 80).ipAddress()).isEmpty();
    assertThat(set("slb", f.vpc1, "lb-bp1abcdefghijk", 80).ipAddress()).isEmpty();
  }

  @Test
  void r68TheVpcMustExist() {
    Vpc elsewhere = InMemoryCloud.builder().seed(5).build().createVpc(b -> b.region(RegionId.CN_HANGZHOU).cidrBlock(Cidr.of("10.9.0.0/16")));
    assertRejected(f.cloud, () -> set("idc-backend", elsewhere, "192.168.10.5", 8080), "NotFoundVpc", RuleId.R68);
  }

  @Test
  void r70RemovingAnAuthorizationThatApisUseIsAcceptedAndTheApisAreReportedBroken() {
    ApiGroup group = f.group(f.dedicated(), "orders");
    VpcAccess access = set("idc-backend", f.vpc1, "192.168.10.5", 8080);
    Api api = f.api(group, "GetStock", "/stock", VpcAccessBackend.builder().vpcAccessName("idc-backend").build());
    assertThat(f.cloud.snapshot().apiGateway().apisWithMissingVpcAccess()).isEmpty();
    assertThat(f.cloud.snapshot().apiGateway().apisUsingVpcAccess(RegionId.CN_HANGZHOU, "idc-backend")).containsExactly(api);

    VpcAccess removed = f.cloud.removeVpcAccess(access);

    assertThat(removed).isEqualTo(access);
    assertThat(f.cloud.describeVpcAccesses()).isEmpty();
    assertThat(f.cloud.snapshot().apiGateway().api(api.id())).contains(api);
    assertThat(f.cloud.snapshot().apiGateway().apisWithMissingVpcAccess()).containsExactly(api);
  }

  @Test
  void r66RemovingIsByVpcTargetAndPortAndAnUnknownTupleIsRejected() {
    set("idc-backend", f.vpc1, "192.168.10.5", 8080);
    assertRejected(
        f.cloud,
        () -> f.cloud.removeVpcAccess(b -> b.vpcId(f.vpc1.id()).instanceId("192.168.10.5").port(80)),
        "NotFoundVpc",
        RuleId.R66);
    f.cloud.removeVpcAccess(b -> b.vpcId(f.vpc1.id()).instanceId("192.168.10.5").port(8080));
    assertThat(f.cloud.describeVpcAccesses()).isEmpty();
  }

  @Test
  void theAuthorizationQuotaIsEnforced() {
    InMemoryCloud small = InMemoryCloud.builder().quotas(dev.cenkit.inmemory.quota.Quotas.builder().vpcAccessesPerRegion(1).build()).build();
    ApiGatewayFixture g = new ApiGatewayFixture(small);
    small.setVpcAccess(b -> b.name("one").vpcId(g.vpc1.id()).instanceId("172.16.1.5").port(80));
    assertRejected(
        small,
        () -> small.setVpcAccess(b -> b.name("two").vpcId(g.vpc1.id()).instanceId("172.16.1.6").port(80)),
        "QuotaExceeded.VpcAccess",
        RuleId.D2);
  }
}
