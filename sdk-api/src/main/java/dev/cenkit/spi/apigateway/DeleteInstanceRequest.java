package dev.cenkit.spi.apigateway;

import dev.cenkit.model.CenkitStyle;
import dev.cenkit.model.apigateway.ApiGatewayInstance;
import dev.cenkit.model.apigateway.ApiGatewayInstanceId;
import dev.cenkit.spi.operation.Operation;
import org.immutables.value.Value;

/** {@code DeleteInstance}: deletes an instance that hosts no API group; answers the deleted instance. */
@Value.Immutable
@CenkitStyle
public interface DeleteInstanceRequest extends Operation<ApiGatewayInstance> {

  /** {@code InstanceId}. */
  ApiGatewayInstanceId instanceId();

  @Override
  default String action() {
    return "DeleteInstance";
  }

  @Override
  default String summary() {
    return instanceId().value();
  }

  /** A builder of the request. */
  static Builder builder() {
    return new Builder();
  }

  /** The builder of {@link DeleteInstanceRequest}. */
  class Builder extends ImmutableDeleteInstanceRequest.Builder {}
}
