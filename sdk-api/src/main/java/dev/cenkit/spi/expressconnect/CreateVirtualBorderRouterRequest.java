package dev.cenkit.spi.expressconnect;

import dev.cenkit.model.CenkitStyle;
import dev.cenkit.model.Checks;
import dev.cenkit.model.Tagged;
import dev.cenkit.model.RegionId;
import dev.cenkit.model.expressconnect.PhysicalConnectionId;
import dev.cenkit.model.expressconnect.Vbr;
import dev.cenkit.spi.operation.Operation;
import java.util.Optional;
import org.immutables.value.Value;

/** {@code CreateVirtualBorderRouter}: a VBR on an {@code Enabled} circuit, in the circuit's region, with a VLAN id of 0 to 2999 unique on the circuit (R44) and two gateway addresses in one peering subnet of mask /24 to /30 (R45). Addresses and mask are strings, as in the real API, so that malformed values are answered with the real codes. */
@Value.Immutable
@CenkitStyle
public interface CreateVirtualBorderRouterRequest extends Operation<Vbr>, Tagged {
  /** {@code RegionId}: the circuit's region (R44). */
  RegionId region();

  /** {@code PhysicalConnectionId}. */
  PhysicalConnectionId physicalConnectionId();

  /** {@code VlanId}, 0 to 2999 (R44). */
  int vlanId();

  /** {@code LocalGatewayIp}: the Alibaba Cloud side address. */
  String localGatewayIp();

  /** {@code PeerGatewayIp}: the customer side address. */
  String peerGatewayIp();

  /** {@code PeeringSubnetMask}, e.g. {@code 255.255.255.252} (/24 to /30, R45). */
  String peeringSubnetMask();

  /** {@code Name}. */
  Optional<String> name();

  /** {@code Description}. */
  Optional<String> description();

  @Value.Check
  default void check() {
    name().ifPresent(n -> Checks.name(n, "VBR"));
    description().ifPresent(d -> Checks.description(d, "VBR"));
    checkTagged("VBR");
  }

  @Override
  default String action() {
    return "CreateVirtualBorderRouter";
  }

  @Override
  default String summary() {
    return physicalConnectionId() + ", VLAN " + vlanId() + ", " + localGatewayIp() + "/" + peerGatewayIp() + " mask " + peeringSubnetMask();
  }

  /** A builder of the request. */
  static Builder builder() {
    return new Builder();
  }

  /** The builder of {@link CreateVirtualBorderRouterRequest}. */
  class Builder extends ImmutableCreateVirtualBorderRouterRequest.Builder {}
}
