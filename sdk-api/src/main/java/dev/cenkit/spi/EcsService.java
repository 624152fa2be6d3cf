package dev.cenkit.spi;

import dev.cenkit.model.Checks;
import dev.cenkit.error.ErrorCode;
import dev.cenkit.model.ecs.EcsInstance;
import dev.cenkit.model.ecs.EcsInstanceId;
import dev.cenkit.model.ecs.SecurityGroup;
import dev.cenkit.model.ecs.SecurityGroupId;
import dev.cenkit.model.vpc.VpcId;
import dev.cenkit.spi.ecs.AuthorizeSecurityGroupEgressRequest;
import dev.cenkit.spi.ecs.AuthorizeSecurityGroupRequest;
import dev.cenkit.spi.ecs.CreateSecurityGroupRequest;
import dev.cenkit.spi.ecs.DeleteInstanceRequest;
import dev.cenkit.spi.ecs.DeleteSecurityGroupRequest;
import dev.cenkit.spi.ecs.JoinSecurityGroupRequest;
import dev.cenkit.spi.ecs.LeaveSecurityGroupRequest;
import dev.cenkit.spi.ecs.ModifySecurityGroupPolicyRequest;
import dev.cenkit.spi.ecs.RevokeSecurityGroupEgressRequest;
import dev.cenkit.spi.ecs.RevokeSecurityGroupRequest;
import dev.cenkit.spi.ecs.RunInstancesRequest;
import dev.cenkit.spi.ecs.StartInstanceRequest;
import dev.cenkit.spi.ecs.StopInstanceRequest;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The ECS actions ({@code Ecs} 2014-05-26) cenkit models: security groups with their ingress and egress rules,
 * and instances reduced to what networking needs (vSwitch, private IP, groups).
 */
public interface EcsService extends OperationExecutor {
  /** {@code CreateSecurityGroup}. */
  default SecurityGroup createSecurityGroup(CreateSecurityGroupRequest request) {
    return execute(request);
  }

  /** {@code CreateSecurityGroup}, with the request built in place. */
  default SecurityGroup createSecurityGroup(Consumer<CreateSecurityGroupRequest.Builder> request) {
    return createSecurityGroup(OperationExecutor.build(CreateSecurityGroupRequest.builder(), request, CreateSecurityGroupRequest.Builder::build));
  }

  /** {@code DeleteSecurityGroup}. */
  default SecurityGroup deleteSecurityGroup(SecurityGroupId securityGroupId) {
    return execute(DeleteSecurityGroupRequest.builder().securityGroupId(securityGroupId).build());
  }

  /** {@code ModifySecurityGroupPolicy}. */
  default SecurityGroup modifySecurityGroupPolicy(ModifySecurityGroupPolicyRequest request) {
    return execute(request);
  }

  /** {@code AuthorizeSecurityGroup}: ingress rules. */
  default SecurityGroup authorizeSecurityGroup(AuthorizeSecurityGroupRequest request) {
    return execute(request);
  }

  /** {@code AuthorizeSecurityGroup}, with the request built in place. */
  default SecurityGroup authorizeSecurityGroup(Consumer<AuthorizeSecurityGroupRequest.Builder> request) {
    return authorizeSecurityGroup(OperationExecutor.build(AuthorizeSecurityGroupRequest.builder(), request, AuthorizeSecurityGroupRequest.Builder::build));
  }

  /** {@code AuthorizeSecurityGroupEgress}: egress rules. */
  default SecurityGroup authorizeSecurityGroupEgress(AuthorizeSecurityGroupEgressRequest request) {
    return execute(request);
  }

  /** {@code AuthorizeSecurityGroupEgress}, with the request built in place. */
  default SecurityGroup authorizeSecurityGroupEgress(Consumer<AuthorizeSecurityGroupEgressRequest.Builder> request) {
    return authorizeSecurityGroupEgress(OperationExecutor.build(AuthorizeSecurityGroupEgressRequest.builder(), request, AuthorizeSecurityGroupEgressRequest.Builder::build));
  }

  /** {@code RevokeSecurityGroup}: ingress rules. */
  default SecurityGroup revokeSecurityGroup(RevokeSecurityGroupRequest request) {
    return execute(request);
  }

