package dev.cenkit.model;

import dev.cenkit.error.ErrorCode;
import dev.cenkit.error.RuleId;
import java.util.Collection;
import org.jspecify.annotations.Nullable;

/**
 * Parameter checks shared by the model, the builders and providers. Every failure is a typed
 * {@link dev.cenkit.error.CenkitException} naming the parameter and the offending value, never a
 * {@link NullPointerException} or a library's raw exception.
 */
public final class Checks {
  /** Longest name the APIs accept (R4). */
  public static final int MAX_NAME_LENGTH = 128;
  /** Longest description the APIs accept (R4). */
  public static final int MAX_DESCRIPTION_LENGTH = 256;

  private Checks() {}

  /**
   * Returns {@code value} if it is present and not blank.
   *
   * @throws dev.cenkit.error.InvalidParameterException {@code MissingParameter} otherwise
   */
  public static <T> T required(@Nullable T value, String parameter) {
    if (value == null) {
      throw ErrorCode.MISSING_PARAMETER.exception(null, parameter + " is required but was null");
    }
    if (value instanceof CharSequence && value.toString().isBlank()) {
      throw ErrorCode.MISSING_PARAMETER.exception(null, parameter + " is required but was empty");
    }
    return value;
  }

  /** Checks that no element of {@code values} is null. */
  public static <C extends Collection<?>> C noNullElements(@Nullable C values, String parameter) {
    required(values, parameter);
    for (Object v : values) {
      if (v == null) {
        throw ErrorCode.MISSING_PARAMETER.exception(null, parameter + " contains a null element");
      }
    }
    return values;
  }

  /**
   * Checks a resource name against R4: 1 to 128 characters, not starting with {@code http://} or
   * {@code https://}.
   *
   * @throws dev.cenkit.error.InvalidParameterException {@code InvalidName.Malformed}
   */
  public static String name(@Nullable String name, String what) {
    return text(name, what + " name", MAX_NAME_LENGTH, ErrorCode.INVALID_NAME);
  }

  /**
   * Checks a description against R4: 1 to 256 characters, not starting with {@code http://} or
   * {@code https://}.
   *
   * @throws dev.cenkit.error.InvalidParameterException {@code InvalidDescription.Malformed}
   */
  public static String description(@Nullable String description, String what) {
    return text(description, what + " description", MAX_DESCRIPTION_LENGTH, ErrorCode.INVALID_DESCRIPTION);
  }

  private static String text(@Nullable String value, String parameter, int max, ErrorCode code) {
    required(value, parameter);
    if (value.length() > max) {
      throw code.exception(
          RuleId.R4, parameter + " has " + value.length() + " characters; at most " + max + " are allowed", value);
    }
    String lower = value.toLowerCase(java.util.Locale.ROOT);
    if (lower.startsWith("http://") || lower.startsWith("https://")) {
      throw code.exception(
          RuleId.R4, parameter + " '" + value + "' must not start with http:// or https://", value);
    }
    if (!value.equals(value.strip())) {
      throw code.exception(RuleId.R4, parameter + " '" + value + "' must not start or end with white space", value);
    }
    return value;
  }

  /**
   * Checks that {@code value} lies in {@code [min, max]}.
   *
   * @throws dev.cenkit.error.CenkitException with {@code code} and {@code rule}
   */
  public static long inRange(long value, long min, long max, String parameter, ErrorCode code, @Nullable RuleId rule) {
    if (value < min || value > max) {
      throw code.exception(rule, parameter + " is " + value + "; it must be between " + min + " and " + max, value);
    }
    return value;
  }
}
