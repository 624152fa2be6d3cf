package dev.cenkit.spi.apigateway;

import dev.cenkit.model.CenkitStyle;
import dev.cenkit.model.Checks;
import dev.cenkit.model.apigateway.Api;
import dev.cenkit.model.apigateway.ApiBackend;
import dev.cenkit.model.apigateway.ApiGroupId;
import dev.cenkit.model.apigateway.HttpMethod;
import dev.cenkit.model.apigateway.RequestProtocol;
import dev.cenkit.spi.operation.Operation;
import java.util.Optional;
import org.immutables.value.Value;

/** {@code CreateApi}: an API in a group, with name and request unique in the group (R60) and a backend whose references exist (R65, R74). */
@Value.Immutable
@CenkitStyle
public interface CreateApiRequest extends Operation<Api> {

  /** {@code GroupId}. */
  ApiGroupId groupId();

  /** {@code ApiName} (R60). */
  String apiName();

  /** {@code Description}. */
  Optional<String> description();

  /** {@code RequestConfig.RequestHttpMethod}. */
  HttpMethod requestHttpMethod();

  /** {@code RequestConfig.RequestPath}. */
  String requestPath();

  /** {@code RequestConfig.RequestProtocol}, {@code HTTP} by default. */
  @Value.Default
  default RequestProtocol requestProtocol() {
    return RequestProtocol.HTTP;
  }

  /** {@code DisableInternet} (R63). */
  @Value.Default
  default boolean disableInternet() {
    return false;
  }

  /** {@code ServiceConfig}: the backend. */
  ApiBackend backend();

  /** Checks the invariants when the value is built; a violation is a typed error. */
  @Value.Check
  default void check() {
    Api.checkName(apiName());
    description().ifPresent(d -> Checks.description(d, "API"));
    ApiBackend.checkPath(requestPath(), "request path");
  }

  @Override
  default String action() {
    return "CreateApi";
  }

  @Override
  default String summary() {
    return groupId() + ", '" + apiName() + "', " + requestHttpMethod() + " " + requestPath() + ", " + backend().serviceType();
  }

  /** A builder of the request. */
  static Builder builder() {
    return new Builder();
  }

  /** The builder of {@link CreateApiRequest}. */
  class Builder extends ImmutableCreateApiRequest.Builder {}
}
