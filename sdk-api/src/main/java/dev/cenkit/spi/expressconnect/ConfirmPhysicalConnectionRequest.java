package dev.cenkit.spi.expressconnect;

import dev.cenkit.model.CenkitStyle;
import dev.cenkit.model.expressconnect.PhysicalConnection;
import dev.cenkit.model.expressconnect.PhysicalConnectionId;
import dev.cenkit.spi.operation.Operation;
import org.immutables.value.Value;

/** {@code ConfirmPhysicalConnection}: confirms an {@code Initial} circuit, which becomes {@code Confirmed} (R43). */
@Value.Immutable
@CenkitStyle
public interface ConfirmPhysicalConnectionRequest extends Operation<PhysicalConnection> {
  /** {@code PhysicalConnectionId}. */
  PhysicalConnectionId physicalConnectionId();

  @Override
  default String action() {
    return "ConfirmPhysicalConnection";
  }

  @Override
  default String summary() {
    return physicalConnectionId().value();
  }

  /** A builder of the request. */
  static Builder builder() {
    return new Builder();
  }

  /** The builder of {@link ConfirmPhysicalConnectionRequest}. */
  class Builder extends ImmutableConfirmPhysicalConnectionRequest.Builder {}
}
