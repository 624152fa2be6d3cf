package dev.cenkit.testkit;

import static dev.cenkit.model.RegionId.CN_HANGZHOU;
import static dev.cenkit.testkit.CenkitAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cenkit.spi.ApplyResult;
import dev.cenkit.dsl.Cenkit;
import dev.cenkit.dsl.EcsInstanceSpec;
import dev.cenkit.dsl.SecurityGroupSpec;
import dev.cenkit.spi.Spec;
import dev.cenkit.dsl.Traffic;
import dev.cenkit.dsl.VpcSpec;
import dev.cenkit.inmemory.InMemoryCloud;
import dev.cenkit.model.ecs.SecurityGroup;
import dev.cenkit.model.vpc.Vpc;
import dev.cenkit.reach.EcsHost;
import dev.cenkit.reach.NetworkQuestion;
import dev.cenkit.reach.Protocol;
import dev.cenkit.reach.ReachabilityAnswer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(InMemoryCloudExtension.class)
class SecurityGroupAssertTest {
  private final VpcSpec vpc1 = Cenkit.vpc(CN_HANGZHOU).named("VPC-1").cidr("172.16.0.0/16").vSwitch("cn-hangzhou-h", "172.16.1.0/24");

  @Test
  void isDeniedBySecurityGroupNamesTheGroupAndTellsRuleFromDefault(InMemoryCloud cloud) {
    SecurityGroupSpec web = Cenkit.securityGroup().named("web").in(vpc1)
        .denyIngress(Traffic.tcp(22)).priority(5).from("172.16.1.0/24");
    SecurityGroupSpec client = Cenkit.securityGroup().named("client").in(vpc1);
    EcsInstanceSpec a = Cenkit.ecsInstance("a").in(vpc1, 0).privateIp("172.16.1.10").securityGroup(client);
    EcsInstanceSpec b = Cenkit.ecsInstance("b").in(vpc1, 0).privateIp("172.16.1.20").securityGroup(web);
    ApplyResult r = cloud.apply(Spec.of(a, b));
    EcsHost from = EcsHost.of(cloud.snapshot().ecs().instance(r.id(a.ref())).orElseThrow());
    EcsHost to = EcsHost.of(cloud.snapshot().ecs().instance(r.id(b.ref())).orElseThrow());
    SecurityGroup group = cloud.snapshot().ecs().securityGroup(r.id(web.ref())).orElseThrow();

    ReachabilityAnswer ssh = cloud.reachability().answer(new NetworkQuestion(from, to, Protocol.TCP, 22));
    assertThat(ssh).isUnreachable().isDeniedBySecurityGroup(group.id()).byRule(group.rules().get(0).id());
    ReachabilityAnswer https = cloud.reachability().answer(new NetworkQuestion(from, to, Protocol.TCP, 443));
    assertThat(https).isDeniedBySecurityGroup(group.id()).byDefault();
    assertThat(https).isDeniedBySecurityGroup(group.id()).withAFix();
    assertThatThrownBy(() -> assertThat(https).isDeniedBySecurityGroup(group.id()).byRule(group.rules().get(0).id()))
        .hasMessageContaining("expected rule");
    assertThatThrownBy(() -> assertThat(ssh).isDeniedBySecurityGroup(r.id(client.ref())))
        .hasMessageContaining("expected security group");
  }
}
