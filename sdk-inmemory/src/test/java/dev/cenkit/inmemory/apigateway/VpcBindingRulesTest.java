package dev.cenkit.inmemory.apigateway;

import static dev.cenkit.inmemory.Rejections.assertRejected;
import static dev.cenkit.model.RegionId.CN_BEIJING;
import static dev.cenkit.model.RegionId.CN_HANGZHOU;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cenkit.error.RuleId;
import dev.cenkit.inmemory.InMemoryCloud;
import dev.cenkit.inmemory.rules.ApiGatewayRules;
import dev.cenkit.model.Cidr;
import dev.cenkit.model.apigateway.ApiGatewayInstance;
import dev.cenkit.model.apigateway.ApiGroup;
import dev.cenkit.model.vpc.VSwitch;
import dev.cenkit.model.vpc.Vpc;
import org.junit.jupiter.api.Test;

class VpcBindingRulesTest {
  private final ApiGatewayFixture f = new ApiGatewayFixture();

  private ApiGatewayInstance bind(ApiGatewayInstance instance, Vpc vpc, VSwitch vsw) {
    return f.cloud.modifyInstanceVpcAttributeForConsole(b -> b.instanceId(instance.id()).vpcId(vpc.id()).vswitchId(vsw.id()));
  }

  @Test
  void r51BindingASharedInstanceIsRejected() {
    ApiGatewayInstance shared = f.shared(CN_HANGZHOU);
    assertRejected(f.cloud, () -> bind(shared, f.vpc1, f.vsw1a), "OperationNotSupported.SharedInstance", RuleId.R51);
  }

  @Test
  void r51UnbindingASharedInstanceIsRejected() {
    ApiGatewayInstance shared = f.shared(CN_HANGZHOU);
    assertRejected(
        f.cloud,
        () -> f.cloud.modifyInstanceVpcAttributeForConsole(b -> b.instanceId(shared.id()).deleteVpcAccess(true)),
        "OperationNotSupported.SharedInstance",
        RuleId.R51);
  }

  @Test
  void r51ADedicatedInstanceBindsOneVpcAndRebindingReplacesIt() {
    ApiGatewayInstance instance = f.dedicated();
    Vpc vpc2 = f.cloud.createVpc(b -> b.region(CN_HANGZHOU).cidrBlock(Cidr.of("10.8.0.0/16")));
    VSwitch vsw2 = f.cloud.createVSwitch(b -> b.vpcId(vpc2.id()).zoneId("cn-hangzhou-h").cidrBlock(Cidr.of("10.8.1.0/24")));

    bind(instance, f.vpc1, f.vsw1a);
    ApiGatewayInstance rebound = bind(instance, vpc2, vsw2);

    assertThat(rebound.vpcBinding()).hasValueSatisfying(b -> {
      assertThat(b.vpcId()).isEqualTo(vpc2.id());
      assertThat(b.vSwitchId()).isEqualTo(vsw2.id());
    });
    assertThat(f.cloud.snapshot().apiGateway().instancesBoundTo(f.vpc1.id())).isEmpty();
    assertThat(f.cloud.snapshot().apiGateway().instancesBoundTo(vpc2.id())).extracting(ApiGatewayInstance::id).containsExactly(instance.id());
  }

  @Test
  void r51DeleteVpcAccessUnbinds() {
    ApiGatewayInstance instance = f.dedicated();
    bind(instance, f.vpc1, f.vsw1a);

    ApiGatewayInstance unbound =
        f.cloud.modifyInstanceVpcAttributeForConsole(b -> b.instanceId(instance.id()).deleteVpcAccess(true));

    assertThat(unbound.vpcBinding()).isEmpty();
    assertThat(f.cloud.describeInstance(instance.id()).orElseThrow().vpcBinding()).isEmpty();
  }

  @Test
  void r50BindingAVpcOfAnotherRegionIsRejected() {
    ApiGatewayInstance instance = f.dedicated();
    assertRejected(f.cloud, () -> bind(instance, f.vpc3, f.vsw3), "InvalidVpcId.RegionMismatch", RuleId.R50);
  }

