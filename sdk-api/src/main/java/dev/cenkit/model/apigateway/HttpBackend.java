package dev.cenkit.model.apigateway;

import dev.cenkit.error.ErrorCode;
import dev.cenkit.model.CenkitStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** An HTTP backend on the Internet ({@code ServiceProtocol=HTTP}, {@code ServiceVpcEnable=FALSE}). */
@Value.Immutable
@CenkitStyle
public non-sealed interface HttpBackend extends ApiBackend {
  /** The backend address ({@code ServiceAddress}), e.g. {@code http://api.example.com:8080}. */
  String serviceAddress();

  /** The backend path ({@code ServicePath}), {@code /} by default. */
  @Value.Default
  default String servicePath() {
    return "/";
  }

  /** The backend method ({@code ServiceHttpMethod}); absent means the request's. */
  Optional<HttpMethod> serviceHttpMethod();

  @Override
  default String serviceType() {
    return "HTTP";
  }

  /** Checks the invariants when the value is built; a violation is a typed error. */
  @Value.Check
  default void check() {
    String a = serviceAddress();
    if (!(a.startsWith("http://") || a.startsWith("https://")) || a.length() <= "https://".length() || a.chars().anyMatch(Character::isWhitespace)) {
      throw ErrorCode.INVALID_SERVICE_ADDRESS.exception(
          null, "backend address '" + a + "' is not an http:// or https:// address", a);
    }
    ApiBackend.checkPath(servicePath(), "backend path");
  }

  /** A builder of the value. */
  static Builder builder() {
    return new Builder();
  }

  /** A builder initialised from this value. */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** The builder of {@link HttpBackend}. */
  class Builder extends ImmutableHttpBackend.Builder {}
}
