package dev.cenkit.server;

import static dev.cenkit.server.Product.ECS;

import dev.cenkit.model.RegionId;
import dev.cenkit.model.ecs.EcsInstance;
import dev.cenkit.model.ecs.EcsInstanceId;
import dev.cenkit.model.ecs.InnerAccessPolicy;
import dev.cenkit.model.ecs.SecurityGroup;
import dev.cenkit.model.ecs.SecurityGroupId;
import dev.cenkit.model.ecs.SecurityGroupRule;
import dev.cenkit.model.ecs.SecurityGroupRuleId;
import dev.cenkit.model.ecs.SecurityGroupType;
import dev.cenkit.model.vpc.VSwitchId;
import dev.cenkit.model.vpc.VpcId;
import dev.cenkit.spi.ecs.AuthorizeSecurityGroupEgressRequest;
import dev.cenkit.spi.ecs.AuthorizeSecurityGroupRequest;
import dev.cenkit.spi.ecs.CreateSecurityGroupRequest;
import dev.cenkit.spi.ecs.DeleteInstanceRequest;
import dev.cenkit.spi.ecs.DeleteSecurityGroupRequest;
import dev.cenkit.spi.ecs.JoinSecurityGroupRequest;
import dev.cenkit.spi.ecs.LeaveSecurityGroupRequest;
import dev.cenkit.spi.ecs.ModifySecurityGroupPolicyRequest;
import dev.cenkit.spi.ecs.Permission;
import dev.cenkit.spi.ecs.RevokeSecurityGroupEgressRequest;
import dev.cenkit.spi.ecs.RevokeSecurityGroupRequest;
import dev.cenkit.spi.ecs.RunInstancesRequest;
import dev.cenkit.spi.ecs.StartInstanceRequest;
import dev.cenkit.spi.ecs.StopInstanceRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code Ecs} 2014-05-26 actions cenkit models: security groups and their rules ({@code Permissions.N.*}), and
 * the instances that join them.
 */
final class EcsActions {
  private EcsActions() {}

  static void register(ActionTable t) {
    t.operation(ECS, "CreateSecurityGroup", (p, c) -> { p.optional("ResourceGroupId"); return CreateSecurityGroupRequest.builder()
            .region(p.required("RegionId", RegionId::of))
            .vpcId(p.required("VpcId", VpcId::of))
            .securityGroupName(p.optional("SecurityGroupName"))
            .description(p.optional("Description"))
            .securityGroupType(p.optional("SecurityGroupType", v -> Wire.enumOf(SecurityGroupType.class, v)).orElse(SecurityGroupType.NORMAL))
            .build(); },
        g -> Json.object("SecurityGroupId", g.id()));
    t.operation(ECS, "DeleteSecurityGroup", (p, c) -> { p.optional("RegionId");
          return DeleteSecurityGroupRequest.builder().securityGroupId(group(p)).build(); },
        g -> Json.object());
    t.operation(ECS, "ModifySecurityGroupPolicy", (p, c) -> { p.optional("RegionId");
          return ModifySecurityGroupPolicyRequest.builder().securityGroupId(group(p))
              .innerAccessPolicy(p.required("InnerAccessPolicy", v -> Wire.enumOf(InnerAccessPolicy.class, v))).build(); },
        g -> Json.object());
    t.operation(ECS, "AuthorizeSecurityGroup", (p, c) -> { p.optional("RegionId");
          return AuthorizeSecurityGroupRequest.builder().securityGroupId(group(p)).permissions(permissions(p)).build(); },
        g -> Json.object());
    t.operation(ECS, "AuthorizeSecurityGroupEgress", (p, c) -> { p.optional("RegionId");
          return AuthorizeSecurityGroupEgressRequest.builder().securityGroupId(group(p)).permissions(permissions(p)).build(); },
        g -> Json.object());
    t.operation(ECS, "RevokeSecurityGroup", (p, c) -> { p.optional("RegionId");
          return RevokeSecurityGroupRequest.builder().securityGroupId(group(p)).permissions(permissions(p))
              .securityGroupRuleIds(p.list("SecurityGroupRuleId", SecurityGroupRuleId::of)).build(); },
        g -> Json.object());
    t.operation(ECS, "RevokeSecurityGroupEgress", (p, c) -> { p.optional("RegionId");
          return RevokeSecurityGroupEgressRequest.builder().securityGroupId(group(p)).permissions(permissions(p))
              .securityGroupRuleIds(p.list("SecurityGroupRuleId", SecurityGroupRuleId::of)).build(); },
        g -> Json.object());
    t.query(ECS, "DescribeSecurityGroups", (p, c) -> { p.optional("RegionId"); return Map.entry(p.optional("VpcId", VpcId::of), Paging.read(p)); },
        (q, b) -> q.getValue().page(b.cloud().describeSecurityGroups(q.getKey()), "SecurityGroups", "SecurityGroup", g -> Json.object(
            "SecurityGroupId", g.id(), "SecurityGroupName", g.name(), "Description", g.description(), "VpcId", g.vpcId(),
            "SecurityGroupType", g.type().apiValue())));
    t.query(ECS, "DescribeSecurityGroupAttribute", (p, c) -> { p.optional("RegionId"); p.optional("Direction"); return group(p); },
        (id, b) -> groupAttribute(b.cloud().describeSecurityGroupAttribute(id)));

    t.operation(ECS, "RunInstances", (p, c) -> {
          p.optional("ImageId");
          p.optional("InstanceType");
          p.optional("InstanceChargeType");
          p.optional("InternetChargeType");
          p.optional("ZoneId");
          p.optional("HostName");
          p.optional("Password");
          return RunInstancesRequest.builder()
              .region(p.required("RegionId", RegionId::of))
              .vSwitchId(p.optional("VSwitchId", VSwitchId::of))
              .privateIpAddress(p.optional("PrivateIpAddress"))
              .securityGroupId(p.optional("SecurityGroupId", SecurityGroupId::of))
              .securityGroupIds(p.list("SecurityGroupIds", SecurityGroupId::of))
              .instanceName(p.optional("InstanceName"))
              .amount((int) p.optionalLong("Amount").orElse(1L).longValue())
              .build(); },
        (List<EcsInstance> instances) -> Json.object("InstanceIdSets", Json.wrap("InstanceIdSet", instances.stream().map(i -> i.id().value()).toList())));
    t.operation(ECS, "DeleteInstance", (p, c) -> DeleteInstanceRequest.builder()
            .instanceId(instance(p)).force(p.optionalBoolean("Force").orElse(false)).build(),
        i -> Json.object());
    t.operation(ECS, "StopInstance", (p, c) -> { p.optionalBoolean("ForceStop"); p.optional("StoppedMode");
          return StopInstanceRequest.builder().instanceId(instance(p)).build(); },
        i -> Json.object());
    t.operation(ECS, "StartInstance", (p, c) -> StartInstanceRequest.builder().instanceId(instance(p)).build(), i -> Json.object());
    t.operation(ECS, "JoinSecurityGroup", (p, c) -> { p.optional("RegionId");
          return JoinSecurityGroupRequest.builder().securityGroupId(group(p)).instanceId(instance(p)).build(); },
        i -> Json.object());
    t.operation(ECS, "LeaveSecurityGroup", (p, c) -> { p.optional("RegionId");
          return LeaveSecurityGroupRequest.builder().securityGroupId(group(p)).instanceId(instance(p)).build(); },
        i -> Json.object());
  }

