package dev.cenkit.model.ecs;

import dev.cenkit.model.IdKind;
import dev.cenkit.model.ResourceId;

/** The id of a security group, e.g. {@code sg-bp67acfmxazb4p1a2b3c}. */
public final class SecurityGroupId extends ResourceId {
  /** Security group ids start with {@code sg-}. */
  public static final IdKind KIND = IdKind.prefixed("security group", "sg-", "sg-bp67acfmxazb4p1a2b3c");

  private SecurityGroupId(String value) {
    super(KIND, value);
  }

  /**
   * The id with this value.
   *
   * @throws dev.cenkit.error.InvalidParameterException when the value is not a security group id
   */
  public static SecurityGroupId of(String value) {
    return new SecurityGroupId(value);
  }

  @Override
  public IdKind kind() {
    return KIND;
  }
}
