package dev.cenkit.spi.ecs;

import dev.cenkit.model.CenkitStyle;
import dev.cenkit.model.ecs.RuleDirection;
import dev.cenkit.model.ecs.SecurityGroup;
import dev.cenkit.model.ecs.SecurityGroupId;
import dev.cenkit.spi.operation.Operation;
import java.util.List;
import org.immutables.value.Value;

/** {@code AuthorizeSecurityGroupEgress}: adds egress rules to a group; a rule the group has is a no-op (SG30). Answers the group after the change. */
@Value.Immutable
@CenkitStyle
public interface AuthorizeSecurityGroupEgressRequest extends Operation<SecurityGroup> {

  /** {@code SecurityGroupId}. */
  SecurityGroupId securityGroupId();

  /** {@code Permissions.N}: 1 to 100 rules (SG40r). */
  List<Permission> permissions();

  /** The direction of the rules. */
  default RuleDirection direction() {
    return RuleDirection.EGRESS;
  }

  @Override
  default String action() {
    return "AuthorizeSecurityGroupEgress";
  }

  @Override
  default String summary() {
    return securityGroupId() + ", " + permissions().size() + " rule(s)";
  }

  /** A builder of the request. */
  static Builder builder() {
    return new Builder();
  }

  /** The builder of {@link AuthorizeSecurityGroupEgressRequest}. */
  class Builder extends ImmutableAuthorizeSecurityGroupEgressRequest.Builder {}
}
