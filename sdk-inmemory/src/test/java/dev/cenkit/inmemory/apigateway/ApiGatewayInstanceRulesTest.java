package dev.cenkit.inmemory.apigateway;

import static dev.cenkit.inmemory.Rejections.assertRejected;
import static dev.cenkit.model.RegionId.AP_SOUTHEAST_3;
import static dev.cenkit.model.RegionId.CN_BEIJING;
import static dev.cenkit.model.RegionId.CN_HANGZHOU;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.cenkit.error.CenkitException;
import dev.cenkit.error.RuleId;
import dev.cenkit.inmemory.InMemoryCloud;
import dev.cenkit.model.Cidr;
import dev.cenkit.model.apigateway.ApiGatewayInstance;
import dev.cenkit.model.apigateway.ApiGatewayInstanceId;
import dev.cenkit.model.apigateway.ApiGatewayInstanceType;
import dev.cenkit.model.apigateway.DedicatedInstanceType;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ApiGatewayInstanceRulesTest {
  private final ApiGatewayFixture f = new ApiGatewayFixture();

  @Test
  void r49InstancesAreSharedOrDedicatedWithASubType() {
    ApiGatewayInstance shared = f.shared(CN_HANGZHOU);
    ApiGatewayInstance normal = f.dedicated();
    ApiGatewayInstance connect = f.vpcConnect("192.168.0.0/16");

    assertThat(shared.instanceType()).isEqualTo(ApiGatewayInstanceType.VPC_SHARED);
    assertThat(shared.dedicatedInstanceType()).isEmpty();
    assertThat(shared.id().value()).startsWith("api-shared-vpc-");
    assertThat(normal.instanceType()).isEqualTo(ApiGatewayInstanceType.VPC_DEDICATED);
    assertThat(normal.dedicatedInstanceType()).contains(DedicatedInstanceType.NORMAL);
    assertThat(normal.id().value()).matches("apigateway-hz-[0-9a-f]{12}");
    assertThat(connect.dedicatedInstanceType()).contains(DedicatedInstanceType.VPC_CONNECT);
    assertThat(f.cloud.describeInstances()).hasSize(2); // created ones; the shared one is listed per region
    assertThat(f.cloud.describeInstances(CN_HANGZHOU)).extracting(ApiGatewayInstance::id)
        .containsExactlyInAnyOrder(shared.id(), normal.id(), connect.id());
  }

  @Test
  void r49EveryRegionHasItsSharedInstanceInAnEmptyCloud() {
    InMemoryCloud empty = InMemoryCloud.create();
    assertThat(empty.describeInstance(ApiGatewayInstanceId.of("api-shared-vpc-001")))
        .hasValueSatisfying(i -> {
          assertThat(i.region()).isEqualTo(CN_HANGZHOU);
          assertThat(i.instanceType()).isEqualTo(ApiGatewayInstanceType.VPC_SHARED);
          assertThat(i.vpcEgressAddress()).hasValueSatisfying(b -> assertThat(b.prefixLength()).isEqualTo(26));
        });
    assertThat(ApiGatewayInstanceId.shared(CN_BEIJING).value()).isEqualTo("api-shared-vpc-020");
    List<ApiGatewayInstanceId> ids = dev.cenkit.model.RegionId.all().stream().map(ApiGatewayInstanceId::shared).collect(Collectors.toList());
    assertThat(ids).doesNotHaveDuplicates();
    for (dev.cenkit.model.RegionId region : dev.cenkit.model.RegionId.all()) {
      assertThat(empty.describeInstances(region)).extracting(ApiGatewayInstance::id).containsExactly(ApiGatewayInstanceId.shared(region));
      assertThat(ApiGatewayInstanceId.shared(region).sharedRegion()).contains(region);
    }
    assertThat(empty.snapshot().apiGateway().instances()).isEmpty(); // known, not materialised
  }

  @Test
  void r49AGroupCreatedWithoutAnInstanceIdLandsOnItsRegionsSharedInstance() {
    var group = f.cloud.createApiGroup(b -> b.region(CN_BEIJING).groupName("orders"));
    assertThat(group.instanceId()).isEqualTo(ApiGatewayInstanceId.shared(CN_BEIJING));
    assertThat(group.region()).isEqualTo(CN_BEIJING);
    var onShared = f.cloud.createApiGroup(b -> b.instanceId(ApiGatewayInstanceId.of("api-shared-vpc-001")).groupName("stock"));
    assertThat(onShared.region()).isEqualTo(CN_HANGZHOU);
    assertRejected(f.cloud, () -> f.cloud.createApiGroup(b -> b.groupName("nowhere")), "MissingParameter", RuleId.R49);
    assertRejected(f.cloud,
        () -> f.cloud.createApiGroup(b -> b.region(CN_BEIJING).instanceId(ApiGatewayInstanceId.shared(CN_HANGZHOU)).groupName("x")),
        "IllegalParam.RegionId", RuleId.R1);
  }

  @Test
  void r49TheSharedInstanceCannotBeDeleted() {
    assertRejected(f.cloud, () -> f.cloud.deleteInstance(b -> b.instanceId(ApiGatewayInstanceId.shared(CN_HANGZHOU))),
        "OperationNotSupported.SharedInstance", RuleId.R49);
  }

  @Test
  void r49CreateInstanceCreatesDedicatedInstancesOnlyAndNeedsSpecHttpsPolicyAndChargeType() {
    assertRejected(f.cloud, () -> f.cloud.createInstance(b -> b.region(CN_HANGZHOU).instanceType(ApiGatewayInstanceType.VPC_SHARED)),
        "InvalidParameter.InstanceType", RuleId.R49);
    assertRejected(f.cloud, () -> f.cloud.createInstance(b -> b.region(CN_HANGZHOU).zoneId("cn-hangzhou-h")
        .httpsPolicy("HTTPS2_TLS1_2").chargeType("PostPaid")), "MissingParameter", RuleId.R49);
    assertRejected(f.cloud, () -> f.cloud.createInstance(b -> b.region(CN_HANGZHOU).zoneId("cn-hangzhou-h")
        .instanceSpec("api.s1.small").chargeType("PostPaid")), "MissingParameter", RuleId.R49);
    assertRejected(f.cloud, () -> f.cloud.createInstance(b -> b.region(CN_HANGZHOU).zoneId("cn-hangzhou-h")
        .instanceSpec("api.s1.small").httpsPolicy("HTTPS2_TLS1_2")), "MissingParameter", RuleId.R49);
    assertRejected(f.cloud, () -> f.cloud.createInstance(b -> b.region(CN_HANGZHOU).zoneId("cn-hangzhou-h")
        .instanceSpec("api.s1.small").httpsPolicy("TLS9").chargeType("PostPaid")), "InvalidParameter", RuleId.R49);
    assertRejected(f.cloud, () -> f.cloud.createInstance(b -> b.region(CN_HANGZHOU).zoneId("cn-hangzhou-h")
        .instanceSpec("api.s1.small").httpsPolicy("HTTPS2_TLS1_2").chargeType("Free")), "InvalidParameter", RuleId.R49);
    ApiGatewayInstance made = f.cloud.createInstance(b -> b.region(CN_HANGZHOU).zoneId("cn-hangzhou-h")
        .instanceSpec("api.s1.small").httpsPolicy("HTTPS2_TLS1_2").chargeType("PrePaid"));
    assertThat(made.isDedicated()).isTrue();
    assertThat(made.httpsPolicy()).contains("HTTPS2_TLS1_2");
    assertThat(made.chargeType()).contains("PrePaid");
  }

  @Test
  void r49AnUndocumentedSpecIsRejected() {
    assertRejected(
        f.cloud,
        () ->
            f.cloud.createInstance(
                b ->
                    b.region(CN_HANGZHOU)
                        .instanceType(ApiGatewayInstanceType.VPC_DEDICATED)
                        .instanceSpec("api.s9.huge")
                        .httpsPolicy("HTTPS2_TLS1_2")
                        .chargeType("PostPaid")
                        .zoneId("cn-hangzhou-h")),
        "InvalidParameter.InstanceSpec",
        RuleId.R49);
  }

  @Test
  void r52EgressBlocksAreDistinctSlash26sInsideTheCloudServiceRange() {
    List<ApiGatewayInstance> instances =
        IntStream.range(0, 5).mapToObj(i -> i % 2 == 0 ? f.dedicated() : f.shared(i == 1 ? CN_BEIJING : CN_HANGZHOU))
            .collect(Collectors.toList());

    List<Cidr> blocks = instances.stream().map(i -> i.vpcEgressAddress().orElseThrow()).collect(Collectors.toList());
    assertThat(blocks).allSatisfy(b -> {
      assertThat(b.prefixLength()).isEqualTo(26);
      assertThat(Cidr.CLOUD_SERVICES.contains(b)).isTrue();
    });
    assertThat(blocks).doesNotHaveDuplicates();
    for (int i = 0; i < blocks.size(); i++) {
      for (int j = i + 1; j < blocks.size(); j++) {
        assertThat(blocks.get(i).overlaps(blocks.get(j))).as("%s and %s", blocks.get(i), blocks.get(j)).isFalse();
      }
    }
  }

  @Test
  void r52ANewInstanceTakesTheLowestEgressBlockThatADeletedInstanceFreed() {
    ApiGatewayInstance first = f.dedicated();
    ApiGatewayInstance second = f.dedicated();
    ApiGatewayInstance third = f.dedicated();
    f.cloud.deleteInstance(b -> b.instanceId(second.id()));

    ApiGatewayInstance next = f.dedicated();
    ApiGatewayInstance after = f.dedicated();

    assertThat(next.vpcEgressAddress()).isEqualTo(second.vpcEgressAddress());
    assertThat(after.vpcEgressAddress().orElseThrow())
        .isNotIn(first.vpcEgressAddress().orElseThrow(), second.vpcEgressAddress().orElseThrow(),
            third.vpcEgressAddress().orElseThrow());
    assertThat(after.vpcEgressAddress().orElseThrow().network().toLong())
        .isGreaterThan(third.vpcEgressAddress().orElseThrow().network().toLong());
  }

  @Test
  void r52AVpcIntegrationInstanceHasNetworkInterfacesInTheConnectedVpcInsteadOfAn100xBlock() {
    ApiGatewayInstance connect = f.vpcConnect("192.168.0.0/16");

    assertThat(connect.vpcEgressAddress()).isEmpty();
    assertThat(connect.vpcIntegration()).hasValueSatisfying(v -> {
      assertThat(v.vpcId()).isEqualTo(f.vpc1.id());
      assertThat(v.vSwitchIds()).containsExactly(f.vsw1a.id(), f.vsw1b.id());
      assertThat(f.vsw1a.cidrBlock().contains(v.eniAddresses().get(0))).isTrue();
      assertThat(f.vsw1b.cidrBlock().contains(v.eniAddresses().get(1))).isTrue();
    });
  }

  @Test
  void r53AnInstanceCidrThatConflictsWithAConnectedVSwitchIsRejected() {
    assertRejected(f.cloud, () -> f.vpcConnect("172.16.0.0/12"), "InvalidParameter.InstanceCidrConflict", RuleId.R53);
  }

  @Test
  void r53TheConnectedVpcMustBeInTheInstancesRegion() {
    assertRejected(
        f.cloud,
        () ->
            f.cloud.createInstance(
                b ->
                    b.region(CN_HANGZHOU)
                        .instanceType(ApiGatewayInstanceType.VPC_DEDICATED)
                        .dedicatedInstanceType(DedicatedInstanceType.VPC_CONNECT)
                        .instanceSpec("api.s1.small").httpsPolicy("HTTPS2_TLS1_2").chargeType("PostPaid")
                        .userVpcId(f.vpc3.id())
                        .instanceCidr(Cidr.of("192.168.0.0/16"))
                        .addZoneVSwitchIds(f.vsw3.id())),
        "InvalidVpcId.RegionMismatch",
        RuleId.R53);
  }

  @Test
  void r53TheConnectedVpcDoesNotChangeWhenTheInstanceIsBoundForIncomingCalls() {
    ApiGatewayInstance connect = f.vpcConnect("192.168.0.0/16");
    var vpc2 = f.cloud.createVpc(b -> b.region(CN_HANGZHOU).cidrBlock(Cidr.of("10.8.0.0/16")));
    var vsw2 = f.cloud.createVSwitch(b -> b.vpcId(vpc2.id()).zoneId("cn-hangzhou-h").cidrBlock(Cidr.of("10.8.1.0/24")));

    ApiGatewayInstance bound =
        f.cloud.modifyInstanceVpcAttributeForConsole(b -> b.instanceId(connect.id()).vpcId(vpc2.id()).vswitchId(vsw2.id()));

    assertThat(bound.vpcIntegration()).isEqualTo(connect.vpcIntegration());
    assertThat(bound.vpcBinding()).hasValueSatisfying(v -> assertThat(v.vpcId()).isEqualTo(vpc2.id()));
  }

  @Test
  void r55AConventionalDedicatedInstanceWithoutAZoneIsRejected() {
    assertRejected(
        f.cloud,
        () -> f.cloud.createInstance(b -> b.region(CN_HANGZHOU).instanceType(ApiGatewayInstanceType.VPC_DEDICATED)
            .instanceSpec("api.s1.small").httpsPolicy("HTTPS2_TLS1_2").chargeType("PostPaid")),
        "MissingParameter.ZoneId",
        RuleId.R55);
  }

  @Test
  void r55AZoneOfAnotherRegionIsRejected() {
    assertRejected(
        f.cloud,
        () ->
            f.cloud.createInstance(
                b -> b.region(CN_HANGZHOU).instanceType(ApiGatewayInstanceType.VPC_DEDICATED).zoneId("cn-beijing-a")
                    .instanceSpec("api.s1.small").httpsPolicy("HTTPS2_TLS1_2").chargeType("PostPaid")),
        "InvalidParameter.ZoneId",
        RuleId.R55);
  }

  @Test
  void r55AVpcIntegrationInstanceWithoutItsVpcIsRejected() {
    assertRejected(
        f.cloud,
        () ->
            f.cloud.createInstance(
                b ->
                    b.region(CN_HANGZHOU)
                        .instanceType(ApiGatewayInstanceType.VPC_DEDICATED)
                        .dedicatedInstanceType(DedicatedInstanceType.VPC_CONNECT)
                        .instanceSpec("api.s1.small").httpsPolicy("HTTPS2_TLS1_2").chargeType("PostPaid")
                        .instanceCidr(Cidr.of("192.168.0.0/16"))),
        "MissingParameter.UserVpcId",
        RuleId.R55);
  }

  @Test
  void r55AnInstanceCidrOtherThanTheTwoDocumentedBlocksIsRejected() {
    assertRejected(f.cloud, () -> f.vpcConnect("10.0.0.0/8"), "InvalidParameter.InstanceCidr", RuleId.R55);
  }

  @Test
  void instanceIdsHaveTheRealShapesAndOtherShapesAreRejected() {
    assertThat(f.dedicated(CN_BEIJING).id().value()).startsWith("apigateway-bj-");
    assertThat(f.dedicated(AP_SOUTHEAST_3).id().value()).matches("apigateway-apsoutheast3-[0-9a-f]{12}");
    assertThat(ApiGatewayInstanceId.of("api-shared-vpc-001").isShared()).isTrue();
    for (String bad : new String[] {"apigateway", "vpc-bp1abc", "api-shared-001"}) {
      assertThat(catchThrowableOfType(
                  CenkitException.class, () -> ApiGatewayInstanceId.of(bad))
              .code())
          .isEqualTo("InvalidParameter.ResourceId");
    }
  }

  @Test
  void anInstanceThatHostsGroupsIsNotDeletedButAnEmptyOneIs() {
    ApiGatewayInstance busy = f.dedicated();
    ApiGatewayInstance idle = f.dedicated();
    f.group(busy, "orders");

    assertRejected(f.cloud, () -> f.cloud.deleteInstance(b -> b.instanceId(busy.id())), "InvalidOperation.ApiGroupExist");
    f.cloud.deleteInstance(b -> b.instanceId(idle.id()));

    assertThat(f.cloud.describeInstance(idle.id())).isEmpty();
    assertRejected(f.cloud, () -> f.cloud.deleteInstance(b -> b.instanceId(idle.id())), "NotFoundInstance");
  }
}
