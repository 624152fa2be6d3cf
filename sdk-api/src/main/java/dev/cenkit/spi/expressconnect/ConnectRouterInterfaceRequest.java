package dev.cenkit.spi.expressconnect;

import dev.cenkit.model.CenkitStyle;
import dev.cenkit.model.expressconnect.RouterInterface;
import dev.cenkit.model.expressconnect.RouterInterfaceId;
import dev.cenkit.spi.operation.Operation;
import org.immutables.value.Value;

/** {@code ConnectRouterInterface}: connects an initiating-side interface to its opposite interface; both become active. */
@Value.Immutable
@CenkitStyle
public interface ConnectRouterInterfaceRequest extends Operation<RouterInterface> {
  /** {@code RouterInterfaceId}. */
  RouterInterfaceId routerInterfaceId();

  @Override
  default String action() {
    return "ConnectRouterInterface";
  }

  @Override
  default String summary() {
    return routerInterfaceId().value();
  }

  /** A builder of the request. */
  static Builder builder() {
    return new Builder();
  }

  /** The builder of {@link ConnectRouterInterfaceRequest}. */
  class Builder extends ImmutableConnectRouterInterfaceRequest.Builder {}
}
