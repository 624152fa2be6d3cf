package dev.cenkit.model;

import dev.cenkit.error.ErrorCode;
import dev.cenkit.error.NotModeledException;
import inet.ipaddr.IPAddress;
import inet.ipaddr.ipv4.IPv4Address;
import org.jspecify.annotations.Nullable;

/** A single IPv4 address such as {@code 192.168.10.5}. */
public final class Ipv4Address implements Comparable<Ipv4Address> {
  private final IPv4Address address;

  private Ipv4Address(IPv4Address address) {
    this.address = address;
  }

  static Ipv4Address wrap(IPv4Address address) {
    return new Ipv4Address(address.withoutPrefixLength().toIPv4());
  }

  /**
   * Parses a dotted-quad IPv4 address.
   *
   * @throws dev.cenkit.error.InvalidParameterException {@code InvalidParameter} when it is not one
   */
  public static Ipv4Address of(@Nullable String text) {
    Checks.required(text, "IPv4 address");
    String trimmed = text.trim();
    if (trimmed.contains("/")) {
      throw ErrorCode.INVALID_PARAMETER.exception(
          null, "'" + text + "' is a CIDR block; an IPv4 address without a prefix length is expected", text);
    }
    IPAddress parsed;
    try {
      parsed = Cidr.parse(text, trimmed);
    } catch (NotModeledException e) {
      throw e;
    } catch (RuntimeException e) {
      throw ErrorCode.INVALID_PARAMETER.exception(null, "'" + text + "' is not a valid IPv4 address", text);
    }
    return new Ipv4Address(parsed.toIPv4());
  }

  IPv4Address address() {
    return address;
  }

  /** The address as an unsigned 32-bit number. */
  public long toLong() {
    return address.longValue();
  }

  @Override
  public int compareTo(Ipv4Address other) {
    return Long.compare(toLong(), other.toLong());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Ipv4Address && ((Ipv4Address) o).toLong() == toLong();
  }

  @Override
  public int hashCode() {
    return Long.hashCode(toLong());
  }

  @Override
  public String toString() {
    return address.toCanonicalString();
  }
}
