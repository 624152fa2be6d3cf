package dev.cenkit.spi.expressconnect;

import dev.cenkit.model.CenkitStyle;
import dev.cenkit.model.Cidr;
import dev.cenkit.model.expressconnect.Vbr;
import dev.cenkit.model.expressconnect.VbrId;
import dev.cenkit.spi.operation.Operation;
import org.immutables.value.Value;

/** Removes a static route from a VBR's route table (the real action is {@code DeleteRouteEntry}; see {@link CreateVbrRouteEntryRequest}). */
@Value.Immutable
@CenkitStyle
public interface DeleteVbrRouteEntryRequest extends Operation<Vbr> {
  /** The VBR. */
  VbrId vbrId();

  /** {@code DestinationCidrBlock}. */
  Cidr destination();

  @Override
  default String action() {
    return "cenkit:DeleteVbrRouteEntry";
  }

  @Override
  default String summary() {
    return vbrId() + ", " + destination();
  }

  /** A builder of the request. */
  static Builder builder() {
    return new Builder();
  }

  /** The builder of {@link DeleteVbrRouteEntryRequest}. */
  class Builder extends ImmutableDeleteVbrRouteEntryRequest.Builder {}
}
