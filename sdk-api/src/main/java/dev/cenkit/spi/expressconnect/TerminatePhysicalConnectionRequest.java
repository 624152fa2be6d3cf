package dev.cenkit.spi.expressconnect;

import dev.cenkit.model.CenkitStyle;
import dev.cenkit.model.expressconnect.PhysicalConnection;
import dev.cenkit.model.expressconnect.PhysicalConnectionId;
import dev.cenkit.spi.operation.Operation;
import org.immutables.value.Value;

/** {@code TerminatePhysicalConnection}: terminates an {@code Enabled} circuit without VBRs; it becomes {@code Terminated} (R43). */
@Value.Immutable
@CenkitStyle
public interface TerminatePhysicalConnectionRequest extends Operation<PhysicalConnection> {
  /** {@code PhysicalConnectionId}. */
  PhysicalConnectionId physicalConnectionId();

  @Override
  default String action() {
    return "TerminatePhysicalConnection";
  }

  @Override
  default String summary() {
    return physicalConnectionId().value();
  }

  /** A builder of the request. */
  static Builder builder() {
    return new Builder();
  }

  /** The builder of {@link TerminatePhysicalConnectionRequest}. */
  class Builder extends ImmutableTerminatePhysicalConnectionRequest.Builder {}
}
