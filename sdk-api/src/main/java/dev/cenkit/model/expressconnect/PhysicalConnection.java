package dev.cenkit.model.expressconnect;

import dev.cenkit.model.Checks;
import dev.cenkit.model.CenkitStyle;
import dev.cenkit.model.RegionId;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An Express Connect physical connection (circuit) from a data center to an access point of a region. It
 * goes {@code Initial} → {@code Confirmed} → {@code Enabled} (R43) and carries traffic only when
 * {@code Enabled}; VBRs are created on it.
 */
@Value.Immutable
@CenkitStyle
public interface PhysicalConnection {
  /** The id ({@code pc-…}). */
  PhysicalConnectionId id();

  /** The region of the access point (R1). */
  RegionId region();

  /** The access point, e.g. {@code ap-cn-hangzhou-xs-A}. */
  String accessPointId();

  /** The carrier. */
  LineOperator lineOperator();

  /** The port type. */
  PortType portType();

  /** The bandwidth in Mbit/s, if one was given. */
  Optional<Long> bandwidthMbps();

  /** The data center the circuit lands in (cenkit's own field; the real API has a free-text PeerLocation). */
  DataCenterId dataCenterId();

  /** The name, if one was given. */
  Optional<String> name();

  /** The description, if one was given. */
  Optional<String> description();

  /** The status (R43). */
  @Value.Default
  default PhysicalConnectionStatus status() {
    return PhysicalConnectionStatus.INITIAL;
  }

  /** Whether the circuit carries traffic: only an {@code Enabled} one does (R43). */
  default boolean carriesTraffic() {
    return status() == PhysicalConnectionStatus.ENABLED;
  }

  @Value.Check
  default void check() {
    name().ifPresent(n -> Checks.name(n, "physical connection"));
    description().ifPresent(d -> Checks.description(d, "physical connection"));
  }

  /** A builder of the value. */
  static Builder builder() {
    return new Builder();
  }

  /** A builder initialised from this value. */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** The builder of {@link PhysicalConnection}. */
  class Builder extends ImmutablePhysicalConnection.Builder {}
}
