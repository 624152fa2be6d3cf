package dev.cenkit.spi.ecs;

import dev.cenkit.model.CenkitStyle;
import dev.cenkit.model.ecs.EcsInstance;
import dev.cenkit.model.ecs.EcsInstanceId;
import dev.cenkit.spi.operation.Operation;
import org.immutables.value.Value;

/** {@code DeleteInstance} (ECS): releases an instance, its private IP and its memberships; a Running instance needs {@code Force} (SG47r). Answers the deleted instance. */
@Value.Immutable
@CenkitStyle
public interface DeleteInstanceRequest extends Operation<EcsInstance> {

  /** {@code InstanceId}. */
  EcsInstanceId instanceId();

  /** {@code Force}: delete a Running instance too. */
  @Value.Default
  default boolean force() {
    return false;
  }

  @Override
  default String action() {
    return "DeleteInstance";
  }

  @Override
  default String summary() {
    return instanceId() + (force() ? ", force" : "");
  }

  /** A builder of the request. */
  static Builder builder() {
    return new Builder();
  }

  /** The builder of {@link DeleteInstanceRequest}. */
  class Builder extends ImmutableDeleteInstanceRequest.Builder {}
}
