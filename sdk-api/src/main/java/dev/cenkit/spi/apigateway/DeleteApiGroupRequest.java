package dev.cenkit.spi.apigateway;

import dev.cenkit.model.CenkitStyle;
import dev.cenkit.model.apigateway.ApiGroup;
import dev.cenkit.model.apigateway.ApiGroupId;
import dev.cenkit.spi.operation.Operation;
import java.util.Optional;
import org.immutables.value.Value;

/** {@code DeleteApiGroup}: deletes a group that has no APIs (R62); deleting a group that does not exist succeeds and answers empty. */
@Value.Immutable
@CenkitStyle
public interface DeleteApiGroupRequest extends Operation<Optional<ApiGroup>> {

  /** {@code GroupId}. */
  ApiGroupId groupId();

  @Override
  default String action() {
    return "DeleteApiGroup";
  }

  @Override
  default String summary() {
    return groupId().value();
  }

  /** A builder of the request. */
  static Builder builder() {
    return new Builder();
  }

  /** The builder of {@link DeleteApiGroupRequest}. */
  class Builder extends ImmutableDeleteApiGroupRequest.Builder {}
}
