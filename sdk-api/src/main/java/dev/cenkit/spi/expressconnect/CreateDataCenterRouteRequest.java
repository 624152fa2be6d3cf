package dev.cenkit.spi.expressconnect;

import dev.cenkit.model.CenkitStyle;
import dev.cenkit.model.Cidr;
import dev.cenkit.model.expressconnect.DataCenter;
import dev.cenkit.model.expressconnect.DataCenterId;
import dev.cenkit.model.expressconnect.VbrId;
import dev.cenkit.spi.operation.Operation;
import org.immutables.value.Value;

/** {@code cenkit:CreateDataCenterRoute}: declares that a data center sends traffic for a destination over a VBR of a circuit landing in it (D10). Not an Alibaba Cloud action: it models the customer's own router. */
@Value.Immutable
@CenkitStyle
public interface CreateDataCenterRouteRequest extends Operation<DataCenter> {
  /** The data center. */
  DataCenterId dataCenterId();

  /** The destination in the cloud. */
  Cidr destination();

  /** The VBR to forward to. */
  VbrId vbrId();

  @Override
  default String action() {
    return "cenkit:CreateDataCenterRoute";
  }

  @Override
  default String summary() {
    return dataCenterId() + ", " + destination() + " -> " + vbrId();
  }

  /** A builder of the request. */
  static Builder builder() {
    return new Builder();
  }

  /** The builder of {@link CreateDataCenterRouteRequest}. */
  class Builder extends ImmutableCreateDataCenterRouteRequest.Builder {}
}
