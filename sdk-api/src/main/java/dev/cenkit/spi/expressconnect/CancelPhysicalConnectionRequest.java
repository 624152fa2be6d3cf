package dev.cenkit.spi.expressconnect;

import dev.cenkit.model.CenkitStyle;
import dev.cenkit.model.expressconnect.PhysicalConnection;
import dev.cenkit.model.expressconnect.PhysicalConnectionId;
import dev.cenkit.spi.operation.Operation;
import org.immutables.value.Value;

/** {@code CancelPhysicalConnection}: cancels a circuit that is not yet enabled ({@code Initial} or {@code Confirmed}); it becomes {@code Canceled} (R43). */
@Value.Immutable
@CenkitStyle
public interface CancelPhysicalConnectionRequest extends Operation<PhysicalConnection> {
  /** {@code PhysicalConnectionId}. */
  PhysicalConnectionId physicalConnectionId();

  @Override
  default String action() {
    return "CancelPhysicalConnection";
  }

  @Override
  default String summary() {
    return physicalConnectionId().value();
  }

  /** A builder of the request. */
  static Builder builder() {
    return new Builder();
  }

  /** The builder of {@link CancelPhysicalConnectionRequest}. */
  class Builder extends ImmutableCancelPhysicalConnectionRequest.Builder {}
}