  /** {@code RevokeSecurityGroup}, with the request built in place. */
  default SecurityGroup revokeSecurityGroup(Consumer<RevokeSecurityGroupRequest.Builder> request) {
    return revokeSecurityGroup(OperationExecutor.build(RevokeSecurityGroupRequest.builder(), request, RevokeSecurityGroupRequest.Builder::build));
  }

  /** {@code RevokeSecurityGroupEgress}: egress rules. */
  default SecurityGroup revokeSecurityGroupEgress(RevokeSecurityGroupEgressRequest request) {
    return execute(request);
  }

  /** {@code RevokeSecurityGroupEgress}, with the request built in place. */
  default SecurityGroup revokeSecurityGroupEgress(Consumer<RevokeSecurityGroupEgressRequest.Builder> request) {
    return revokeSecurityGroupEgress(OperationExecutor.build(RevokeSecurityGroupEgressRequest.builder(), request, RevokeSecurityGroupEgressRequest.Builder::build));
  }

  /** {@code RunInstances}. */
  default List<EcsInstance> runInstances(RunInstancesRequest request) {
    return execute(request);
  }

  /** {@code RunInstances}, with the request built in place. */
  default List<EcsInstance> runInstances(Consumer<RunInstancesRequest.Builder> request) {
    return runInstances(OperationExecutor.build(RunInstancesRequest.builder(), request, RunInstancesRequest.Builder::build));
  }

  /** {@code DeleteInstance}. */
  default EcsInstance deleteInstance(DeleteInstanceRequest request) {
    return execute(request);
  }

  /** {@code StopInstance}. */
  default EcsInstance stopInstance(EcsInstanceId instanceId) {
    return execute(StopInstanceRequest.builder().instanceId(instanceId).build());
  }

  /** {@code StartInstance}. */
  default EcsInstance startInstance(EcsInstanceId instanceId) {
    return execute(StartInstanceRequest.builder().instanceId(instanceId).build());
  }

  /** {@code JoinSecurityGroup}. */
  default EcsInstance joinSecurityGroup(EcsInstanceId instanceId, SecurityGroupId securityGroupId) {
    return execute(JoinSecurityGroupRequest.builder().instanceId(instanceId).securityGroupId(securityGroupId).build());
  }

  /** {@code LeaveSecurityGroup}. */
  default EcsInstance leaveSecurityGroup(EcsInstanceId instanceId, SecurityGroupId securityGroupId) {
    return execute(LeaveSecurityGroupRequest.builder().instanceId(instanceId).securityGroupId(securityGroupId).build());
  }

  /** {@code DescribeSecurityGroups}: the groups of a VPC, or every group, ordered by id. */
  default List<SecurityGroup> describeSecurityGroups(Optional<VpcId> vpcId) {
    Checks.required(vpcId, "vpcId (Optional<VpcId>)");
    EcsView ecs = snapshot().ecs();
    return vpcId
        .map(v -> ecs.securityGroupsOf(v).stream().map(id -> ecs.securityGroups().get(id)).collect(Collectors.toUnmodifiableList()))
        .orElseGet(() -> List.copyOf(ecs.securityGroups().values()));
  }

  /**
   * {@code DescribeSecurityGroupAttribute}: the group with its rules.
   *
   * @throws dev.cenkit.error.ResourceNotFoundException {@code InvalidSecurityGroupId.NotFound}
   */
  default SecurityGroup describeSecurityGroupAttribute(SecurityGroupId securityGroupId) {
    return snapshot()
        .ecs()
        .securityGroup(securityGroupId)
        .orElseThrow(
            () -> ErrorCode.SG_NOT_FOUND.exception(
                null, "security group " + securityGroupId + " does not exist", securityGroupId));
  }

  /** {@code DescribeInstances}: the instances of a VPC, or every instance, ordered by id. */
  default List<EcsInstance> describeInstances(Optional<VpcId> vpcId) {
    Checks.required(vpcId, "vpcId (Optional<VpcId>)");
    EcsView ecs = snapshot().ecs();
    return vpcId
        .map(v -> ecs.instancesOf(v).stream().map(id -> ecs.instances().get(id)).collect(Collectors.toUnmodifiableList()))
        .orElseGet(() -> List.copyOf(ecs.instances().values()));
  }
}
