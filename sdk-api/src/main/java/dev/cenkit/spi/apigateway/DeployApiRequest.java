package dev.cenkit.spi.apigateway;

import dev.cenkit.model.CenkitStyle;
import dev.cenkit.model.apigateway.Api;
import dev.cenkit.model.apigateway.ApiGroupId;
import dev.cenkit.model.apigateway.ApiId;
import dev.cenkit.model.apigateway.Stage;
import dev.cenkit.spi.operation.Operation;
import org.immutables.value.Value;

/** {@code DeployApi}: publishes an API to a stage, {@code RELEASE}, {@code PRE} or {@code TEST} (R61); deploying again is accepted. */
@Value.Immutable
@CenkitStyle
public interface DeployApiRequest extends Operation<Api> {

  /** {@code GroupId}. */
  ApiGroupId groupId();

  /** {@code ApiId}. */
  ApiId apiId();

  /** {@code StageName}: {@code RELEASE}, {@code PRE} or {@code TEST}; any other name is rejected with {@code NotFoundStage} (R61). */
  String stageName();

  /** The stage of {@link #stageName()}, or {@code NotFoundStage} (R61). */
  default Stage stage() {
    return Stage.of(stageName());
  }

  @Override
  default String action() {
    return "DeployApi";
  }

  @Override
  default String summary() {
    return groupId() + ", " + apiId() + ", " + stageName();
  }

  /** A builder of the request. */
  static Builder builder() {
    return new Builder();
  }

  /** The builder of {@link DeployApiRequest}. */
  class Builder extends ImmutableDeployApiRequest.Builder {}
}
