package dev.cenkit.spi.apigateway;

import dev.cenkit.model.CenkitStyle;
import dev.cenkit.model.apigateway.Api;
import dev.cenkit.model.apigateway.ApiGroupId;
import dev.cenkit.model.apigateway.ApiId;
import dev.cenkit.spi.operation.Operation;
import org.immutables.value.Value;

/** {@code DeleteApi}: deletes an API that is deployed to no stage (R62); answers the deleted API. */
@Value.Immutable
@CenkitStyle
public interface DeleteApiRequest extends Operation<Api> {

  /** {@code GroupId}. */
  ApiGroupId groupId();

  /** {@code ApiId}. */
  ApiId apiId();

  @Override
  default String action() {
    return "DeleteApi";
  }

  @Override
  default String summary() {
    return groupId() + ", " + apiId();
  }

  /** A builder of the request. */
  static Builder builder() {
    return new Builder();
  }

  /** The builder of {@link DeleteApiRequest}. */
  class Builder extends ImmutableDeleteApiRequest.Builder {}
}
