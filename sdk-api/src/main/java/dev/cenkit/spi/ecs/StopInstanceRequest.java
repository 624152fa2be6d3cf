package dev.cenkit.spi.ecs;

import dev.cenkit.model.CenkitStyle;
import dev.cenkit.model.ecs.EcsInstance;
import dev.cenkit.model.ecs.EcsInstanceId;
import dev.cenkit.spi.operation.Operation;
import org.immutables.value.Value;

/** {@code StopInstance}: stops a Running instance. Answers the instance after the change. */
@Value.Immutable
@CenkitStyle
public interface StopInstanceRequest extends Operation<EcsInstance> {

  /** {@code InstanceId}. */
  EcsInstanceId instanceId();

  @Override
  default String action() {
    return "StopInstance";
  }

  @Override
  default String summary() {
    return instanceId().value();
  }

  /** A builder of the request. */
  static Builder builder() {
    return new Builder();
  }

  /** The builder of {@link StopInstanceRequest}. */
  class Builder extends ImmutableStopInstanceRequest.Builder {}
}