  private static SecurityGroupId group(Params p) {
    return p.required("SecurityGroupId", SecurityGroupId::of);
  }

  private static EcsInstanceId instance(Params p) {
    return p.required("InstanceId", EcsInstanceId::of);
  }

  /** {@code Permissions.N.IpProtocol}, {@code .PortRange}, {@code .SourceCidrIp}, … as the SDK models flatten them. */
  private static List<Permission> permissions(Params p) {
    List<Permission> out = new ArrayList<>();
    for (int i = 1; p.has("Permissions." + i + ".IpProtocol"); i++) {
      String k = "Permissions." + i + ".";
      out.add(Permission.builder()
          .ipProtocol(p.required(k + "IpProtocol"))
          .portRange(p.optional(k + "PortRange"))
          .sourcePortRange(p.optional(k + "SourcePortRange"))
          .sourceCidrIp(p.optional(k + "SourceCidrIp"))
          .destCidrIp(p.optional(k + "DestCidrIp"))
          .sourceGroupId(p.optional(k + "SourceGroupId"))
          .destGroupId(p.optional(k + "DestGroupId"))
          .policy(p.optional(k + "Policy"))
          .priority(p.optional(k + "Priority"))
          .nicType(p.optional(k + "NicType"))
          .description(p.optional(k + "Description"))
          .build());
    }
    return out;
  }

  private static Map<String, Object> groupAttribute(SecurityGroup g) {
    List<Object> rules = new ArrayList<>();
    for (SecurityGroupRule r : g.rules()) {
      Optional<String> peer = r.peerCidrText().or(() -> r.peerCidr().map(Object::toString));
      boolean ingress = r.direction().apiValue().equals("ingress");
      rules.add(Json.object(
          "SecurityGroupRuleId", r.id(),
          "Direction", r.direction().apiValue(),
          "IpProtocol", r.protocol().apiValue().toUpperCase(java.util.Locale.ROOT),
          "PortRange", r.portRange().toString(),
          ingress ? "SourceCidrIp" : "DestCidrIp", peer,
          ingress ? "SourceGroupId" : "DestGroupId", r.peerGroupId().map(Object::toString),
          "Policy", r.policy().apiValue().substring(0, 1).toUpperCase(java.util.Locale.ROOT) + r.policy().apiValue().substring(1),
          "Priority", r.priority(),
          "NicType", r.nicType(),
          "Description", r.description()));
    }
    return Json.object(
        "SecurityGroupId", g.id(),
        "SecurityGroupName", g.name(),
        "Description", g.description(),
        "VpcId", g.vpcId(),
        "RegionId", g.region(),
        "InnerAccessPolicy", g.innerAccessPolicy().apiValue(),
        "Permissions", Json.wrap("Permission", rules));
  }
}
