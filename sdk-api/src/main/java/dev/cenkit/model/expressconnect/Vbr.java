package dev.cenkit.model.expressconnect;

import dev.cenkit.model.Checks;
import dev.cenkit.model.Tagged;
import dev.cenkit.model.Cidr;
import dev.cenkit.model.CenkitStyle;
import dev.cenkit.model.Ipv4Address;
import dev.cenkit.model.RegionId;
import dev.cenkit.model.vpc.RouteTableId;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * A virtual border router on a physical connection: it belongs to the circuit's region (R44), has a VLAN id
 * unique on its circuit (R44), and local (Alibaba side) and peer (customer side) gateway addresses in one
 * peering subnet of mask /24 to /30 (R45). Its route table holds static routes to the data center's prefixes
 * (next hop: the circuit, D10), which it advertises into a CEN it is attached to (R25, R27).
 *
 * <p>A VBR belongs to the account that created it ({@link #ownerId()}); another account's VBR cannot be granted to
 * a CEN or its transit routers by default (R48), so it cannot be attached across accounts.
 */
@Value.Immutable
@CenkitStyle
public interface Vbr extends Tagged {
  /** The id ({@code vbr-…}). */
  VbrId id();

  /** The circuit the VBR is on. */
  PhysicalConnectionId physicalConnectionId();

  /** The region, the circuit's (R44). */
  RegionId region();

  /** The VLAN id, 0 to 2999 (R44). */
  int vlanId();

  /** The Alibaba Cloud side address ({@code LocalGatewayIp}). */
  Ipv4Address localGatewayIp();

  /** The customer side address ({@code PeerGatewayIp}). */
  Ipv4Address peerGatewayIp();

  /** The peering subnet's prefix length, 24 to 30 (R45). */
  int peeringSubnetMaskLength();

  /** The route table of the VBR. */
  RouteTableId routeTableId();

  /** The static routes of the route table. */
  List<VbrRouteEntry> routeEntries();

  /** The name, if one was given. */
  Optional<String> name();

  /** The description, if one was given. */
  Optional<String> description();

  /** The status; a VBR the account creates for itself is active at once. */
  @Value.Default
  default VbrStatus status() {
    return VbrStatus.ACTIVE;
  }

  /** The peering subnet holding both gateway addresses. */
  default Cidr peeringSubnet() {
    return subnetOf(localGatewayIp(), peeringSubnetMaskLength());
  }

  /** The routes towards the data center, which the VBR advertises to a CEN (R25, R27). */
  default List<VbrRouteEntry> dataCenterRoutes() {
    return routeEntries().stream().filter(VbrRouteEntry::advertisedToCen).collect(Collectors.toUnmodifiableList());
  }

  /** The name if there is one, else the id. */
  @Value.Derived
  @Value.Auxiliary
  default String displayName() {
    return name().orElse(id().value());
  }

  /**
   * The account that owns the VBR ({@code OwnerId} in the real describes): the account that created it,
   * {@link dev.cenkit.model.AccountId#DEFAULT} unless it was created acting as another account.
   */
  @Value.Default
  default dev.cenkit.model.AccountId ownerId() {
    return dev.cenkit.model.AccountId.DEFAULT;
  }

  @Value.Check
  default void check() {
    name().ifPresent(n -> Checks.name(n, "VBR"));
    description().ifPresent(d -> Checks.description(d, "VBR"));
    checkTagged("VBR");
  }

  /** The block of length {@code prefixLength} that holds {@code address}. */
  static Cidr subnetOf(Ipv4Address address, int prefixLength) {
    return Cidr.containing(address, prefixLength);
  }

  /** A builder of the value. */
  static Builder builder() {
    return new Builder();
  }

  /** A builder initialised from this value. */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** The builder of {@link Vbr}. */
  class Builder extends ImmutableVbr.Builder {}
}
