package dev.cenkit.spi.expressconnect;

import dev.cenkit.model.CenkitStyle;
import dev.cenkit.model.Cidr;
import dev.cenkit.model.expressconnect.DataCenter;
import dev.cenkit.model.expressconnect.DataCenterId;
import dev.cenkit.spi.operation.Operation;
import org.immutables.value.Value;

/** {@code cenkit:DeleteDataCenterRoute}: removes a data center's route to a destination. Not an Alibaba Cloud action. */
@Value.Immutable
@CenkitStyle
public interface DeleteDataCenterRouteRequest extends Operation<DataCenter> {
  /** The data center. */
  DataCenterId dataCenterId();

  /** The destination of the route. */
  Cidr destination();

  @Override
  default String action() {
    return "cenkit:DeleteDataCenterRoute";
  }

  @Override
  default String summary() {
    return dataCenterId() + ", " + destination();
  }

  /** A builder of the request. */
  static Builder builder() {
    return new Builder();
  }

  /** The builder of {@link DeleteDataCenterRouteRequest}. */
  class Builder extends ImmutableDeleteDataCenterRouteRequest.Builder {}
}
