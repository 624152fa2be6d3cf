package dev.cenkit.model.vpc;

import dev.cenkit.error.ErrorCode;
import dev.cenkit.error.RuleId;
import dev.cenkit.model.Checks;
import dev.cenkit.model.IdKind;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The {@code NextHopType} of a custom route entry ({@code CreateRouteEntry}), with the exact API values.
 * cenkit accepts {@link #INSTANCE} (an ECS instance, kept as data because ECS is not modelled) and
 * {@link #ROUTER_INTERFACE}; every other type is a real value that cenkit rejects as not modelled (R38).
 */
public enum NextHopType {
  /** An ECS instance ({@code i-…}), the API's default. */
  INSTANCE("Instance", IdKind.prefixed("ECS instance", "i-", "i-bp1a2b3c4d5e6f7g8h9i")),
  /** A high-availability virtual IP. */
  HA_VIP("HaVip", null),
  /** An Express Connect router interface ({@code ri-…}). */
  ROUTER_INTERFACE("RouterInterface", IdKind.prefixed("router interface", "ri-", "ri-2ze7fbuohm2zfbvl2ihq")),
  /** An elastic network interface. */
  NETWORK_INTERFACE("NetworkInterface", null),
  /** A VPN gateway. */
  VPN_GATEWAY("VpnGateway", null),
  /** An IPv6 gateway. */
  IPV6_GATEWAY("IPv6Gateway", null),
  /** A NAT gateway. */
  NAT_GATEWAY("NatGateway", null),
  /** A transit router attachment. */
  ATTACHMENT("Attachment", null),
  /** A VPC peering connection. */
  VPC_PEER("VpcPeer", null),
  /** An IPv4 gateway. */
  IPV4_GATEWAY("Ipv4Gateway", null),
  /** A gateway endpoint. */
  GATEWAY_ENDPOINT("GatewayEndpoint", null),
  /** An Express Connect router. */
  ECR("Ecr", null),
  /** A gateway load balancer endpoint. */
  GATEWAY_LOAD_BALANCER_ENDPOINT("GatewayLoadBalancerEndpoint", null),
  /** A route target group. */
  ROUTE_TARGET_GROUP("RouteTargetGroup", null);

  private final String apiValue;
  private final @Nullable IdKind idKind;

  NextHopType(String apiValue, @Nullable IdKind idKind) {
    this.apiValue = apiValue;
    this.idKind = idKind;
  }

  /** The value the API uses, e.g. {@code "RouterInterface"}. */
  public String apiValue() {
    return apiValue;
  }

  /** The kind of id a next hop of this type has, for the types cenkit checks. */
  public Optional<IdKind> idKind() {
    return Optional.ofNullable(idKind);
  }

  /**
   * Parses an API value such as {@code "Instance"} (exact spelling).
   *
   * @throws dev.cenkit.error.InvalidParameterException {@code InvalidNextHopType.Malformed} for anything else
   */
  public static NextHopType of(@Nullable String apiValue) {
    Checks.required(apiValue, "next hop type");
    return Arrays.stream(values())
        .filter(t -> t.apiValue.equals(apiValue))
        .findFirst()
        .orElseThrow(
            () ->
                ErrorCode.INVALID_NEXT_HOP_TYPE.exception(
                    RuleId.R38,
                    "'" + apiValue + "' is not a next hop type; expected one of "
                        + Arrays.stream(values()).map(NextHopType::apiValue).collect(Collectors.joining(", ")),
                    apiValue));
  }

  @Override
  public String toString() {
    return apiValue;
  }
}
