package dev.cenkit.model.apigateway;

import dev.cenkit.error.ErrorCode;
import dev.cenkit.model.CenkitStyle;
import org.immutables.value.Value;

/** A mock backend ({@code Mock=TRUE}): API Gateway answers itself with {@link #mockResult()}; always reachable. */
@Value.Immutable
@CenkitStyle
public non-sealed interface MockBackend extends ApiBackend {
  /** The answer's body ({@code MockResult}). */
  String mockResult();

  /** The answer's HTTP status ({@code MockStatusCode}), 200 by default. */
  @Value.Default
  default int mockStatusCode() {
    return 200;
  }

  @Override
  default String serviceType() {
    return "MOCK";
  }

  /** Checks the invariants when the value is built; a violation is a typed error. */
  @Value.Check
  default void check() {
    if (mockStatusCode() < 100 || mockStatusCode() > 599) {
      throw ErrorCode.INVALID_PARAMETER.exception(null, "mock status code " + mockStatusCode() + " is not an HTTP status", mockStatusCode());
    }
  }

  /** A builder of the value. */
  static Builder builder() {
    return new Builder();
  }

  /** A builder initialised from this value. */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** The builder of {@link MockBackend}. */
  class Builder extends ImmutableMockBackend.Builder {}
}
