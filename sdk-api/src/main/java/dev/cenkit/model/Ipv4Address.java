package dev.cenkit.model;

import dev.cenkit.error.ErrorCode;
import org.jspecify.annotations.Nullable;

/**
 * A single IPv4 address such as {@code 192.168.10.5}.
 *
 * <p>Only the plain dotted quad {@code a.b.c.d} is read: four decimal octets 0-255 with no leading zeros
 * ({@code 10.0.0.010} is rejected, because other readers take {@code 010} as octal 8) and no white space
 * anywhere, not even around the text (nothing is trimmed). Ranges ({@code 10.0.0.1-5}), wildcards
 * ({@code 10.0.0.*}), prefix lengths, shorthands ({@code 10.1}) and IPv6 are rejected with
 * {@code InvalidParameter}.
 */
public final class Ipv4Address implements Comparable<Ipv4Address> {
  private final int bits;

  private Ipv4Address(int bits) {
    this.bits = bits;
  }

  static Ipv4Address ofBits(int bits) {
    return new Ipv4Address(bits);
  }

  /**
   * Parses a dotted-quad IPv4 address (see the class comment for the exact syntax).
   *
   * @throws dev.cenkit.error.MissingParameterException {@code MissingParameter} when the text is null or blank
   * @throws dev.cenkit.error.InvalidParameterException {@code InvalidParameter} when it is not one address
   */
  public static Ipv4Address of(@Nullable String text) {
    Checks.required(text, "IPv4 address");
    Cidr.refuseIpv6(text);
    if (text.indexOf('/') >= 0) {
      throw ErrorCode.INVALID_PARAMETER.exception(
          null, "'" + printable(text) + "' is a CIDR block; an IPv4 address without a prefix length is expected", text);
    }
    String[] why = new String[1];
    Integer parsed = Ipv4Syntax.address(text, why);
    if (parsed == null) {
      throw ErrorCode.INVALID_PARAMETER.exception(
          null, "'" + printable(text) + "' is not a valid IPv4 address: " + why[0], text);
    }
    return new Ipv4Address(parsed);
  }

  /**
   * The address of an unsigned 32-bit number.
   *
   * @throws dev.cenkit.error.InvalidParameterException {@code InvalidParameter} when {@code value} is outside
   *     0 to 2<sup>32</sup>-1
   */
  public static Ipv4Address ofLong(long value) {
    Checks.inRange(value, 0, 0xffff_ffffL, "IPv4 address number", ErrorCode.INVALID_PARAMETER, null);
    return new Ipv4Address((int) value);
  }

  int bits() {
    return bits;
  }

  /** The text quoted in an error message: control characters escaped and at most 80 characters kept. */
  static String printable(String text) {
    StringBuilder sb = new StringBuilder();
    int i = 0;
    for (; i < text.length() && sb.length() < 80; i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c)) {
        sb.append(String.format("\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    return i < text.length() ? sb + "..." : sb.toString();
  }

  /** The address as an unsigned 32-bit number. */
  public long toLong() {
    return Integer.toUnsignedLong(bits);
  }

  @Override
  public int compareTo(Ipv4Address other) {
    return Integer.compareUnsigned(bits, other.bits);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Ipv4Address && ((Ipv4Address) o).bits == bits;
  }

  @Override
  public int hashCode() {
    return bits;
  }

  @Override
  public String toString() {
    return Ipv4Syntax.format(bits);
  }
}
