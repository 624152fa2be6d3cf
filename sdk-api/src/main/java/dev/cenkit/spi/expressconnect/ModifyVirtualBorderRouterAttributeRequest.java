package dev.cenkit.spi.expressconnect;

import dev.cenkit.model.CenkitStyle;
import dev.cenkit.model.Checks;
import dev.cenkit.model.expressconnect.Vbr;
import dev.cenkit.model.expressconnect.VbrId;
import dev.cenkit.spi.operation.Operation;
import java.util.Optional;
import org.immutables.value.Value;

/** {@code ModifyVirtualBorderRouterAttribute}: changes a VBR's VLAN id, gateway addresses, mask, name or description; the result must still satisfy R44 and R45. */
@Value.Immutable
@CenkitStyle
public interface ModifyVirtualBorderRouterAttributeRequest extends Operation<Vbr> {
  /** {@code VbrId}. */
  VbrId vbrId();

  /** {@code VlanId}. */
  Optional<Integer> vlanId();

  /** {@code LocalGatewayIp}. */
  Optional<String> localGatewayIp();

  /** {@code PeerGatewayIp}. */
  Optional<String> peerGatewayIp();

  /** {@code PeeringSubnetMask}. */
  Optional<String> peeringSubnetMask();

  /** {@code Name}. */
  Optional<String> name();

  /** {@code Description}. */
  Optional<String> description();

  @Value.Check
  default void check() {
    name().ifPresent(n -> Checks.name(n, "VBR"));
    description().ifPresent(d -> Checks.description(d, "VBR"));
  }

  @Override
  default String action() {
    return "ModifyVirtualBorderRouterAttribute";
  }

  @Override
  default String summary() {
    return vbrId().value();
  }

  /** A builder of the request. */
  static Builder builder() {
    return new Builder();
  }

  /** The builder of {@link ModifyVirtualBorderRouterAttributeRequest}. */
  class Builder extends ImmutableModifyVirtualBorderRouterAttributeRequest.Builder {}
}
