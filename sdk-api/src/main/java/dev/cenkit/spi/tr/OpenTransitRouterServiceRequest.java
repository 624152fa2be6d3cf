package dev.cenkit.spi.tr;

import dev.cenkit.model.CenkitStyle;
import dev.cenkit.spi.operation.Operation;
import org.immutables.value.Value;

/**
 * {@code OpenTransitRouterService}: opens the transit router service for the account (E2); idempotent.
 */
@Value.Immutable
@CenkitStyle
public interface OpenTransitRouterServiceRequest extends Operation<Boolean> {
  @Override
  default String action() {
    return "OpenTransitRouterService";
  }

  @Override
  default String summary() {
    return "";
  }

  /** A builder of the request. */
  static Builder builder() {
    return new Builder();
  }

  /** The builder of {@link OpenTransitRouterServiceRequest}. */
  class Builder extends ImmutableOpenTransitRouterServiceRequest.Builder {}
}
