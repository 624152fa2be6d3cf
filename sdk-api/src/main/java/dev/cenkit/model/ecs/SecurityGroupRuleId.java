package dev.cenkit.model.ecs;

import dev.cenkit.model.IdKind;
import dev.cenkit.model.ResourceId;

/** The id of a security group rule, e.g. {@code sgr-bp67acfmxazb4p1a2b3c}. */
public final class SecurityGroupRuleId extends ResourceId {
  /** Security group rule ids start with {@code sgr-}. */
  public static final IdKind KIND = IdKind.prefixed("security group rule", "sgr-", "sgr-bp67acfmxazb4p1a2b3c");

  private SecurityGroupRuleId(String value) {
    super(KIND, value);
  }

  /**
   * The id with this value.
   *
   * @throws dev.cenkit.error.InvalidParameterException when the value is not a security group rule id
   */
  public static SecurityGroupRuleId of(String value) {
    return new SecurityGroupRuleId(value);
  }

  @Override
  public IdKind kind() {
    return KIND;
  }
}
