package dev.cenkit.model.ecs;

import dev.cenkit.model.CenkitStyle;
import dev.cenkit.model.Cidr;
import dev.cenkit.model.Ipv4Address;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One rule ("permission") of a security group, as the cloud stores it after {@code AuthorizeSecurityGroup} or
 * {@code AuthorizeSecurityGroupEgress}. The <em>peer</em> is the remote end: the source of an ingress rule
 * ({@code SourceCidrIp} or {@code SourceGroupId}), the destination of an egress rule ({@code DestCidrIp} or
 * {@code DestGroupId}). A quintuple rule may also restrict the local end ({@link #localCidr()}).
 *
 * <p>A rule matches a packet when the protocol matches ({@code ALL} matches any), the destination port lies in
 * {@link #portRange()}, and the remote address lies in the peer (SG17). Priorities run 1 to 100, smaller first;
 * at equal priority {@code drop} beats {@code accept} (SG16).
 */
@Value.Immutable
@CenkitStyle
public interface SecurityGroupRule {
  /** The rule id ({@code SecurityGroupRuleId}, {@code sgr-…}). */
  SecurityGroupRuleId id();

  /** Ingress or egress. */
  RuleDirection direction();

  /** The protocol ({@code IpProtocol}). */
  IpProtocol protocol();

  /** The destination port range ({@code PortRange}); {@link PortRange#ANY} for ICMP, GRE and ALL. */
  PortRange portRange();

  /** The source port range of a quintuple rule ({@code SourcePortRange}), if one was given. */
  Optional<PortRange> sourcePortRange();

  /** The remote block, normalised (SG41): the source of an ingress rule, the destination of an egress rule. */
  Optional<Cidr> peerCidr();

  /** The remote block as it was given (SD8: {@code 10.0.0.5} stays {@code 10.0.0.5}). */
  Optional<String> peerCidrText();

  /** The remote group ({@code SourceGroupId} or {@code DestGroupId}), if the peer is a group. */
  Optional<SecurityGroupId> peerGroupId();

  /** The local block of a quintuple rule (the other end), normalised, if one was given. */
  Optional<Cidr> localCidr();

  /** What a match does ({@code Policy}), accept by default. */
  @Value.Default
  default RulePolicy policy() {
    return RulePolicy.ACCEPT;
  }

  /** The priority ({@code Priority}), 1 (first) to 100; 1 by default. */
  @Value.Default
  default int priority() {
    return 1;
  }

  /** The NIC type; VPC groups have only {@code intranet}. */
  @Value.Default
  default String nicType() {
    return "intranet";
  }

  /** The description, if one was given. */
  Optional<String> description();

  /** Checks the invariants when the value is built. */
  @Value.Check
  default void check() {
    if (peerCidr().isPresent() == peerGroupId().isPresent()) {
      throw dev.cenkit.error.ErrorCode.INVALID_PARAMETER.exception(
          null, "a security group rule has exactly one peer, a CIDR block or a group; rule " + id(), id());
    }
  }

  /** Whether the remote address {@code remote} lies in the peer block (a group peer is resolved by the caller). */
  default boolean peerContains(Ipv4Address remote) {
    return peerCidr().map(c -> c.contains(remote)).orElse(false);
  }

  /** Whether the local address {@code local} satisfies the quintuple other end, if one is set. */
  default boolean localContains(Ipv4Address local) {
    return localCidr().map(c -> c.contains(local)).orElse(true);
  }

  /** Whether the rule applies to {@code protocol} and destination {@code port} (the port is ignored for ICMP, GRE). */
  default boolean matchesTraffic(IpProtocol protocol, int port) {
    return protocol().matches(protocol) && (!protocol.hasPorts() || portRange().contains(port));
  }

  /**
   * The identity of the rule for de-duplication and revocation (SD5): everything but the id and description.
   */
  @Value.Auxiliary
  default List<Object> identity() {
    return List.of(
        direction(),
        protocol(),
        portRange(),
        sourcePortRange().map(Object::toString).orElse(""),
        peerCidr().map(Object::toString).orElse(""),
        peerGroupId().map(Object::toString).orElse(""),
        localCidr().map(Object::toString).orElse(""),
        nicType(),
        policy(),
        priority());
  }

  /** Whether this rule is the same rule as {@code other} (SD5). */
  default boolean sameRuleAs(SecurityGroupRule other) {
    return Objects.equals(identity(), other.identity());
  }

  /** The peer for messages: the block as given, or the group id. */
  default String peerText() {
    return peerCidrText().orElseGet(() -> peerGroupId().map(Object::toString).orElse("?"));
  }

  /** A one-line summary, e.g. {@code sgr-… (ingress accept TCP 443/443 from 10.0.0.0/24, priority 1)}. */
  default String summary() {
    return id() + " (" + direction() + " " + policy() + " " + protocol() + " " + portRange()
        + (direction() == RuleDirection.INGRESS ? " from " : " to ") + peerText() + ", priority " + priority() + ")";
  }

  /** A builder of the value. */
  static Builder builder() {
    return new Builder();
  }

  /** A builder initialised from this value. */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** The builder of {@link SecurityGroupRule}. */
  class Builder extends ImmutableSecurityGroupRule.Builder {}
}
