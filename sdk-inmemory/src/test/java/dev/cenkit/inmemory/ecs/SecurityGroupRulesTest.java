package dev.cenkit.inmemory.ecs;

import static dev.cenkit.inmemory.Rejections.assertRejected;
import static dev.cenkit.inmemory.ecs.EcsFixture.tcp;
import static dev.cenkit.inmemory.ecs.EcsFixture.tcpTo;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cenkit.error.RuleId;
import dev.cenkit.inmemory.Fixtures;
import dev.cenkit.inmemory.InMemoryCloud;
import dev.cenkit.inmemory.internal.Internals;
import dev.cenkit.inmemory.quota.Quotas;
import dev.cenkit.inmemory.state.Snapshot;
import dev.cenkit.model.Cidr;
import dev.cenkit.model.RegionId;
import dev.cenkit.model.ecs.InnerAccessPolicy;
import dev.cenkit.model.ecs.PortRange;
import dev.cenkit.model.ecs.RuleDirection;
import dev.cenkit.model.ecs.RulePolicy;
import dev.cenkit.model.ecs.SecurityGroup;
import dev.cenkit.model.ecs.SecurityGroupId;
import dev.cenkit.model.ecs.SecurityGroupRule;
import dev.cenkit.model.ecs.SecurityGroupType;
import dev.cenkit.model.vpc.Vpc;
import dev.cenkit.spi.ecs.ModifySecurityGroupPolicyRequest;
import dev.cenkit.spi.ecs.Permission;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SecurityGroupRulesTest {
  private final EcsFixture f = new EcsFixture();
  private final InMemoryCloud cloud = f.cloud;

  private Permission.Builder rule() {
    return Permission.builder().ipProtocol("TCP").portRange("443/443").sourceCidrIp("10.0.0.0/8");
  }

  private void rejectedIngress(Permission p, String code, RuleId rule) {
    SecurityGroup g = f.group();
    assertRejected(cloud, () -> f.allowIn(g, p), code, rule);
  }

  @Test
  void aNewGroupIsBasicWithoutRulesAndAdmitsItsMembers() {
    SecurityGroup g = f.group();
    assertThat(g.id().value()).startsWith("sg-");
    assertThat(g.type()).isEqualTo(SecurityGroupType.NORMAL);
    assertThat(g.innerAccessPolicy()).isEqualTo(InnerAccessPolicy.ACCEPT);
    assertThat(g.rules()).isEmpty();
    assertThat(cloud.describeSecurityGroups(Optional.of(f.vpc.id()))).containsExactly(g);
    assertThat(cloud.describeSecurityGroupAttribute(g.id())).isEqualTo(g);
  }

  @Test
  void anAuthorizedRuleIsStoredWithAnIdAndItsFields() {
    SecurityGroup g = f.allowIn(f.group(), rule().priority("7").policy("Drop").description("web").build());
    SecurityGroupRule r = g.rules().get(0);
    assertThat(r.id().value()).startsWith("sgr-");
    assertThat(r.direction()).isEqualTo(RuleDirection.INGRESS);
    assertThat(r.portRange()).isEqualTo(PortRange.of(443));
    assertThat(r.peerCidr()).contains(Cidr.of("10.0.0.0/8"));
    assertThat(r.priority()).isEqualTo(7);
    assertThat(r.policy()).isEqualTo(RulePolicy.DROP);
    SecurityGroup out = f.allowOut(g, tcpTo("80/80", "0.0.0.0/0"));
    assertThat(out.rules(RuleDirection.EGRESS)).hasSize(1);
    assertThat(out.rules(RuleDirection.EGRESS).get(0).peerCidr()).contains(Cidr.of("0.0.0.0/0"));
  }

  @Test
  void sg11AnAdvancedGroupAlwaysIsolatesItsMembers() {
    SecurityGroup adv = f.group(f.vpc, SecurityGroupType.ENTERPRISE);
    assertThat(adv.innerAccessPolicy()).isEqualTo(InnerAccessPolicy.DROP);
    assertRejected(
        cloud,
        () -> cloud.modifySecurityGroupPolicy(
            ModifySecurityGroupPolicyRequest.builder().securityGroupId(adv.id()).innerAccessPolicy(InnerAccessPolicy.ACCEPT).build()),
        "InvalidSecurityGroup.InnerAccessPolicyFixed",
        RuleId.SG11);
    SecurityGroup basic = f.group();
    SecurityGroup dropped = cloud.modifySecurityGroupPolicy(
        ModifySecurityGroupPolicyRequest.builder().securityGroupId(basic.id()).innerAccessPolicy(InnerAccessPolicy.DROP).build());
    assertThat(dropped.innerAccessPolicy()).isEqualTo(InnerAccessPolicy.DROP);
  }

  @Test
  void sg30AuthorizingARuleTwiceAddsNothingAndCommitsNoVersion() {
    SecurityGroup g = f.allowIn(f.group(), rule().build());
    Snapshot before = Internals.state(cloud);
    SecurityGroup again = f.allowIn(g, rule().description("same rule, other text").build());
    assertThat(again.rules()).hasSize(1);
    assertThat(cloud.snapshot()).isSameAs(before);
    // the same block written as an address with host bits is the same rule (SG41)
    f.allowIn(g, rule().sourceCidrIp("10.1.2.3/8").build());
    assertThat(cloud.snapshot()).isSameAs(before);
  }

  @Test
  void sg40aAnUnknownProtocolIsRejectedAndCaseDoesNotMatter() {
    rejectedIngress(rule().ipProtocol("SCTP").build(), "InvalidIpProtocol.ValueNotSupported", RuleId.SG40A);
    assertThat(f.allowIn(f.group(), rule().ipProtocol("tcp").build()).rules()).hasSize(1);
  }

  @Test
  void sg40bAMalformedPortRangeIsRejected() {
    rejectedIngress(rule().portRange("443").build(), "InvalidParam.PortRange", RuleId.SG40B);
    rejectedIngress(rule().portRange("1/70000").build(), "InvalidParam.PortRange", RuleId.SG40B);
    rejectedIngress(rule().portRange("-1/80").build(), "InvalidParam.PortRange", RuleId.SG40B);
  }

  @Test
  void sg40cAMissingPortRangeIsRejected() {
    rejectedIngress(Permission.builder().ipProtocol("TCP").sourceCidrIp("10.0.0.0/8").build(), "InvalidPortRange.Malformed", RuleId.SG40C);
  }

  @Test
  void sg40dProtocolAndPortRangeMustMatch() {
    rejectedIngress(rule().portRange("-1/-1").build(), "OperationDenied", RuleId.SG40D);
    rejectedIngress(rule().ipProtocol("ICMP").portRange("1/10").build(), "OperationDenied", RuleId.SG40D);
    assertThat(f.allowIn(f.group(), rule().ipProtocol("ALL").portRange("-1/-1").build()).rules()).hasSize(1);
  }

  @Test
  void sg40eAReversedOrZeroPortRangeIsRejected() {
    rejectedIngress(rule().portRange("200/1").build(), "InvalidParam.PortRange", RuleId.SG40E);
    rejectedIngress(rule().portRange("0/10").build(), "InvalidParam.PortRange", RuleId.SG40E);
  }

  @Test
  void sg40fAMalformedSourcePortRangeIsRejected() {
    rejectedIngress(rule().sourcePortRange("5/1").build(), "InvalidSourcePortRange.Malformed", RuleId.SG40F);
    assertThat(f.allowIn(f.group(), rule().sourcePortRange("1000/2000").build()).rules().get(0).sourcePortRange())
        .contains(PortRange.of(1000, 2000));
  }

  @Test
  void sg40gAPriorityOutsideOneToHundredIsRejected() {
    rejectedIngress(rule().priority("0").build(), "InvalidPriority.Malformed", RuleId.SG40G);
    rejectedIngress(rule().priority("101").build(), "InvalidPriority.Malformed", RuleId.SG40G);
    rejectedIngress(rule().priority("high").build(), "InvalidPriority.Malformed", RuleId.SG40G);
  }

  @Test
  void sg40hAPolicyOtherThanAcceptOrDropIsRejected() {
    rejectedIngress(rule().policy("reject").build(), "InvalidPolicy.Malformed", RuleId.SG40H);
  }

  @Test
  void sg40iAnUnknownNicTypeIsRejected() {
    rejectedIngress(rule().nicType("wifi").build(), "InvalidNicType.ValueNotSupported", RuleId.SG40I);
  }

  @Test
  void sg40jAVpcGroupTakesOnlyIntranetRules() {
    rejectedIngress(rule().nicType("internet").build(), "InvalidSourceGroupId.Mismatch", RuleId.SG40J);
    SecurityGroup g = f.group();
    assertRejected(cloud, () -> f.allowOut(g, tcpTo("80/80", "0.0.0.0/0").toBuilder().nicType("internet").build()),
        "InvalidDestGroupId.Mismatch", RuleId.SG40J);
  }

  @Test
  void sg40kAMalformedSourceCidrIsRejected() {
    rejectedIngress(rule().sourceCidrIp("10.0.0.300/8").build(), "InvalidSourceCidrIp.Malformed", RuleId.SG40K);
  }

  @Test
  void sg40lAMalformedDestCidrIsRejected() {
    SecurityGroup g = f.group();
    assertRejected(cloud, () -> f.allowOut(g, tcpTo("80/80", "not-a-cidr")), "InvalidDestCidrIp.Malformed", RuleId.SG40L);
  }

  @Test
  void sg40mARuleWithoutPeerIsRejected() {
    rejectedIngress(Permission.builder().ipProtocol("TCP").portRange("22/22").build(), "MissingParameter.Source", RuleId.SG40M);
    SecurityGroup g = f.group();
    assertRejected(cloud, () -> f.allowOut(g, Permission.builder().ipProtocol("TCP").portRange("22/22").build()),
        "MissingParameter.Dest", RuleId.SG40M);
    // an ingress rule with only a destination block still lacks its source (SG4)
    rejectedIngress(Permission.builder().ipProtocol("TCP").portRange("22/22").destCidrIp("10.0.1.5").build(),
        "MissingParameter.Source", RuleId.SG40M);
  }

  @Test
  void sg40nEqualSourceAndDestCidrsAreRejected() {
    rejectedIngress(rule().destCidrIp("10.0.0.0/8").build(), "InvalidParamter.Conflict", RuleId.SG40N);
  }

  @Test
  void sg40oARuleDescriptionLongerThan512IsRejected() {
    rejectedIngress(rule().description("d".repeat(513)).build(), "InvalidSecurityGroupDiscription.Malformed", RuleId.SG40O);
  }

  @Test
  void sg40pTheSameRuleTwiceInOneListIsRejected() {
    SecurityGroup g = f.group();
    assertRejected(cloud,
        () -> cloud.authorizeSecurityGroup(b -> b.securityGroupId(g.id()).addPermissions(rule().build(), rule().description("x").build())),
        "InvalidParam.DuplicatePermissions", RuleId.SG40P);
  }

  @Test
  void sg40rAnEmptyOrOversizedPermissionsListIsRejected() {
    SecurityGroup g = f.group();
    assertRejected(cloud, () -> cloud.authorizeSecurityGroup(b -> b.securityGroupId(g.id())), "InvalidParam.Permissions", RuleId.SG40R);
    List<Permission> many = new ArrayList<>();
    for (int port = 1; port <= 101; port++) {
      many.add(rule().portRange(port + "/" + port).build());
    }
    assertRejected(cloud, () -> cloud.authorizeSecurityGroup(b -> b.securityGroupId(g.id()).permissions(many)),
        "InvalidParam.Permissions", RuleId.SG40R);
  }

  @Test
  void sg41ASingleAddressIsASlash32AndHostBitsAreNormalisedButTheTextIsKept() {
    SecurityGroup g = f.allowIn(f.group(), rule().sourceCidrIp("10.0.1.5").build());
    assertThat(g.rules().get(0).peerCidr()).contains(Cidr.of("10.0.1.5/32"));
    assertThat(g.rules().get(0).peerCidrText()).contains("10.0.1.5");
    SecurityGroup h = f.allowIn(f.group(), rule().sourceCidrIp("10.159.6.18/12").build());
    assertThat(h.rules().get(0).peerCidr()).contains(Cidr.of("10.144.0.0/12"));
    assertThat(h.rules().get(0).peerCidrText()).contains("10.159.6.18/12");
  }

  @Test
  void sg42aAnUnknownGroupIsRejected() {
    SecurityGroupId unknown = SecurityGroupId.of("sg-unknown1");
    assertRejected(cloud, () -> cloud.authorizeSecurityGroup(b -> b.securityGroupId(unknown).addPermissions(rule().build())),
        "InvalidSecurityGroupId.NotFound", RuleId.SG42A);
    assertRejected(cloud, () -> cloud.deleteSecurityGroup(unknown), "InvalidSecurityGroupId.NotFound", RuleId.SG42A);
  }

  @Test
  void sg42bAMalformedPeerGroupIdIsRejected() {
    rejectedIngress(Permission.builder().ipProtocol("TCP").portRange("22/22").sourceGroupId("group-1").build(),
        "InvalidSecurityGroupId.Malformed", RuleId.SG42B);
  }

  @Test
  void sg42cAnUnknownPeerGroupIsRejected() {
    rejectedIngress(Permission.builder().ipProtocol("TCP").portRange("22/22").sourceGroupId("sg-nothere").build(),
        "InvalidSourceGroupId.NotFound", RuleId.SG42C);
    SecurityGroup g = f.group();
    assertRejected(cloud, () -> f.allowOut(g, Permission.builder().ipProtocol("TCP").portRange("22/22").destGroupId("sg-nothere").build()),
        "InvalidDestGroupId.NotFound", RuleId.SG42C);
  }

  @Test
  void sg42dAPeerGroupOfAnotherVpcIsRejected() {
    Vpc other = Fixtures.vpc(cloud, RegionId.CN_HANGZHOU, "192.168.0.0/16");
    SecurityGroup elsewhere = f.group(other, SecurityGroupType.NORMAL);
    rejectedIngress(Permission.builder().ipProtocol("TCP").portRange("22/22").sourceGroupId(elsewhere.id().value()).build(),
        "InvalidSourceGroupId.Mismatch", RuleId.SG42D);
  }

  @Test
  void sg42eAGroupCannotNameItselfAsPeer() {
    SecurityGroup g = f.group();
    Permission self = Permission.builder().ipProtocol("TCP").portRange("22/22").sourceGroupId(g.id().value()).build();
    assertRejected(cloud, () -> f.allowIn(g, self), "InvalidParamter.Conflict", RuleId.SG42E);
    Permission selfOut = Permission.builder().ipProtocol("TCP").portRange("22/22").destGroupId(g.id().value()).build();
    assertRejected(cloud, () -> f.allowOut(g, selfOut), "InvalidSecurityGroup.IsSame", RuleId.SG42E);
  }

  @Test
  void sg42gAnAdvancedGroupCannotReferenceGroups() {
    SecurityGroup adv = f.group(f.vpc, SecurityGroupType.ENTERPRISE);
    SecurityGroup peer = f.group();
    assertRejected(cloud,
        () -> f.allowIn(adv, Permission.builder().ipProtocol("TCP").portRange("22/22").sourceGroupId(peer.id().value()).build()),
        "InvalidGroupAuthParameter.OperationDenied", RuleId.SG42G);
    // SD6: drop rules with a CIDR are accepted on advanced groups
    assertThat(f.allowIn(adv, rule().policy("drop").build()).rules()).hasSize(1);
  }

  @Test
  void sg42hABasicGroupHasAtMostTwentyGroupReferenceRules() {
    SecurityGroup g = f.group();
    SecurityGroup peer = f.group();
    for (int port = 1; port <= 20; port++) {
      f.allowIn(g, Permission.builder().ipProtocol("TCP").portRange(port + "/" + port).sourceGroupId(peer.id().value()).build());
    }
    assertRejected(cloud,
        () -> f.allowIn(g, Permission.builder().ipProtocol("TCP").portRange("99/99").sourceGroupId(peer.id().value()).build()),
        "AuthorizedGroupRule.LimitExceed", RuleId.SG42H);
  }

  @Test
  void sg43aAGroupHasAtMostItsRuleQuota() {
    InMemoryCloud small = InMemoryCloud.builder().quotas(Quotas.builder().rulesPerSecurityGroup(2).build()).build();
    EcsFixture s = new EcsFixture(small);
    SecurityGroup g = s.group();
    s.allowIn(g, tcp("1/1", "10.0.0.0/8"));
    s.allowOut(g, tcpTo("2/2", "10.0.0.0/8"));
    assertRejected(small, () -> s.allowIn(g, tcp("3/3", "10.0.0.0/8")), "AuthorizationLimitExceed", RuleId.SG43A);
  }

  @Test
  void sg43eARegionHasAtMostItsGroupQuota() {
    InMemoryCloud small = InMemoryCloud.builder().quotas(Quotas.builder().securityGroupsPerRegion(1).build()).build();
    EcsFixture s = new EcsFixture(small);
    SecurityGroup first = s.group();
    assertRejected(small, s::group, "QuotaExceed.SecurityGroup", RuleId.SG43E);
    small.deleteSecurityGroup(first.id());
    assertThat(s.group()).isNotNull();
  }

  @Test
  void sg44AGroupWithInstancesOrReferencedByAnotherGroupCannotBeDeleted() {
    SecurityGroup g = f.group();
    var instance = f.instance(g, "10.0.1.10");
    assertRejected(cloud, () -> cloud.deleteSecurityGroup(g.id()), "DependencyViolation", RuleId.SG44);
    SecurityGroup referrer = f.group();
    f.allowIn(referrer, Permission.builder().ipProtocol("TCP").portRange("22/22").sourceGroupId(g.id().value()).build());
    cloud.deleteInstance(dev.cenkit.spi.ecs.DeleteInstanceRequest.builder().instanceId(instance.id()).force(true).build());
    assertRejected(cloud, () -> cloud.deleteSecurityGroup(g.id()), "DependencyViolation", RuleId.SG44);
    cloud.deleteSecurityGroup(referrer.id());
    assertThat(cloud.deleteSecurityGroup(g.id()).id()).isEqualTo(g.id());
    assertThat(cloud.snapshot().ecs().securityGroups()).isEmpty();
  }

  @Test
  void sg45RevokingARuleThatDoesNotExistIsRejected() {
    SecurityGroup g = f.allowIn(f.group(), rule().build());
    assertRejected(cloud, () -> cloud.revokeSecurityGroup(b -> b.securityGroupId(g.id()).addPermissions(rule().portRange("80/80").build())),
        "InvalidSecurityGroupRule.RuleNotExist", RuleId.SG45);
    SecurityGroupRule r = g.rules().get(0);
    // by id, but in the wrong direction
    assertRejected(cloud, () -> cloud.revokeSecurityGroupEgress(b -> b.securityGroupId(g.id()).addSecurityGroupRuleIds(r.id())),
        "InvalidSecurityGroupRuleId.NotFound", RuleId.SG45);
    assertThat(cloud.revokeSecurityGroup(b -> b.securityGroupId(g.id()).addSecurityGroupRuleIds(r.id())).rules()).isEmpty();
    SecurityGroup again = f.allowIn(g, rule().build());
    assertThat(cloud.revokeSecurityGroup(b -> b.securityGroupId(g.id()).addPermissions(rule().build())).rules()).isEmpty();
    assertThat(again.rules()).hasSize(1);
  }

  @Test
  void sg46AVpcWithSecurityGroupsCannotBeDeleted() {
    Vpc bare = Fixtures.vpc(cloud, RegionId.CN_HANGZHOU, "192.168.0.0/16");
    SecurityGroup g = f.group(bare, SecurityGroupType.NORMAL);
    assertRejected(cloud, () -> cloud.deleteVpc(bare.id()), "DependencyViolation.SecurityGroup", RuleId.SG46);
    cloud.deleteSecurityGroup(g.id());
    assertThat(cloud.deleteVpc(bare.id()).id()).isEqualTo(bare.id());
  }

  @Test
  void r1AGroupIsInItsVpcsRegion() {
    assertRejected(cloud, () -> cloud.createSecurityGroup(b -> b.region(RegionId.CN_BEIJING).vpcId(f.vpc.id())),
        "IllegalParam.RegionId", RuleId.R1);
  }

  @Test
  void aMalformedGroupNameIsRejected() {
    assertRejected(cloud, () -> cloud.createSecurityGroup(b -> b.region(f.vpc.region()).vpcId(f.vpc.id()).securityGroupName("1web")),
        "InvalidName.Malformed");
    assertThat(cloud.createSecurityGroup(b -> b.region(f.vpc.region()).vpcId(f.vpc.id()).securityGroupName("web:tier_1.a-b")).name())
        .contains("web:tier_1.a-b");
  }
}
