package dev.cenkit.spi.apigateway;

import dev.cenkit.model.CenkitStyle;
import dev.cenkit.model.Checks;
import dev.cenkit.model.RegionId;
import dev.cenkit.model.apigateway.ApiGatewayInstanceId;
import dev.cenkit.model.apigateway.ApiGroup;
import dev.cenkit.spi.operation.Operation;
import java.util.Optional;
import org.immutables.value.Value;

/** {@code CreateApiGroup}: a group on an instance (R56 quota). */
@Value.Immutable
@CenkitStyle
public interface CreateApiGroupRequest extends Operation<ApiGroup> {

  /** {@code RegionId}; with no instance id, the group lands on this region's shared instance (R49). */
  Optional<RegionId> region();

  /** {@code InstanceId}; absent means the shared instance of {@link #region()}. */
  Optional<ApiGatewayInstanceId> instanceId();

  /** {@code GroupName}. */
  String groupName();

  /** {@code Description}. */
  Optional<String> description();

  /** {@code BasePath}, {@code /} by default. */
  @Value.Default
  default String basePath() {
    return "/";
  }

  /** Checks the invariants when the value is built; a violation is a typed error. */
  @Value.Check
  default void check() {
    Checks.name(groupName(), "API group");
    description().ifPresent(d -> Checks.description(d, "API group"));
    ApiGroup.checkBasePath(basePath());
  }

  @Override
  default String action() {
    return "CreateApiGroup";
  }

  @Override
  default String summary() {
    return instanceId().map(Object::toString).orElseGet(() -> "shared instance of " + region().map(Object::toString).orElse("?"))
        + ", '" + groupName() + "'";
  }

  /** A builder of the request. */
  static Builder builder() {
    return new Builder();
  }

  /** The builder of {@link CreateApiGroupRequest}. */
  class Builder extends ImmutableCreateApiGroupRequest.Builder {}
}
