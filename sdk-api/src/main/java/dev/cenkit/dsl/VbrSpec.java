package dev.cenkit.dsl;

import dev.cenkit.error.ErrorCode;
import dev.cenkit.error.RuleId;
import dev.cenkit.model.Checks;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The parameters of a VBR for {@link Cenkit#circuit()}: VLAN id, local (Alibaba side) and peer
 * (customer side) gateway addresses and the peering subnet mask (/30 unless given):
 *
 * <pre>{@code
 * VbrSpec vbr = Cenkit.vbr(100).localIp("10.0.0.1").peerIp("10.0.0.2").mask(30);
 * }</pre>
 *
 * Immutable. The cloud checks R44 (VLAN 0-2999, unique on the circuit) and R45 (both addresses in one
 * subnet of mask /24 to /30) when the spec is applied.
 */
public final class VbrSpec {
  private final int vlanId;
  private final @Nullable String localIp;
  private final @Nullable String peerIp;
  private final String mask;
  private final @Nullable String name;
  private final TagSet tags;

  private VbrSpec(int vlanId, @Nullable String localIp, @Nullable String peerIp, String mask, @Nullable String name) {
    this(vlanId, localIp, peerIp, mask, name, TagSet.NONE);
  }

  private VbrSpec(int vlanId, @Nullable String localIp, @Nullable String peerIp, String mask, @Nullable String name, TagSet tags) {
    this.vlanId = vlanId;
    this.localIp = localIp;
    this.peerIp = peerIp;
    this.mask = mask;
    this.name = name;
    this.tags = tags;
  }

  /** Adds the tag {@code key}={@code value} ({@code Tag.N.Key}/{@code Tag.N.Value}, R4: at most 20). */
  public VbrSpec tag(String key, String value) {
    return new VbrSpec(vlanId, localIp, peerIp, mask, name, tags.plus(key, value, "VBR"));
  }

  /** The resource group ({@code ResourceGroupId}, {@code rg-…}, R4). */
  public VbrSpec resourceGroup(String resourceGroupId) {
    return new VbrSpec(vlanId, localIp, peerIp, mask, name, tags.in(resourceGroupId));
  }

  /** The tags given, by key. */
  public java.util.Map<String, String> tags() {
    return tags.tags();
  }

  /** The resource group given, if any. */
  public Optional<String> resourceGroupId() {
    return tags.resourceGroup();
  }

  /** Starts a VBR with this VLAN id. */
  static VbrSpec vlan(int vlanId) {
    return new VbrSpec(vlanId, null, null, "255.255.255.252", null);
  }

  /** The Alibaba Cloud side address ({@code LocalGatewayIp}). */
  public VbrSpec localIp(String address) {
    return new VbrSpec(vlanId, Checks.required(address, "local gateway IP"), peerIp, mask, name, tags);
  }

  /** The customer side address ({@code PeerGatewayIp}). */
  public VbrSpec peerIp(String address) {
    return new VbrSpec(vlanId, localIp, Checks.required(address, "peer gateway IP"), mask, name, tags);
  }

  /**
   * The peering subnet mask as a prefix length, e.g. {@code 30} for {@code 255.255.255.252}.
   *
   * @throws dev.cenkit.error.InvalidParameterException {@code InvalidPeeringSubnetMask.Malformed} outside 0..32
   */
  public VbrSpec mask(int prefixLength) {
    if (prefixLength < 0 || prefixLength > 32) {
      throw ErrorCode.INVALID_PEERING_SUBNET_MASK.exception(
          RuleId.R45, "peering subnet mask /" + prefixLength + " is not a prefix length", prefixLength);
    }
    long bits = prefixLength == 0 ? 0 : (0xFFFFFFFFL << (32 - prefixLength)) & 0xFFFFFFFFL;
    String dotted = ((bits >> 24) & 0xFF) + "." + ((bits >> 16) & 0xFF) + "." + ((bits >> 8) & 0xFF) + "." + (bits & 0xFF);
    return new VbrSpec(vlanId, localIp, peerIp, dotted, name, tags);
  }

  /** The peering subnet mask as the API writes it, e.g. {@code "255.255.255.252"}. */
  public VbrSpec mask(String dottedMask) {
    return new VbrSpec(vlanId, localIp, peerIp, Checks.required(dottedMask, "peering subnet mask"), name, tags);
  }

  /** The VBR's name (R4). */
  public VbrSpec named(String vbrName) {
    return new VbrSpec(vlanId, localIp, peerIp, mask, Checks.name(vbrName, "VBR"), tags);
  }

  /** The VLAN id. */
  public int vlanId() {
    return vlanId;
  }

  /**
   * The local gateway address.
   *
   * @throws dev.cenkit.error.InvalidParameterException {@code MissingParameter} when it was not given
   */
  public String localIp() {
    return Checks.required(localIp, "local gateway IP of the VBR");
  }

  /**
   * The peer gateway address.
   *
   * @throws dev.cenkit.error.InvalidParameterException {@code MissingParameter} when it was not given
   */
  public String peerIp() {
    return Checks.required(peerIp, "peer gateway IP of the VBR");
  }

  /** The dotted peering subnet mask. */
  public String mask() {
    return mask;
  }

  /** The name, if one was given. */
  public Optional<String> name() {
    return Optional.ofNullable(name);
  }

  @Override
  public String toString() {
    return "VBR VLAN " + vlanId + " " + localIp + "/" + peerIp + " mask " + mask;
  }
}
