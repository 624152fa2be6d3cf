package dev.cenkit.spi.ecs;

import dev.cenkit.model.CenkitStyle;
import dev.cenkit.model.ecs.RuleDirection;
import dev.cenkit.model.ecs.SecurityGroup;
import dev.cenkit.model.ecs.SecurityGroupId;
import dev.cenkit.model.ecs.SecurityGroupRuleId;
import dev.cenkit.spi.operation.Operation;
import java.util.List;
import org.immutables.value.Value;

/** {@code RevokeSecurityGroup}: removes ingress rules, named by id or by their fields (SG45). Answers the group after the change. */
@Value.Immutable
@CenkitStyle
public interface RevokeSecurityGroupRequest extends Operation<SecurityGroup> {

  /** {@code SecurityGroupId}. */
  SecurityGroupId securityGroupId();

  /** {@code Permissions.N}: rules named by their fields. */
  List<Permission> permissions();

  /** {@code SecurityGroupRuleId.N}: rules named by id. */
  List<SecurityGroupRuleId> securityGroupRuleIds();

  /** The direction of the rules. */
  default RuleDirection direction() {
    return RuleDirection.INGRESS;
  }

  @Override
  default String action() {
    return "RevokeSecurityGroup";
  }

  @Override
  default String summary() {
    return securityGroupId() + ", " + (permissions().size() + securityGroupRuleIds().size()) + " rule(s)";
  }

  /** A builder of the request. */
  static Builder builder() {
    return new Builder();
  }

  /** The builder of {@link RevokeSecurityGroupRequest}. */
  class Builder extends ImmutableRevokeSecurityGroupRequest.Builder {}
}
