package dev.cenkit.model;

import dev.cenkit.error.ErrorCode;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The kind of a resource id: what it names, the real prefix ({@code vpc-}, {@code cen-}, {@code vbr-}…) and the
 * pattern a valid id matches. Used to reject an id of the wrong kind (a VBR id where a VPC id is expected)
 * with a clear error.
 *
 * @param description what the id names, e.g. {@code "VPC"}
 * @param prefix the real prefix, empty for ids without one (API groups use 32 hex digits)
 * @param pattern the whole-id pattern
 * @param example an example of a valid id, used in messages
 */
public record IdKind(String description, String prefix, Pattern pattern, String example) {
  /** Checks that every part is present. */
  public IdKind {
    Checks.required(description, "id kind description");
    if (prefix == null) {
      throw dev.cenkit.error.ErrorCode.MISSING_PARAMETER.exception(null, "id prefix is required but was null (use \"\" for none)");
    }
    Checks.required(pattern, "id pattern");
    Checks.required(example, "id example");
  }

  /** A kind whose ids are {@code prefix} followed by lower-case letters, digits and dashes. */
  public static IdKind prefixed(String description, String prefix, String example) {
    Checks.required(prefix, "id prefix");
    return new IdKind(description, prefix, Pattern.compile(Pattern.quote(prefix) + "[a-z0-9][a-z0-9-]*"), example);
  }

  /**
   * A kind whose ids are {@code prefix} followed by lower-case letters, digits and dashes, but do not continue
   * with {@code excluded} (transit routers: {@code tr-} but not {@code tr-attach-}, a connection's prefix).
   */
  public static IdKind prefixedExcept(String description, String prefix, String excluded, String example) {
    Checks.required(prefix, "id prefix");
    Checks.required(excluded, "excluded id text");
    return new IdKind(description, prefix,
        Pattern.compile(Pattern.quote(prefix) + "(?!" + Pattern.quote(excluded) + ")" + PREFIXED_REST), example);
  }

  /** A kind whose ids are 32 lower-case hexadecimal digits (API groups, APIs, VPC access authorizations). */
  public static IdKind hex32(String description, String example) {
    return new IdKind(description, "", Pattern.compile("[0-9a-f]{32}"), example);
  }

  /** Whether {@code value} is a well-formed id of this kind. */
  public boolean matches(@Nullable String value) {
    if (value == null) {
      return false;
    }
    // The patterns of this class's factories are checked by hand (ids are made and checked on every operation);
    // any other pattern through the regex engine.
    String p = pattern.pattern();
    if (p.equals(HEX32)) {
      return value.length() == 32 && allOf(value, 0, true);
    }
    int n = prefix.length();
    int from = 4 + n; // after \Q prefix \E
    int to = p.length() - PREFIXED_REST.length();
    if (to >= from && p.startsWith("\\Q") && p.startsWith(prefix, 2) && p.startsWith("\\E", 2 + n)
        && p.endsWith(PREFIXED_REST) && prefix.indexOf('\\') < 0) {
      boolean rest = value.length() > n && value.startsWith(prefix) && value.charAt(n) != '-' && allOf(value, n, false);
      if (to == from) {
        return rest; // prefixed(...)
      }
      if (p.startsWith(EXCEPT_OPEN, from) && p.startsWith(EXCEPT_CLOSE, to - EXCEPT_CLOSE.length())) {
        // prefixedExcept(...): the excluded text sits between (?!\Q and \E)
        int at = from + EXCEPT_OPEN.length();
        int length = to - EXCEPT_CLOSE.length() - at;
        return rest && !value.regionMatches(n, p, at, length);
      }
    }
    return pattern.matcher(value).matches();
  }

  private static final String EXCEPT_OPEN = "(?!\\Q";
  private static final String EXCEPT_CLOSE = "\\E)";
  private static final String HEX32 = "[0-9a-f]{32}";
  private static final String PREFIXED_REST = "[a-z0-9][a-z0-9-]*";

  /** Whether every character from {@code from} is a lower-case hex digit ({@code hex}) or a-z, 0-9 or a dash. */
  private static boolean allOf(String value, int from, boolean hex) {
    for (int i = from; i < value.length(); i++) {
      char c = value.charAt(i);
      boolean ok = hex ? (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')
          : (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || c == '-';
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns {@code value} if it is a well-formed id of this kind.
   *
   * @throws dev.cenkit.error.InvalidParameterException {@code MissingParameter} or
   *     {@code InvalidParameter.ResourceId} naming the expected kind and the value given
   */
  public String check(@Nullable String value) {
    if (value == null || value.isBlank()) {
      Checks.required(value, description + " id");
    }
    if (!matches(value)) {
      throw ErrorCode.INVALID_RESOURCE_ID.exception(
          null, "expected a " + description + " id like '" + example + "', got '" + value + "'", value);
    }
    return value;
  }
}
