package dev.cenkit.spi.expressconnect;

import dev.cenkit.model.CenkitStyle;
import dev.cenkit.model.Checks;
import dev.cenkit.model.RegionId;
import dev.cenkit.model.expressconnect.DataCenterId;
import dev.cenkit.model.expressconnect.LineOperator;
import dev.cenkit.model.expressconnect.PhysicalConnection;
import dev.cenkit.model.expressconnect.PortType;
import dev.cenkit.spi.operation.Operation;
import java.util.Optional;
import org.immutables.value.Value;

/** {@code CreatePhysicalConnection}: applies for a circuit, which enters the {@code Initial} state (R43); at most {@code pendingCircuitsPerAccount} circuits may be waiting to be enabled (R42). */
@Value.Immutable
@CenkitStyle
public interface CreatePhysicalConnectionRequest extends Operation<PhysicalConnection> {
  /** {@code RegionId}. */
  RegionId region();

  /** {@code AccessPointId}, e.g. {@code ap-cn-hangzhou-xs-A}; must be an access point of the region. */
  String accessPointId();

  /** {@code LineOperator}. */
  LineOperator lineOperator();

  /** {@code PortType}; {@code 1000Base-LX} by default. */
  @Value.Default
  default PortType portType() {
    return PortType.BASE_LX_1000;
  }

  /** {@code Bandwidth} in Mbit/s. */
  Optional<Long> bandwidthMbps();

  /** The data center the circuit lands in (cenkit's own parameter; the real API has a free-text {@code PeerLocation}). */
  DataCenterId dataCenterId();

  /** {@code Name}. */
  Optional<String> name();

  /** {@code Description}. */
  Optional<String> description();

  @Value.Check
  default void check() {
    Checks.required(accessPointId(), "access point id");
    name().ifPresent(n -> Checks.name(n, "physical connection"));
    description().ifPresent(d -> Checks.description(d, "physical connection"));
    bandwidthMbps().ifPresent(b -> Checks.inRange(b, 1, 1_000_000, "bandwidth", dev.cenkit.error.ErrorCode.INVALID_PARAMETER, null));
  }

  @Override
  default String action() {
    return "CreatePhysicalConnection";
  }

  @Override
  default String summary() {
    return region() + ", " + accessPointId() + ", " + dataCenterId();
  }

  /** A builder of the request. */
  static Builder builder() {
    return new Builder();
  }

  /** The builder of {@link CreatePhysicalConnectionRequest}. */
  class Builder extends ImmutableCreatePhysicalConnectionRequest.Builder {}
}
