package dev.cenkit.model;

import dev.cenkit.error.ErrorCode;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * An enum constant with the exact spelling the Alibaba Cloud API uses for it ({@code Active}, {@code InUse},
 * {@code Attached}, …). Such enums print that spelling and parse it back with {@link #parse}, so a wire front
 * end reads and writes the API's values without a table of its own.
 */
public interface ApiValued {
  /** The value the API shows, e.g. {@code "InUse"}. */
  String apiValue();

  /**
   * The constant of {@code type} whose {@link #apiValue()} is exactly {@code value}.
   *
   * @throws dev.cenkit.error.InvalidParameterException {@code MissingParameter} for a null or blank value,
   *     {@code InvalidParameter} naming the value and the accepted spellings for anything else
   */
  static <E extends Enum<E> & ApiValued> E parse(Class<E> type, @Nullable String value, String parameter) {
    Checks.required(type, "type");
    Checks.required(parameter, "parameter");
    Checks.required(value, parameter);
    E[] constants = type.getEnumConstants();
    return Arrays.stream(constants)
        .filter(c -> c.apiValue().equals(value))
        .findFirst()
        .orElseThrow(
            () ->
                ErrorCode.INVALID_PARAMETER.exception(
                    null,
                    parameter + " '" + value + "' is not one of "
                        + Arrays.stream(constants).map(ApiValued::apiValue).collect(Collectors.joining(", ")),
                    value));
  }
}
