package dev.cenkit.inmemory.ecs;

import static dev.cenkit.dsl.Traffic.tcp;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cenkit.spi.ApplyResult;
import dev.cenkit.dsl.Cenkit;
import dev.cenkit.dsl.EcsInstanceSpec;
import dev.cenkit.dsl.SecurityGroupSpec;
import dev.cenkit.spi.Spec;
import dev.cenkit.dsl.VpcSpec;
import dev.cenkit.inmemory.InMemoryCloud;
import dev.cenkit.model.Cidr;
import dev.cenkit.model.Ipv4Address;
import dev.cenkit.model.RegionId;
import dev.cenkit.model.ecs.EcsInstance;
import dev.cenkit.model.ecs.RuleDirection;
import dev.cenkit.model.ecs.RulePolicy;
import dev.cenkit.model.ecs.SecurityGroup;
import dev.cenkit.model.ecs.SecurityGroupRule;
import dev.cenkit.model.ecs.SecurityGroupType;
import dev.cenkit.model.vpc.Vpc;
import org.junit.jupiter.api.Test;

class EcsBuildersTest {
  private final InMemoryCloud cloud = InMemoryCloud.create();

  @Test
  void aSpecCreatesTheVpcTheGroupWithItsRulesAndTheInstanceInOrder() {
    VpcSpec vpc1 = Cenkit.vpc(RegionId.CN_HANGZHOU).named("VPC-1").cidr("172.16.0.0/16").vSwitch("cn-hangzhou-h", "172.16.1.0/24");
    SecurityGroupSpec admin = Cenkit.securityGroup().named("admin").in(vpc1);
    SecurityGroupSpec web =
        Cenkit.securityGroup().named("web").in(vpc1)
            .allowIngress(tcp(443)).from("10.0.0.0/8")
            .denyIngress(tcp(22)).priority(5).from("0.0.0.0/0")
            .allowIngress(tcp(22)).priority(1).from(admin)
            .allowEgress(tcp(5432)).to("172.16.2.0/24");
    EcsInstanceSpec ecs3 = Cenkit.ecsInstance("ecs-3").in(vpc1, 0).privateIp("172.16.1.10").securityGroup(web);
    ApplyResult result = cloud.apply(Spec.of(ecs3));
    EcsInstance instance = cloud.snapshot().ecs().instance(result.id(ecs3.ref())).orElseThrow();
    assertThat(instance.privateIp()).isEqualTo(Ipv4Address.of("172.16.1.10"));
    assertThat(instance.name()).contains("ecs-3");
    SecurityGroup group = cloud.snapshot().ecs().securityGroup(result.id(web.ref())).orElseThrow();
    assertThat(instance.securityGroupIds()).containsExactly(group.id());
    assertThat(group.name()).contains("web");
    assertThat(group.rules(RuleDirection.INGRESS)).hasSize(3);
    SecurityGroupRule deny = group.rules(RuleDirection.INGRESS).get(1);
    assertThat(deny.policy()).isEqualTo(RulePolicy.DROP);
    assertThat(deny.priority()).isEqualTo(5);
    assertThat(group.rules(RuleDirection.INGRESS).get(2).peerGroupId()).contains(result.id(admin.ref()));
    assertThat(group.rules(RuleDirection.EGRESS).get(0).peerCidr()).contains(Cidr.of("172.16.2.0/24"));
  }

  @Test
  void anAdvancedGroupIsBuiltWithEnterprise() {
    VpcSpec vpc1 = Cenkit.vpc(RegionId.CN_HANGZHOU).cidr("172.16.0.0/16");
    SecurityGroupSpec g = Cenkit.securityGroup().enterprise().in(vpc1);
    assertThat(cloud.create(g).type()).isEqualTo(SecurityGroupType.ENTERPRISE);
  }
}
