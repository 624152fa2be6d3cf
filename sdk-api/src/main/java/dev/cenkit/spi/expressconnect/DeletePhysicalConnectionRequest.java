package dev.cenkit.spi.expressconnect;

import dev.cenkit.model.CenkitStyle;
import dev.cenkit.model.expressconnect.PhysicalConnection;
import dev.cenkit.model.expressconnect.PhysicalConnectionId;
import dev.cenkit.spi.operation.Operation;
import org.immutables.value.Value;

/** {@code DeletePhysicalConnection}: deletes a {@code Canceled} or {@code Terminated} circuit without VBRs (R43); answers the deleted circuit. */
@Value.Immutable
@CenkitStyle
public interface DeletePhysicalConnectionRequest extends Operation<PhysicalConnection> {
  /** {@code PhysicalConnectionId}. */
  PhysicalConnectionId physicalConnectionId();

  @Override
  default String action() {
    return "DeletePhysicalConnection";
  }

  @Override
  default String summary() {
    return physicalConnectionId().value();
  }

  /** A builder of the request. */
  static Builder builder() {
    return new Builder();
  }

  /** The builder of {@link DeletePhysicalConnectionRequest}. */
  class Builder extends ImmutableDeletePhysicalConnectionRequest.Builder {}
}
