package dev.cenkit.model.apigateway;

import dev.cenkit.error.ErrorCode;
import dev.cenkit.error.RuleId;
import dev.cenkit.model.CenkitStyle;
import dev.cenkit.model.Checks;
import dev.cenkit.model.RegionId;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * An API of a group: a request (method and path, unique in the group with the name, R60), a backend, and the
 * stages it is deployed to (R61). With {@link #disableInternet()} it is callable only through VPC domains (R63).
 *
 * <p>Describe a new one with {@link dev.cenkit.dsl.Cenkit#api(String)}:
 *
 * <pre>{@code
 * ApiSpec getOrder = Cenkit.api("GetOrder").get("/orders/{id}").backend(Cenkit.functionBackend(fn))
 *     .deployTo(Stage.RELEASE).inNew(orders);
 * }</pre>
 */
@Value.Immutable
@CenkitStyle
public interface Api {
  /** The API-name rule (R60): 4 to 50 letters, digits and underscores, starting with a letter. */
  Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{3,49}");

  /** The API id ({@code ApiId}, 32 hexadecimal digits). */
  ApiId id();

  /** The group. */
  ApiGroupId groupId();

  /** The region, the group's. */
  RegionId region();

  /** The name ({@code ApiName}, R60). */
  String name();

  /** The description, if one was given. */
  Optional<String> description();

  /** The request method ({@code RequestConfig.RequestHttpMethod}). */
  HttpMethod requestHttpMethod();

  /** The request path ({@code RequestConfig.RequestPath}), e.g. {@code /orders/[id]} or {@code /orders/{id}}. */
  String requestPath();

  /** The protocols a client may call the API with ({@code RequestConfig.RequestProtocol}), HTTP by default. */
  @Value.Default
  default RequestProtocol requestProtocol() {
    return RequestProtocol.HTTP;
  }

  /** Whether the API is callable only through VPC domains ({@code DisableInternet}, R63). */
  @Value.Default
  default boolean disableInternet() {
    return false;
  }

  /** The backend ({@code ServiceConfig}). */
  ApiBackend backend();

  /** The stages the API is deployed to (R61). */
  Set<Stage> deployedStages();

  /** Whether the API is deployed to {@code stage}. */
  default boolean deployedTo(Stage stage) {
    return deployedStages().contains(stage);
  }

  /** Whether the API can be called over the Internet (public second-level or Internet custom domain, R63). */
  default boolean callableFromInternet() {
    return !disableInternet();
  }

  /** Checks the invariants when the value is built; a violation is a typed error. */
  @Value.Check
  default void check() {
    checkName(name());
    description().ifPresent(d -> Checks.description(d, "API"));
    ApiBackend.checkPath(requestPath(), "request path");
  }

  /**
   * Checks an API name against R60: 4 to 50 characters, letters, digits and underscores, starting with a letter.
   *
   * @throws dev.cenkit.error.InvalidParameterException {@code InvalidParameter.ApiName}
   */
  static String checkName(String name) {
    Checks.required(name, "API name");
    if (!NAME.matcher(name).matches()) {
      throw ErrorCode.INVALID_API_NAME.exception(
          RuleId.R60,
          "API name '" + name + "' must have 4 to 50 letters, digits or underscores and start with a letter",
          name);
    }
    return name;
  }


  /** A builder of the value. */
  static Builder builder() {
    return new Builder();
  }

  /** A builder initialised from this value. */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** The builder of {@link Api}. */
  class Builder extends ImmutableApi.Builder {}
}
