package dev.cenkit.model;

import inet.ipaddr.AddressStringException;
import inet.ipaddr.AddressStringParameters.RangeParameters;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import inet.ipaddr.IPAddressStringParameters;
import org.jspecify.annotations.Nullable;

/**
 * The one strict reader of IPv4 text shared by {@link Ipv4Address} and {@link Cidr}, on the IPAddress library's
 * parser configured to accept exactly four decimal octets {@code a.b.c.d}, each 0 to 255 written without a leading
 * zero ({@code 0} itself is fine, {@code 010} is not, since other readers take it as octal), optionally followed by
 * {@code /n} with {@code n} 0 to 32, also without a leading zero. Nothing else is accepted: no white space anywhere
 * (not even around the text), no ranges ({@code 10-11}), wildcards ({@code *}), masks ({@code /255.0.0.0}), hex,
 * octal, binary or inet_aton shorthands ({@code 10.1}), single segments ({@code 167772161}), zones, no IPv6.
 * Package-private: callers use the value types.
 *
 * <p>The library decides what is accepted; the reason given for a refusal names the documented rule the text
 * breaks, or repeats the library's own reason.
 */
final class Ipv4Syntax {
  private Ipv4Syntax() {}

  /** Address text: {@code a.b.c.d} and nothing else. */
  private static final IPAddressStringParameters ADDRESS = strict(false);

  /** Block text: {@code a.b.c.d/n} and nothing else. */
  private static final IPAddressStringParameters BLOCK = strict(true);

  private static IPAddressStringParameters strict(boolean prefix) {
    return new IPAddressStringParameters.Builder()
        .allowEmpty(false)
        .setEmptyAsLoopback(false)
        .allowAll(false)
        .allowSingleSegment(false)
        .allowPrefixOnly(false)
        .allowMask(false)
        .allowPrefix(prefix)
        .allowIPv6(false)
        .allowWildcardedSeparator(false)
        .setRangeOptions(RangeParameters.NO_RANGE)
        .getIPv4AddressParametersBuilder()
        .allow_inet_aton(false)
        .allowLeadingZeros(false)
        .allowUnlimitedLeadingZeros(false)
        .allowBinary(false)
        // The library also calls "/0" a leading zero; leading zeros of the length are refused by prefixText.
        .allowPrefixLengthLeadingZeros(true)
        .allowPrefixesBeyondAddressSize(false)
        .allowWildcardedSeparator(false)
        .setRangeOptions(RangeParameters.NO_RANGE)
        .getParentBuilder()
        .toParams();
  }

  /**
   * Reads {@code a.b.c.d} as an unsigned 32-bit number in an {@code int}, or returns {@code null} with the reason
   * put in {@code why[0]}.
   */
  static @Nullable Integer address(String text, String[] why) {
    IPAddress parsed = parse(text, ADDRESS, why);
    return parsed == null ? null : parsed.getLower().toIPv4().intValue();
  }

  /**
   * Reads {@code a.b.c.d/n} as {@code {address, n}} (the address as an unsigned 32-bit number in an {@code int}, not
   * yet checked to be the block's network address), or returns {@code null} with the reason put in {@code why[0]}.
   */
  static int @Nullable [] block(String text, String[] why) {
    IPAddress parsed = parse(text, BLOCK, why);
    if (parsed == null) {
      return null;
    }
    Integer length = parsed.getNetworkPrefixLength();
    if (length == null) {
      why[0] = "a prefix length is required, e.g. '" + text + "/24'";
      return null;
    }
    return new int[] {parsed.getLower().toIPv4().intValue(), length};
  }

  private static @Nullable IPAddress parse(String text, IPAddressStringParameters params, String[] why) {
    // Two rules the library's parameters cannot express: it strips white space around the text, and it reads
    // "/08" as /8 once leading zeros of the length are allowed (they must be, for "/0").
    if (!plain(text)) {
      why[0] = "white space and control characters are not allowed";
      return null;
    }
    int slash = text.indexOf('/');
    if (slash >= 0 && text.length() - slash > 2 && text.charAt(slash + 1) == '0' && text.chars().skip(slash + 1L)
        .allMatch(Ipv4Syntax::isDigit)) {
      String digits = text.substring(slash + 1).replaceFirst("^0+(?=.)", "");
      why[0] = "the prefix length has a leading zero (write /" + digits + ")";
      return null;
    }
    IPAddressString string = new IPAddressString(text, params);
    try {
      // The parameters admit only IPv4 text without ranges or wildcards: the result is one address, or (with a
      // prefix length) the block or the prefixed address it names.
      return string.toAddress().toIPv4();
    } catch (AddressStringException e) {
      why[0] = reason(text, e.getMessage());
      return null;
    }
  }

  /** Whether the text has no white space or control character anywhere. */
  private static boolean plain(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isISOControl(c) || Character.isSpaceChar(c)) {
        return false;
      }
    }
    return true;
  }

  /** Names the documented rule that {@code text} breaks, or falls back on the library's reason. */
  private static String reason(String text, @Nullable String library) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '*' || c == '-' || c == '_') {
        return "ranges and wildcards ('" + c + "') are not allowed; write one address";
      }
    }
    int slash = text.indexOf('/');
    String address = slash < 0 ? text : text.substring(0, slash);
    String[] octets = address.split("\\.", -1);
    if (octets.length != 4) {
      return "an address has exactly four decimal octets separated by dots";
    }
    for (int i = 0; i < 4; i++) {
      String octet = octets[i];
      if (octet.length() > 1 && octet.charAt(0) == '0' && octet.chars().allMatch(Ipv4Syntax::isDigit)) {
        return "octet " + (i + 1) + " has a leading zero (write " + Integer.parseInt(octet.substring(0, Math.min(octet.length(), 9)))
            + ")";
      }
      if (!octet.isEmpty() && octet.chars().allMatch(Ipv4Syntax::isDigit) && (octet.length() > 3 || Integer.parseInt(octet) > 255)) {
        return "octet " + (i + 1) + " is outside 0-255";
      }
    }
    if (slash >= 0) {
      String length = text.substring(slash + 1);
      if (length.isEmpty() || length.length() > 2 || !length.chars().allMatch(Ipv4Syntax::isDigit)) {
        return "the prefix length after '/' must be a number from 0 to 32";
      }
      if (length.length() > 1 && length.charAt(0) == '0') {
        return "the prefix length has a leading zero (write /" + Integer.parseInt(length) + ")";
      }
      if (Integer.parseInt(length) > 32) {
        return "the prefix length " + length + " is outside 0-32";
      }
    }
    return library == null ? "not an IPv4 address in a.b.c.d form" : library;
  }

  private static boolean isDigit(int c) {
    return c >= '0' && c <= '9';
  }

  /** The dotted-quad text of an unsigned 32-bit number. */
  static String format(int value) {
    return ((value >>> 24) & 0xff) + "." + ((value >>> 16) & 0xff) + "." + ((value >>> 8) & 0xff) + "." + (value & 0xff);
  }
}
