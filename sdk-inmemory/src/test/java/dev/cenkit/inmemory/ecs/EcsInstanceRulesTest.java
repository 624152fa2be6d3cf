package dev.cenkit.inmemory.ecs;

import static dev.cenkit.inmemory.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cenkit.error.RuleId;
import dev.cenkit.inmemory.Fixtures;
import dev.cenkit.inmemory.InMemoryCloud;
import dev.cenkit.inmemory.quota.Quotas;
import dev.cenkit.model.Ipv4Address;
import dev.cenkit.model.RegionId;
import dev.cenkit.model.ecs.EcsInstance;
import dev.cenkit.model.ecs.EcsInstanceId;
import dev.cenkit.model.ecs.EcsInstanceStatus;
import dev.cenkit.model.ecs.SecurityGroup;
import dev.cenkit.model.ecs.SecurityGroupId;
import dev.cenkit.model.ecs.SecurityGroupType;
import dev.cenkit.model.vpc.VSwitch;
import dev.cenkit.model.vpc.VSwitchId;
import dev.cenkit.model.vpc.Vpc;
import dev.cenkit.spi.ecs.DeleteInstanceRequest;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EcsInstanceRulesTest {
  private final EcsFixture f = new EcsFixture();
  private final InMemoryCloud cloud = f.cloud;

  @Test
  void anInstanceRunsInItsVSwitchWithItsAddressAndGroups() {
    SecurityGroup g = f.group();
    EcsInstance i = f.instance(g, "10.0.1.10");
    assertThat(i.id().value()).startsWith("i-");
    assertThat(i.vpcId()).isEqualTo(f.vpc.id());
    assertThat(i.zoneId()).isEqualTo(f.vsw.zoneId());
    assertThat(i.privateIp()).isEqualTo(Ipv4Address.of("10.0.1.10"));
    assertThat(i.securityGroupIds()).containsExactly(g.id());
    assertThat(i.status()).isEqualTo(EcsInstanceStatus.RUNNING);
    assertThat(cloud.snapshot().ecs().membersOf(g.id())).containsExactly(i.id());
    assertThat(cloud.snapshot().ecs().instanceAt(f.vpc.id(), Ipv4Address.of("10.0.1.10"))).contains(i);
    assertThat(cloud.describeInstances(Optional.of(f.vpc.id()))).containsExactly(i);
  }

  @Test
  void withoutAnAddressTheFirstFreeUsableOneIsChosen() {
    SecurityGroup g = f.group();
    f.instance(g, "10.0.1.1");
    List<EcsInstance> two = cloud.runInstances(b -> b.region(f.vsw.region()).vSwitchId(f.vsw.id()).securityGroupId(g.id()).amount(2));
    assertThat(two).extracting(EcsInstance::privateIp).containsExactly(Ipv4Address.of("10.0.1.2"), Ipv4Address.of("10.0.1.3"));
  }

  @Test
  void sd12AnInstanceNeedsASecurityGroup() {
    assertRejected(cloud, () -> cloud.runInstances(b -> b.region(f.vsw.region()).vSwitchId(f.vsw.id())), "MissingParameter", RuleId.SD12);
  }

  @Test
  void sg47aAGroupOfAnotherVpcThanTheVSwitchIsRejected() {
    Vpc other = Fixtures.vpc(cloud, RegionId.CN_HANGZHOU, "192.168.0.0/16");
    SecurityGroup elsewhere = f.group(other, SecurityGroupType.NORMAL);
    assertRejected(cloud, () -> f.instance(elsewhere, "10.0.1.10"), "InvalidParameter.Mismatch", RuleId.SG47A);
  }

  @Test
  void sg47bJoiningAGroupOfAnotherVpcIsRejected() {
    EcsInstance i = f.instance(f.group(), "10.0.1.10");
    Vpc other = Fixtures.vpc(cloud, RegionId.CN_HANGZHOU, "192.168.0.0/16");
    SecurityGroup elsewhere = f.group(other, SecurityGroupType.NORMAL);
    assertRejected(cloud, () -> cloud.joinSecurityGroup(i.id(), elsewhere.id()), "InvalidInstanceId.Mismatch", RuleId.SG47B);
  }

  @Test
  void sg47dAnUnknownGroupOrVSwitchIsRejected() {
    assertRejected(cloud,
        () -> cloud.runInstances(b -> b.region(f.vsw.region()).vSwitchId(f.vsw.id()).securityGroupId(SecurityGroupId.of("sg-nothere"))),
        "InvalidSecurityGroupId.NotFound", RuleId.SG47D);
    SecurityGroup g = f.group();
    assertRejected(cloud,
        () -> cloud.runInstances(b -> b.region(f.vsw.region()).vSwitchId(VSwitchId.of("vsw-nothere")).securityGroupId(g.id())),
        "InvalidVSwitchId.NotFound", RuleId.SG47D);
  }

  @Test
  void sg47eAnAddressOutsideTheVSwitchIsRejected() {
    SecurityGroup g = f.group();
    assertRejected(cloud, () -> f.instance(g, "10.0.2.10"), "InvalidPrivateIpAddress", RuleId.SG47E);
  }

  @Test
  void sg48TheFirstAndTheLastThreeAddressesOfAVSwitchAreReserved() {
    SecurityGroup g = f.group();
    assertRejected(cloud, () -> f.instance(g, "10.0.1.0"), "InvalidPrivateIpAddress", RuleId.SG48);
    assertRejected(cloud, () -> f.instance(g, "10.0.1.253"), "InvalidPrivateIpAddress", RuleId.SG48);
    assertThat(f.instance(g, "10.0.1.252").privateIp()).isEqualTo(Ipv4Address.of("10.0.1.252"));
  }

  @Test
  void sg47fAMalformedAddressIsRejected() {
    SecurityGroup g = f.group();
    assertRejected(cloud, () -> f.instance(g, "10.0.1"), "InvalidPrivateIpAddress.Malformed", RuleId.SG47F);
  }

  @Test
  void sg47gAnAddressInUseIsRejected() {
    SecurityGroup g = f.group();
    f.instance(g, "10.0.1.10");
    assertRejected(cloud, () -> f.instance(g, "10.0.1.10"), "InvalidPrivateIpAddress.Duplicated", RuleId.SG47G);
  }

  @Test
  void sg47hAFullVSwitchTakesNoInstance() {
    VSwitch tiny = Fixtures.vSwitch(cloud, f.vpc, "10.0.9.0/29"); // 8 addresses, 4 usable
    SecurityGroup g = f.group();
    cloud.runInstances(b -> b.region(tiny.region()).vSwitchId(tiny.id()).securityGroupId(g.id()).amount(4));
    assertRejected(cloud, () -> cloud.runInstances(b -> b.region(tiny.region()).vSwitchId(tiny.id()).securityGroupId(g.id())),
        "QuotaExceeded.PrivateIpAddress", RuleId.SG47H);
  }

  @Test
  void sg47iAGroupNamedTwiceIsRejected() {
    SecurityGroup g = f.group();
    assertRejected(cloud,
        () -> cloud.runInstances(b -> b.region(f.vsw.region()).vSwitchId(f.vsw.id()).addSecurityGroupIds(g.id(), g.id())),
        "InvalidParameter.SecurityGroupIdRepeated", RuleId.SG47I);
  }

  @Test
  void sg47jSingleAndListedGroupsTogetherAreRejected() {
    SecurityGroup g = f.group();
    SecurityGroup h = f.group();
    assertRejected(cloud,
        () -> cloud.runInstances(b -> b.region(f.vsw.region()).vSwitchId(f.vsw.id()).securityGroupId(g.id()).addSecurityGroupIds(h.id())),
        "InvalidSecurityGroupId.SingleIdAndMultiIdConflict", RuleId.SG47J);
  }

  @Test
  void sg47kBasicAndAdvancedGroupsCannotBeMixedOnOneInstance() {
    SecurityGroup basic = f.group();
    SecurityGroup adv = f.group(f.vpc, SecurityGroupType.ENTERPRISE);
    assertRejected(cloud,
        () -> cloud.runInstances(b -> b.region(f.vsw.region()).vSwitchId(f.vsw.id()).addSecurityGroupIds(basic.id(), adv.id())),
        "InvalidSecurityGroup.TypeMismatch", RuleId.SG47K);
    EcsInstance i = f.instance(basic, "10.0.1.10");
    assertRejected(cloud, () -> cloud.joinSecurityGroup(i.id(), adv.id()), "InvalidSecurityGroup.TypeMismatch", RuleId.SG47K);
  }

  @Test
  void sg47lAnInstanceWithoutVSwitchIsRejected() {
    SecurityGroup g = f.group();
    assertRejected(cloud, () -> cloud.runInstances(b -> b.region(f.vsw.region()).securityGroupId(g.id())),
        "InvalidVSwitchId.Necessary", RuleId.SG47L);
  }

  @Test
  void sg47mJoiningAGroupTwiceIsRejected() {
    SecurityGroup g = f.group();
    EcsInstance i = f.instance(g, "10.0.1.10");
    assertRejected(cloud, () -> cloud.joinSecurityGroup(i.id(), g.id()), "InvalidInstanceId.AlreadyExists", RuleId.SG47M);
  }

  @Test
  void sg47nAStoppedInstanceJoinsAndLeavesGroups() {
    SecurityGroup g = f.group();
    SecurityGroup h = f.group();
    EcsInstance i = f.instance(g, "10.0.1.10");
    cloud.stopInstance(i.id());
    assertThat(cloud.joinSecurityGroup(i.id(), h.id()).securityGroupIds()).containsExactly(g.id(), h.id());
    assertThat(cloud.leaveSecurityGroup(i.id(), g.id()).securityGroupIds()).containsExactly(h.id());
    assertThat(cloud.snapshot().ecs().membersOf(g.id())).isEmpty();
    assertThat(cloud.snapshot().ecs().membersOf(h.id())).containsExactly(i.id());
    assertRejected(cloud, () -> cloud.stopInstance(i.id()), "IncorrectInstanceStatus");
  }

  @Test
  void sg47oAnInstanceCannotLeaveItsLastGroup() {
    SecurityGroup g = f.group();
    EcsInstance i = f.instance(g, "10.0.1.10");
    assertRejected(cloud, () -> cloud.leaveSecurityGroup(i.id(), g.id()), "InstanceLastSecurityGroup", RuleId.SG47O);
  }

  @Test
  void sg47pLeavingAGroupTheInstanceIsNotInIsRejected() {
    SecurityGroup g = f.group();
    SecurityGroup h = f.group();
    EcsInstance i = f.instance(g, "10.0.1.10");
    assertRejected(cloud, () -> cloud.leaveSecurityGroup(i.id(), h.id()), "InvalidSecurityGroupAssociation.NotFound", RuleId.SG47P);
  }

  @Test
  void sg47qAnUnknownInstanceIsRejected() {
    EcsInstanceId unknown = EcsInstanceId.of("i-nothere");
    assertRejected(cloud, () -> cloud.deleteInstance(DeleteInstanceRequest.builder().instanceId(unknown).build()),
        "InvalidInstanceId.NotFound", RuleId.SG47Q);
    SecurityGroup g = f.group();
    assertRejected(cloud, () -> cloud.joinSecurityGroup(unknown, g.id()), "InvalidInstanceId.NotFound", RuleId.SG47Q);
  }

  @Test
  void sg47rARunningInstanceIsDeletedOnlyWithForce() {
    SecurityGroup g = f.group();
    EcsInstance i = f.instance(g, "10.0.1.10");
    assertRejected(cloud, () -> cloud.deleteInstance(DeleteInstanceRequest.builder().instanceId(i.id()).build()),
        "IncorrectInstanceStatus", RuleId.SG47R);
    cloud.deleteInstance(DeleteInstanceRequest.builder().instanceId(i.id()).force(true).build());
    assertThat(cloud.snapshot().ecs().instances()).isEmpty();
    assertThat(cloud.snapshot().ecs().membersOf(g.id())).isEmpty();
    // the address is free again
    assertThat(f.instance(g, "10.0.1.10").privateIp()).isEqualTo(Ipv4Address.of("10.0.1.10"));
    EcsInstance j = f.instance(g, "10.0.1.11");
    cloud.stopInstance(j.id());
    assertThat(cloud.deleteInstance(DeleteInstanceRequest.builder().instanceId(j.id()).build()).id()).isEqualTo(j.id());
  }

  @Test
  void sg43bAnInstanceIsInAtMostItsGroupQuota() {
    InMemoryCloud small = InMemoryCloud.builder().quotas(Quotas.builder().securityGroupsPerInstance(2).build()).build();
    EcsFixture s = new EcsFixture(small);
    SecurityGroup a = s.group();
    SecurityGroup b2 = s.group();
    SecurityGroup c = s.group();
    assertRejected(small,
        () -> small.runInstances(b -> b.region(s.vsw.region()).vSwitchId(s.vsw.id()).addSecurityGroupIds(a.id(), b2.id(), c.id())),
        "JoinedGroupLimitExceed", RuleId.SG43B);
    EcsInstance i = small.runInstances(b -> b.region(s.vsw.region()).vSwitchId(s.vsw.id()).addSecurityGroupIds(a.id(), b2.id())).get(0);
    assertRejected(small, () -> small.joinSecurityGroup(i.id(), c.id()), "InstanceSecurityGroupLimitExceeded", RuleId.SG43B);
  }

  @Test
  void sg43cABasicGroupHoldsAtMostItsInstanceQuota() {
    InMemoryCloud small = InMemoryCloud.builder().quotas(Quotas.builder().instancesPerBasicSecurityGroup(1).build()).build();
    EcsFixture s = new EcsFixture(small);
    SecurityGroup g = s.group();
    s.instance(g, "10.0.1.10");
    assertRejected(small, () -> s.instance(g, "10.0.1.11"), "SecurityGroupInstanceLimitExceeded", RuleId.SG43C);
  }

  @Test
  void sg43dAnAdvancedGroupHoldsAtMostItsInterfaceQuota() {
    InMemoryCloud small = InMemoryCloud.builder().quotas(Quotas.builder().interfacesPerAdvancedSecurityGroup(1).build()).build();
    EcsFixture s = new EcsFixture(small);
    SecurityGroup g = s.group(s.vpc, SecurityGroupType.ENTERPRISE);
    s.instance(g, "10.0.1.10");
    assertRejected(small, () -> s.instance(g, "10.0.1.11"), "InvalidOperation.EniCountExceeded", RuleId.SG43D);
  }

  @Test
  void r40AVSwitchWithInstancesCannotBeDeleted() {
    SecurityGroup g = f.group();
    EcsInstance i = f.instance(g, "10.0.1.10");
    assertRejected(cloud, () -> cloud.deleteVSwitch(f.vsw.id()), "DependencyViolation", RuleId.R40);
    cloud.deleteInstance(DeleteInstanceRequest.builder().instanceId(i.id()).force(true).build());
    assertThat(cloud.deleteVSwitch(f.vsw.id()).id()).isEqualTo(f.vsw.id());
  }

  @Test
  void r1AnInstanceIsInItsVSwitchsRegion() {
    SecurityGroup g = f.group();
    assertRejected(cloud, () -> cloud.runInstances(b -> b.region(RegionId.CN_BEIJING).vSwitchId(f.vsw.id()).securityGroupId(g.id())),
        "IllegalParam.RegionId", RuleId.R1);
  }
}
