package dev.cenkit.spi.ecs;

import dev.cenkit.model.CenkitStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One entry of {@code Permissions.N} of {@code AuthorizeSecurityGroup(Egress)} and {@code RevokeSecurityGroup(Egress)},
 * with the API's own text fields so that the cloud checks them with the real codes (SG40, SG42). The peer of an
 * ingress rule is {@code SourceCidrIp} or {@code SourceGroupId}; of an egress rule {@code DestCidrIp} or
 * {@code DestGroupId}; the other CIDR, if given, is the quintuple rule's local end.
 *
 * <pre>{@code
 * Permission https = Permission.builder().ipProtocol("TCP").portRange("443/443").sourceCidrIp("10.0.0.0/8").build();
 * }</pre>
 */
@Value.Immutable
@CenkitStyle
public interface Permission {
  /** {@code IpProtocol}: TCP, UDP, ICMP, GRE or ALL, case-insensitive (SG40a). */
  String ipProtocol();

  /** {@code PortRange}: {@code start/end}, {@code -1/-1} for ICMP, GRE and ALL (SG40b-SG40e). */
  Optional<String> portRange();

  /** {@code SourcePortRange} of a quintuple rule. */
  Optional<String> sourcePortRange();

  /** {@code SourceCidrIp}: an IPv4 address or CIDR block. */
  Optional<String> sourceCidrIp();

  /** {@code DestCidrIp}: an IPv4 address or CIDR block. */
  Optional<String> destCidrIp();

  /** {@code SourceGroupId}: the peer group of an ingress rule. */
  Optional<String> sourceGroupId();

  /** {@code DestGroupId}: the peer group of an egress rule. */
  Optional<String> destGroupId();

  /** {@code Policy}: accept (the default) or drop. */
  Optional<String> policy();

  /** {@code Priority}: 1 (the default) to 100, as text as in the API. */
  Optional<String> priority();

  /** {@code NicType}: intranet for VPC groups (the default). */
  Optional<String> nicType();

  /** {@code Description}: 1-512 characters. */
  Optional<String> description();

  /** A builder of the value. */
  static Builder builder() {
    return new Builder();
  }

  /** A builder initialised from this value. */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** The builder of {@link Permission}. */
  class Builder extends ImmutablePermission.Builder {}
}
