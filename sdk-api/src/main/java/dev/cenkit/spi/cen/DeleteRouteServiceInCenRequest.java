package dev.cenkit.spi.cen;

import dev.cenkit.model.CenkitStyle;
import dev.cenkit.model.RegionId;
import dev.cenkit.model.cen.CenId;
import dev.cenkit.spi.operation.Operation;
import org.immutables.value.Value;

/** {@code DeleteRouteServiceInCen}: removes a cloud-service route. Like the real API it succeeds even when no such route exists (R76); the result says whether a route was removed. */
@Value.Immutable
@CenkitStyle
public interface DeleteRouteServiceInCenRequest extends Operation<Boolean> {
  /** {@code CenId}. */
  CenId cenId();

  /** {@code Host}. */
  String host();

  /** {@code HostRegionId}. */
  RegionId hostRegion();

  /** {@code AccessRegionId}. */
  RegionId accessRegion();

  @Override
  default String action() {
    return "DeleteRouteServiceInCen";
  }

  @Override
  default String summary() {
    return cenId() + ", " + host() + ", " + hostRegion() + ", " + accessRegion();
  }

  /** A builder of the request. */
  static Builder builder() {
    return new Builder();
  }

  /** The builder of {@link DeleteRouteServiceInCenRequest}. */
  class Builder extends ImmutableDeleteRouteServiceInCenRequest.Builder {}
}
