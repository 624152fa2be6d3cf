package dev.cenkit.model.ecs;

import dev.cenkit.model.IdKind;
import dev.cenkit.model.ResourceId;

/** The id of an ECS instance, e.g. {@code i-bp67acfmxazb4p1a2b3c}. */
public final class EcsInstanceId extends ResourceId {
  /** ECS instance ids start with {@code i-}. */
  public static final IdKind KIND = IdKind.prefixed("ECS instance", "i-", "i-bp67acfmxazb4p1a2b3c");

  private EcsInstanceId(String value) {
    super(KIND, value);
  }

  /**
   * The id with this value.
   *
   * @throws dev.cenkit.error.InvalidParameterException when the value is not an ECS instance id
   */
  public static EcsInstanceId of(String value) {
    return new EcsInstanceId(value);
  }

  @Override
  public IdKind kind() {
    return KIND;
  }
}
