package dev.cenkit.spi.expressconnect;

import dev.cenkit.model.CenkitStyle;
import dev.cenkit.model.expressconnect.PhysicalConnection;
import dev.cenkit.model.expressconnect.PhysicalConnectionId;
import dev.cenkit.spi.operation.Operation;
import org.immutables.value.Value;

/** {@code CreatePhysicalConnectionOccupancyOrder}: pays the port occupancy of a {@code Confirmed} circuit, which becomes {@code Enabled} (R43). */
@Value.Immutable
@CenkitStyle
public interface CreatePhysicalConnectionOccupancyOrderRequest extends Operation<PhysicalConnection> {
  /** {@code PhysicalConnectionId}. */
  PhysicalConnectionId physicalConnectionId();

  @Override
  default String action() {
    return "CreatePhysicalConnectionOccupancyOrder";
  }

  @Override
  default String summary() {
    return physicalConnectionId().value();
  }

  /** A builder of the request. */
  static Builder builder() {
    return new Builder();
  }

  /** The builder of {@link CreatePhysicalConnectionOccupancyOrderRequest}. */
  class Builder extends ImmutableCreatePhysicalConnectionOccupancyOrderRequest.Builder {}
}
