package dev.cenkit.model;

import org.jspecify.annotations.Nullable;

/**
 * The one strict reader of IPv4 text shared by {@link Ipv4Address} and {@link Cidr}: exactly four decimal
 * octets {@code a.b.c.d}, each 0 to 255 written without a leading zero ({@code 0} itself is fine, {@code 010}
 * is not, since other readers take it as octal), optionally followed by {@code /n} with {@code n} 0 to 32,
 * also without a leading zero. Nothing else is accepted: no white space anywhere (not even around the text), no
 * ranges ({@code 10-11}), wildcards ({@code *}), masks ({@code /255.0.0.0}), hex or inet_aton shorthands
 * ({@code 10.1}), no IPv6. Package-private: callers use the value types.
 */
final class Ipv4Syntax {
  private Ipv4Syntax() {}

  /**
   * Reads {@code a.b.c.d} from {@code text[start, end)} as an unsigned 32-bit number in an {@code int}, or
   * returns {@code null} with the reason put in {@code why[0]}.
   */
  static @Nullable Integer address(String text, int start, int end, String[] why) {
    int value = 0;
    int pos = start;
    for (int octet = 0; octet < 4; octet++) {
      if (octet > 0) {
        if (pos >= end || text.charAt(pos) != '.') {
          why[0] = "an address has exactly four decimal octets separated by dots";
          return null;
        }
        pos++;
      }
      int digitsStart = pos;
      int n = 0;
      while (pos < end && pos - digitsStart < 4 && isDigit(text.charAt(pos))) {
        n = n * 10 + (text.charAt(pos) - '0');
        pos++;
      }
      int digits = pos - digitsStart;
      if (digits == 0) {
        why[0] = describeNonDigit(text, pos, end);
        return null;
      }
      if (digits > 3 || n > 255) {
        why[0] = "octet " + (octet + 1) + " is outside 0-255";
        return null;
      }
      if (digits > 1 && text.charAt(digitsStart) == '0') {
        why[0] = "octet " + (octet + 1) + " has a leading zero (write " + n + ")";
        return null;
      }
      value = (value << 8) | n;
    }
    if (pos != end) {
      why[0] = describeNonDigit(text, pos, end);
      return null;
    }
    return value;
  }

  /** Reads the prefix length {@code n} from {@code text[start, end)}, or returns -1 with the reason in {@code why[0]}. */
  static int prefixLength(String text, int start, int end, String[] why) {
    int digits = end - start;
    if (digits == 0 || digits > 2) {
      why[0] = "the prefix length after '/' must be a number from 0 to 32";
      return -1;
    }
    int n = 0;
    for (int i = start; i < end; i++) {
      if (!isDigit(text.charAt(i))) {
        why[0] = "the prefix length after '/' must be a number from 0 to 32";
        return -1;
      }
      n = n * 10 + (text.charAt(i) - '0');
    }
    if (digits > 1 && text.charAt(start) == '0') {
      why[0] = "the prefix length has a leading zero (write /" + n + ")";
      return -1;
    }
    if (n > 32) {
      why[0] = "the prefix length " + n + " is outside 0-32";
      return -1;
    }
    return n;
  }

  private static String describeNonDigit(String text, int pos, int end) {
    if (pos >= end) {
      return "an address has exactly four decimal octets separated by dots";
    }
    char c = text.charAt(pos);
    if (Character.isWhitespace(c) || Character.isISOControl(c)) {
      return "white space and control characters are not allowed";
    }
    if (c == '*' || c == '-') {
      return "ranges and wildcards ('" + c + "') are not allowed; write one address";
    }
    return "unexpected character '" + c + "' at position " + (pos + 1);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** The dotted-quad text of an unsigned 32-bit number. */
  static String format(int value) {
    return ((value >>> 24) & 0xff) + "." + ((value >>> 16) & 0xff) + "." + ((value >>> 8) & 0xff) + "." + (value & 0xff);
  }
}