  @Test
  void r50TheVpcDomainOfABoundDedicatedInstanceResolvesToAnIngressAddressInTheBoundVSwitch() {
    ApiGatewayInstance first = bind(f.dedicated(), f.vpc1, f.vsw1a);
    ApiGatewayInstance second = bind(f.dedicated(), f.vpc1, f.vsw1a);
    ApiGroup group = f.cloud.modifyIntranetDomainPolicy(b -> b.groupId(f.group(first, "orders").id()).vpcIntranetEnable(true));

    assertThat(f.vsw1a.cidrBlock().contains(first.vpcBinding().orElseThrow().ingressAddress())).isTrue();
    assertThat(f.vsw1a.cidrBlock().contains(second.vpcBinding().orElseThrow().ingressAddress())).isTrue();
    assertThat(first.vpcBinding().get().ingressAddress()).isNotEqualTo(second.vpcBinding().get().ingressAddress());
    assertThat(ApiGatewayRules.r50VpcDomainAddress(group, first)).contains(first.vpcBinding().get().ingressAddress());
  }

  @Test
  void r50ASharedInstanceOrAnUnboundDedicatedOneHasNoIngressAddressInAVpc() {
    ApiGatewayInstance shared = f.shared(CN_HANGZHOU);
    ApiGatewayInstance unbound = f.dedicated();
    ApiGroup onShared = f.cloud.modifyIntranetDomainPolicy(b -> b.groupId(f.group(shared, "s_orders").id()).vpcIntranetEnable(true));
    ApiGroup onUnbound = f.cloud.modifyIntranetDomainPolicy(b -> b.groupId(f.group(unbound, "d_orders").id()).vpcIntranetEnable(true));

    assertThat(onShared.vpcDomain()).isPresent();
    assertThat(ApiGatewayRules.r50VpcDomainAddress(onShared, shared)).isEmpty();
    assertThat(ApiGatewayRules.r50VpcDomainAddress(onUnbound, unbound)).isEmpty();
  }

  @Test
  void d6BindingWithoutAVSwitchIsRejected() {
    ApiGatewayInstance instance = f.dedicated();
    assertRejected(
        f.cloud,
        () -> f.cloud.modifyInstanceVpcAttributeForConsole(b -> b.instanceId(instance.id()).vpcId(f.vpc1.id())),
        "MissingParameter.VswitchId",
        RuleId.D6);
  }

  @Test
  void d6BindingAVSwitchOfAnotherVpcIsRejected() {
    ApiGatewayInstance instance = f.dedicated();
    Vpc vpc2 = f.cloud.createVpc(b -> b.region(CN_HANGZHOU).cidrBlock(Cidr.of("10.8.0.0/16")));
    assertRejected(
        f.cloud,
        () -> f.cloud.modifyInstanceVpcAttributeForConsole(b -> b.instanceId(instance.id()).vpcId(vpc2.id()).vswitchId(f.vsw1a.id())),
        "InvalidVswitchId.VpcMismatch",
        RuleId.D6);
  }

  @Test
  void bindingAVpcThatDoesNotExistInThisCloudIsRejected() {
    ApiGatewayInstance instance = f.dedicated();
    // A VPC id that is well formed but names nothing here, as a deleted VPC's id does.
    Vpc elsewhere = InMemoryCloud.builder().seed(7).build().createVpc(b -> b.region(CN_HANGZHOU).cidrBlock(Cidr.of("10.9.0.0/16")));
    assertRejected(
        f.cloud,
        () -> f.cloud.modifyInstanceVpcAttributeForConsole(b -> b.instanceId(instance.id()).vpcId(elsewhere.id()).vswitchId(f.vsw1a.id())),
        "InvalidVpcID.NotFound");
  }

  @Test
  void bindingAnUnknownInstanceIsRejected() {
    ApiGatewayInstance instance = new ApiGatewayFixture(InMemoryCloud.builder().seed(3).build()).dedicated(CN_BEIJING);
    assertRejected(f.cloud, () -> bind(instance, f.vpc1, f.vsw1a), "NotFoundInstance");
  }

  @Test
  void bindingTheSameVSwitchAgainChangesNothing() {
    ApiGatewayInstance bound = bind(f.dedicated(), f.vpc1, f.vsw1a);
    var before = f.cloud.snapshot();
    assertThat(bind(bound, f.vpc1, f.vsw1a)).isEqualTo(bound);
    assertThat(f.cloud.snapshot()).isSameAs(before);
  }
}
