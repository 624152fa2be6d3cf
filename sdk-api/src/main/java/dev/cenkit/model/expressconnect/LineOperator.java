package dev.cenkit.model.expressconnect;

import dev.cenkit.error.ErrorCode;
import dev.cenkit.model.Checks;
import java.util.Arrays;

/** The carrier of a physical connection ({@code LineOperator}). */
public enum LineOperator {
  /** China Telecom. */
  CT("CT"),
  /** China Unicom. */
  CU("CU"),
  /** China Mobile. */
  CM("CM"),
  /** Another Chinese carrier. */
  CO("CO"),
  /** Equinix. */
  EQUINIX("Equinix"),
  /** Any other carrier. */
  OTHER("Other");

  private final String apiValue;

  LineOperator(String apiValue) {
    this.apiValue = apiValue;
  }

  /** The value the API uses, e.g. {@code "Equinix"}. */
  public String apiValue() {
    return apiValue;
  }

  /**
   * Parses an API value.
   *
   * @throws dev.cenkit.error.InvalidParameterException {@code InvalidLineOperator.Malformed} for anything else
   */
  public static LineOperator of(String value) {
    Checks.required(value, "line operator");
    return Arrays.stream(values())
        .filter(v -> v.apiValue.equals(value))
        .findFirst()
        .orElseThrow(
            () ->
                ErrorCode.INVALID_LINE_OPERATOR.exception(
                    null, "line operator '" + value + "' is not one of CT, CU, CM, CO, Equinix, Other", value));
  }

  @Override
  public String toString() {
    return apiValue;
  }
}
