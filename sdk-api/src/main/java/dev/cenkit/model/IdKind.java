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

  /** A kind whose ids are 32 lower-case hexadecimal digits (API groups, APIs, VPC access authorizations). */
  public static IdKind hex32(String description, String example) {
    return new IdKind(description, "", Pattern.compile("[0-9a-f]{32}"), example);
  }

  /** Whether {@code value} is a well-formed id of this kind. */
  public boolean matches(@Nullable String value) {
    return value != null && pattern.matcher(value).matches();
  }

  /**
   * Returns {@code value} if it is a well-formed id of this kind.
   *
   * @throws dev.cenkit.error.InvalidParameterException {@code MissingParameter} or
   *     {@code InvalidParameter.ResourceId} naming the expected kind and the value given
   */
  public String check(@Nullable String value) {
    Checks.required(value, description + " id");
    if (!matches(value)) {
      throw ErrorCode.INVALID_RESOURCE_ID.exception(
          null, "expected a " + description + " id like '" + example + "', got '" + value + "'", value);
    }
    return value;
  }
}
