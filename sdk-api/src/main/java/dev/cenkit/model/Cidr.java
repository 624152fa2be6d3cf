package dev.cenkit.model;

import dev.cenkit.error.ErrorCode;
import inet.ipaddr.AddressStringException;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import inet.ipaddr.IPAddressStringParameters;
import inet.ipaddr.ipv4.IPv4Address;
import org.jspecify.annotations.Nullable;

/**
 * An IPv4 CIDR block such as {@code 172.16.0.0/16}, backed by the IPAddress library for parsing, containment
 * and overlap. The address must be the network address of the block ({@code 10.0.0.1/8} is rejected).
 */
public final class Cidr implements Comparable<Cidr> {
  static final IPAddressStringParameters IPV4_ONLY =
      new IPAddressStringParameters.Builder()
          .allowEmpty(false)
          .allowAll(false)
          .allowSingleSegment(false)
          .allowIPv6(false)
          .allow_inet_aton(false)
          .toParams();

  /** {@code 100.64.0.0/10}, reserved for Alibaba Cloud services (R26, R33). */
  public static final Cidr CLOUD_SERVICES = of("100.64.0.0/10");

  private final IPv4Address block;

  private Cidr(IPv4Address block) {
    this.block = block;
  }

  /**
   * Parses an IPv4 CIDR block.
   *
   * @throws dev.cenkit.error.InvalidParameterException {@code InvalidCidrBlock.Malformed} when the text is not
   *     an IPv4 prefix written as {@code a.b.c.d/n} with {@code n} in 0..32 and zero host bits
   * @throws dev.cenkit.error.NotModeledException {@code cenkit.NotModeled} when the text is an IPv6 block, which
   *     the real API accepts in places but cenkit does not model
   */
  public static Cidr of(@Nullable String text) {
    Checks.required(text, "CIDR block");
    String trimmed = text.trim();
    if (!trimmed.contains("/")) {
      throw malformed(text, "a prefix length is required, e.g. '" + trimmed + "/24'");
    }
    IPAddress address = parse(text, trimmed);
    if (!address.isPrefixBlock()) {
      throw malformed(
          text,
          "the address is not the network address of the block; did you mean '"
              + address.toPrefixBlock().toCanonicalString()
              + "'?");
    }
    return new Cidr(address.toIPv4());
  }

  /** Parses an IPv4 address ({@code 10.0.0.5}, taken as a /32) or a CIDR block. */
  public static Cidr ofHostOrBlock(@Nullable String text) {
    Checks.required(text, "address or CIDR block");
    return text.contains("/") ? of(text) : of(Ipv4Address.of(text));
  }

  /** The /32 block of one address. */
  public static Cidr of(@Nullable Ipv4Address address) {
    Checks.required(address, "address");
    return new Cidr(address.address().setPrefixLength(32, false).toPrefixBlock());
  }

  static IPAddress parse(String original, String trimmed) {
    if (new IPAddressString(trimmed).isIPv6()) {
      throw ErrorCode.NOT_MODELED.exception(
          null, "'" + original + "' is an IPv6 address or block; cenkit models IPv4 only", original);
    }
    try {
      IPAddress address = new IPAddressString(trimmed, IPV4_ONLY).toAddress();
      if (address == null || !address.isIPv4()) {
        throw malformed(original, "not an IPv4 address");
      }
      return address;
    } catch (AddressStringException e) {
      throw malformed(original, e.getMessage());
    }
  }

  private static RuntimeException malformed(String text, String why) {
    return ErrorCode.INVALID_CIDR_BLOCK_MALFORMED.exception(
        null, "'" + text + "' is not a valid IPv4 CIDR block: " + why, text);
  }

  /** The prefix length, 0 to 32. */
  public int prefixLength() {
    Integer length = block.getNetworkPrefixLength();
    return length == null ? 32 : length;
  }

  /** The network (first) address of the block. */
  public Ipv4Address network() {
    return Ipv4Address.wrap(block.getLower().withoutPrefixLength().toIPv4());
  }

  /** Whether {@code other} lies entirely inside this block (a block contains itself). */
  public boolean contains(Cidr other) {
    return block.contains(other.block);
  }

  /** Whether {@code address} lies inside this block. */
  public boolean contains(Ipv4Address address) {
    return block.contains(address.address());
  }

  /** Whether the two blocks share at least one address. */
  public boolean overlaps(Cidr other) {
    return block.contains(other.block) || other.block.contains(block);
  }

  /** The number of addresses in the block. */
  public long size() {
    return 1L << (32 - prefixLength());
  }

  /** The underlying IPAddress prefix block, for callers that want the library's richer API. */
  public IPv4Address toIpAddress() {
    return block;
  }

  /** The n-th address of the block (0 is the network address). */
  public Ipv4Address address(long n) {
    if (n < 0 || n >= size()) {
      throw ErrorCode.INVALID_PARAMETER.exception(null, "address index " + n + " is outside " + this, this);
    }
    return Ipv4Address.wrap(block.getLower().withoutPrefixLength().toIPv4().increment(n).toIPv4());
  }

  @Override
  public int compareTo(Cidr other) {
    int c = block.getLower().withoutPrefixLength().compareTo(other.block.getLower().withoutPrefixLength());
    return c != 0 ? c : Integer.compare(prefixLength(), other.prefixLength());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Cidr && ((Cidr) o).toString().equals(toString());
  }

  @Override
  public int hashCode() {
    return toString().hashCode();
  }

  /** The canonical text, e.g. {@code 172.16.0.0/16}. */
  @Override
  public String toString() {
    return block.toCanonicalString();
  }
}
