package dev.cenkit.spi.expressconnect;

import dev.cenkit.model.CenkitStyle;
import dev.cenkit.model.expressconnect.RouterInterface;
import dev.cenkit.model.expressconnect.RouterInterfaceId;
import dev.cenkit.spi.operation.Operation;
import org.immutables.value.Value;

/** {@code DeleteRouterInterface}: deletes a router interface that no VBR route uses; its opposite interface becomes idle. Answers the deleted interface. */
@Value.Immutable
@CenkitStyle
public interface DeleteRouterInterfaceRequest extends Operation<RouterInterface> {
  /** {@code RouterInterfaceId}. */
  RouterInterfaceId routerInterfaceId();

  @Override
  default String action() {
    return "DeleteRouterInterface";
  }

  @Override
  default String summary() {
    return routerInterfaceId().value();
  }

  /** A builder of the request. */
  static Builder builder() {
    return new Builder();
  }

  /** The builder of {@link DeleteRouterInterfaceRequest}. */
  class Builder extends ImmutableDeleteRouterInterfaceRequest.Builder {}
}
