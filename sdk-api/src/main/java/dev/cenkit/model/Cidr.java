package dev.cenkit.model;

import dev.cenkit.error.ErrorCode;
import inet.ipaddr.ipv4.IPv4Address;
import org.jspecify.annotations.Nullable;

/**
 * An IPv4 CIDR block such as {@code 172.16.0.0/16}. The address must be the network address of the block
 * ({@code 10.0.0.1/8} is rejected).
 *
 * <p>Only the plain form {@code a.b.c.d/n} is read: four decimal octets 0-255 and a prefix length 0-32, with no
 * leading zeros ({@code 010.0.0.0/8} and {@code 10.0.0.0/08} are rejected, because other readers take
 * {@code 010} as octal 8) and no white space anywhere, not even around the text (nothing is trimmed).
 * Ranges ({@code 10-11.0.0.0/8}), wildcards ({@code 10.*.0.0/16}), masks ({@code 10.0.0.0/255.0.0.0}),
 * shorthands ({@code 10/8}) and IPv6 are rejected with {@code InvalidCidrBlock.Malformed}.
 *
 * <p>Equality, hashing and ordering work on the two numbers (network address, prefix length), so they are
 * cheap; the IPAddress library is an implementation detail that does not appear in the public API.
 */
public final class Cidr implements Comparable<Cidr> {
  /** {@code 100.64.0.0/10}, reserved for Alibaba Cloud services (R26, R33). */
  public static final Cidr CLOUD_SERVICES = of("100.64.0.0/10");

  private final int network;
  private final int prefixLength;
  private final IPv4Address block;

  private Cidr(int network, int prefixLength) {
    this.network = network;
    this.prefixLength = prefixLength;
    this.block = new IPv4Address(network, prefixLength).toPrefixBlock();
  }

  /**
   * Parses an IPv4 CIDR block written as {@code a.b.c.d/n} (see the class comment for the exact syntax).
   *
   * @throws dev.cenkit.error.MissingParameterException {@code MissingParameter} when the text is null or blank
   * @throws dev.cenkit.error.InvalidParameterException {@code InvalidCidrBlock.Malformed} when the text is not
   *     an IPv4 prefix written as {@code a.b.c.d/n} with {@code n} in 0..32 and zero host bits
   */
  public static Cidr of(@Nullable String text) {
    Checks.required(text, "CIDR block");
    refuseIpv6(text);
    String[] why = new String[1];
    int[] block = Ipv4Syntax.block(text, why);
    if (block == null) {
      throw malformed(text, why[0]);
    }
    int address = block[0];
    int length = block[1];
    int mask = mask(length);
    if ((address & ~mask) != 0) {
      throw malformed(
          text,
          "the address is not the network address of the block; did you mean '"
              + Ipv4Syntax.format(address & mask) + "/" + length + "'?");
    }
    return new Cidr(address, length);
  }

  /**
   * Refuses IPv6 text with the typed not-modelled error rather than calling it malformed: cenkit models IPv4
   * only. The IPAddress library decides what is IPv6.
   */
  static void refuseIpv6(String text) {
    if (text.indexOf(':') >= 0 && new inet.ipaddr.IPAddressString(text.strip()).isIPv6()) {
      throw ErrorCode.NOT_MODELED.exception(
          null, "'" + text + "' is an IPv6 address or block; cenkit models IPv4 only", text);
    }
  }

  /**
   * Parses an IPv4 address ({@code 10.0.0.5}, taken as a /32) or a CIDR block, in the strict syntax of
   * {@link Ipv4Address#of(String)} and {@link #of(String)}.
   */
  public static Cidr ofHostOrBlock(@Nullable String text) {
    Checks.required(text, "address or CIDR block");
    return text.indexOf('/') >= 0 ? of(text) : of(Ipv4Address.of(text));
  }

  /** The /32 block of one address. */
  public static Cidr of(@Nullable Ipv4Address address) {
    Checks.required(address, "address");
    return new Cidr(address.bits(), 32);
  }

  /**
   * The block of length {@code prefixLength} that holds {@code address}, e.g. {@code 10.0.0.0/30} for
   * {@code 10.0.0.2} and 30.
   *
   * @throws dev.cenkit.error.InvalidParameterException {@code MissingParameter} for a null address,
   *     {@code InvalidCidrBlock.Malformed} for a prefix length outside 0-32
   */
  public static Cidr containing(@Nullable Ipv4Address address, int prefixLength) {
    Checks.required(address, "address");
    Checks.inRange(prefixLength, 0, 32, "prefix length", ErrorCode.INVALID_CIDR_BLOCK_MALFORMED, null);
    return new Cidr(address.bits() & mask(prefixLength), prefixLength);
  }

  private static RuntimeException malformed(String text, String why) {
    return ErrorCode.INVALID_CIDR_BLOCK_MALFORMED.exception(
        null, "'" + Ipv4Address.printable(text) + "' is not a valid IPv4 CIDR block: " + why, text);
  }

  private static int mask(int length) {
    return length == 0 ? 0 : -1 << (32 - length);
  }

  /** The prefix length, 0 to 32. */
  public int prefixLength() {
    return prefixLength;
  }

  /** The network (first) address of the block. */
  public Ipv4Address network() {
    return Ipv4Address.ofBits(network);
  }

  /** The last address of the block. */
  public Ipv4Address last() {
    return Ipv4Address.ofBits(network | ~mask(prefixLength));
  }

  /** Whether {@code other} lies entirely inside this block (a block contains itself). */
  public boolean contains(@Nullable Cidr other) {
    Checks.required(other, "CIDR block");
    return block.contains(other.block);
  }

  /** Whether {@code address} lies inside this block. */
  public boolean contains(@Nullable Ipv4Address address) {
    Checks.required(address, "address");
    return (address.bits() & mask(prefixLength)) == network;
  }

  /** Whether the two blocks share at least one address. */
  public boolean overlaps(@Nullable Cidr other) {
    Checks.required(other, "CIDR block");
    return block.contains(other.block) || other.block.contains(block);
  }

  /** The number of addresses in the block. */
  public long size() {
    return 1L << (32 - prefixLength);
  }

  /**
   * The n-th address of the block (0 is the network address).
   *
   * @throws dev.cenkit.error.InvalidParameterException {@code InvalidParameter} when {@code n} is outside the block
   */
  public Ipv4Address address(long n) {
    if (n < 0 || n >= size()) {
      throw ErrorCode.INVALID_PARAMETER.exception(null, "address index " + n + " is outside " + this, this);
    }
    return Ipv4Address.ofBits((int) (Integer.toUnsignedLong(network) + n));
  }

  @Override
  public int compareTo(Cidr other) {
    int c = Integer.compareUnsigned(network, other.network);
    return c != 0 ? c : Integer.compare(prefixLength, other.prefixLength);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o == this || (o instanceof Cidr && ((Cidr) o).network == network && ((Cidr) o).prefixLength == prefixLength);
  }

  @Override
  public int hashCode() {
    return network * 33 + prefixLength;
  }

  /** The canonical text, e.g. {@code 172.16.0.0/16}. */
  @Override
  public String toString() {
    return Ipv4Syntax.format(network) + "/" + prefixLength;
  }
}
