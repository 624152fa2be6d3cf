package dev.cenkit.testkit;

import dev.cenkit.error.CenkitException;
import dev.cenkit.model.Cidr;
import dev.cenkit.model.Ipv4Address;
import dev.cenkit.model.ecs.EcsInstance;
import dev.cenkit.model.ecs.InnerAccessPolicy;
import dev.cenkit.model.ecs.SecurityGroup;
import dev.cenkit.model.ecs.SecurityGroupId;
import dev.cenkit.model.ecs.SecurityGroupType;
import dev.cenkit.model.vpc.VSwitch;
import dev.cenkit.model.vpc.Vpc;
import dev.cenkit.reach.EcsHost;
import dev.cenkit.spi.CloudProvider;
import dev.cenkit.spi.ecs.ModifySecurityGroupPolicyRequest;
import dev.cenkit.spi.ecs.Permission;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Adds random security groups and ECS instances to a cloud that already has VPCs: per VPC one to three groups
 * of one type (basic with Accept or Drop members, or advanced), each with random rules (direction, TCP, UDP or
 * ALL, port ranges in a small window so that questions hit them, priorities 1-10, accept or drop, peers that
 * are an instance's /32, a vSwitch block, everyone, or another group), and two instances per vSwitch in random
 * groups. Rules and instances the cloud refuses are left out; what remains is what the cloud accepted.
 */
public final class SecurityGroupGenerator {
  /** The lowest port rules and questions use. */
  public static final int LOW_PORT = 440;

  /** The highest port rules and questions use. */
  public static final int HIGH_PORT = 446;

  /** Adds groups and instances to {@code cloud}; answers the instances as question endpoints. */
  public List<EcsHost> populate(SplittableRandom random, CloudProvider cloud) {
    List<EcsHost> hosts = new ArrayList<>();
    for (Vpc vpc : List.copyOf(cloud.snapshot().vpc().vpcs().values())) {
      List<VSwitch> vSwitches = cloud.snapshot().vpc().vSwitchesOf(vpc.id());
      if (vSwitches.isEmpty()) {
        continue;
      }
      SecurityGroupType type = random.nextInt(3) == 0 ? SecurityGroupType.ENTERPRISE : SecurityGroupType.NORMAL;
      List<SecurityGroup> groups = new ArrayList<>();
      int count = 1 + random.nextInt(3);
      for (int g = 0; g < count; g++) {
        SecurityGroup group = cloud.createSecurityGroup(b -> b.region(vpc.region()).vpcId(vpc.id()).securityGroupType(type));
        if (type == SecurityGroupType.NORMAL && random.nextInt(3) == 0) {
          group = cloud.modifySecurityGroupPolicy(
              ModifySecurityGroupPolicyRequest.builder().securityGroupId(group.id()).innerAccessPolicy(InnerAccessPolicy.DROP).build());
        }
        groups.add(group);
      }
      for (VSwitch vsw : vSwitches) {
        for (long n : new long[] {10, 12}) {
          if (n >= vsw.cidrBlock().size() - 3) {
            continue;
          }
          Ipv4Address ip = vsw.cidrBlock().address(n);
          List<SecurityGroupId> mine = new ArrayList<>();
          mine.add(groups.get(random.nextInt(groups.size())).id());
          SecurityGroupId extra = groups.get(random.nextInt(groups.size())).id();
          if (random.nextBoolean() && !mine.contains(extra)) {
            mine.add(extra);
          }
          try {
            EcsInstance i = cloud.runInstances(b -> b.region(vsw.region()).vSwitchId(vsw.id()).privateIpAddress(ip.toString())
                .securityGroupIds(mine)).get(0);
            hosts.add(EcsHost.of(i));
          } catch (CenkitException e) {
            // an address the cloud refuses is left out
          }
        }
      }
      for (SecurityGroup g : groups) {
        int rules = random.nextInt(6);
        for (int r = 0; r < rules; r++) {
          addRule(random, cloud, g, groups, hosts, type);
        }
      }
    }
    return hosts;
  }

  private static void addRule(
      SplittableRandom random, CloudProvider cloud, SecurityGroup g, List<SecurityGroup> groups, List<EcsHost> hosts,
      SecurityGroupType type) {
    boolean ingress = random.nextBoolean();
    int kind = random.nextInt(6);
    String protocol = kind == 0 ? "ALL" : kind == 1 ? "UDP" : "TCP";
    int start = LOW_PORT + random.nextInt(HIGH_PORT - LOW_PORT + 1);
    String ports = protocol.equals("ALL") ? "-1/-1" : start + "/" + Math.min(65535, start + random.nextInt(3));
    Permission.Builder p = Permission.builder()
        .ipProtocol(protocol)
        .portRange(ports)
        .priority(Integer.toString(1 + random.nextInt(10)))
        .policy(random.nextInt(3) == 0 ? "drop" : "accept");
    SecurityGroup other = groups.get(random.nextInt(groups.size()));
    if (type == SecurityGroupType.NORMAL && random.nextInt(5) == 0 && !other.id().equals(g.id())) {
      if (ingress) {
        p.sourceGroupId(other.id().value());
      } else {
        p.destGroupId(other.id().value());
      }
    } else {
      String peer;
      int which = random.nextInt(4);
      if (which == 0 || hosts.isEmpty()) {
        peer = "0.0.0.0/0";
      } else if (which == 1) {
        peer = Cidr.of(hosts.get(random.nextInt(hosts.size())).address()).toString().replaceAll("\\.\\d+/32$", ".0/24");
      } else {
        peer = hosts.get(random.nextInt(hosts.size())).address().toString();
      }
      if (ingress) {
        p.sourceCidrIp(peer);
      } else {
        p.destCidrIp(peer);
      }
    }
    try {
      if (ingress) {
        cloud.authorizeSecurityGroup(b -> b.securityGroupId(g.id()).addPermissions(p.build()));
      } else {
        cloud.authorizeSecurityGroupEgress(b -> b.securityGroupId(g.id()).addPermissions(p.build()));
      }
    } catch (CenkitException e) {
      // a rule the cloud refuses is left out
    }
  }
}
