package dev.cenkit.inmemory.ecs;

import dev.cenkit.inmemory.Fixtures;
import dev.cenkit.inmemory.InMemoryCloud;
import dev.cenkit.model.RegionId;
import dev.cenkit.model.ecs.EcsInstance;
import dev.cenkit.model.ecs.SecurityGroup;
import dev.cenkit.model.ecs.SecurityGroupType;
import dev.cenkit.model.vpc.VSwitch;
import dev.cenkit.model.vpc.Vpc;
import dev.cenkit.spi.ecs.Permission;

/** A VPC with a vSwitch, and helpers that create groups, rules and instances through the public API. */
final class EcsFixture {
  final InMemoryCloud cloud;
  final Vpc vpc;
  final VSwitch vsw;

  EcsFixture(InMemoryCloud cloud) {
    this.cloud = cloud;
    this.vpc = Fixtures.vpc(cloud, RegionId.CN_HANGZHOU, "10.0.0.0/16");
    this.vsw = Fixtures.vSwitch(cloud, vpc, "10.0.1.0/24");
  }

  EcsFixture() {
    this(InMemoryCloud.create());
  }

  SecurityGroup group() {
    return group(vpc, SecurityGroupType.NORMAL);
  }

  SecurityGroup group(Vpc in, SecurityGroupType type) {
    return cloud.createSecurityGroup(b -> b.region(in.region()).vpcId(in.id()).securityGroupType(type));
  }

  EcsInstance instance(SecurityGroup group, String ip) {
    return cloud.runInstances(b -> b.region(vsw.region()).vSwitchId(vsw.id()).privateIpAddress(ip).securityGroupId(group.id())).get(0);
  }

  static Permission tcp(String ports, String source) {
    return Permission.builder().ipProtocol("TCP").portRange(ports).sourceCidrIp(source).build();
  }

  static Permission tcpTo(String ports, String dest) {
    return Permission.builder().ipProtocol("TCP").portRange(ports).destCidrIp(dest).build();
  }

  SecurityGroup allowIn(SecurityGroup g, Permission p) {
    return cloud.authorizeSecurityGroup(b -> b.securityGroupId(g.id()).addPermissions(p));
  }

  SecurityGroup allowOut(SecurityGroup g, Permission p) {
    return cloud.authorizeSecurityGroupEgress(b -> b.securityGroupId(g.id()).addPermissions(p));
  }
}
