package dev.cenkit.model;

import dev.cenkit.error.ErrorCode;
import dev.cenkit.error.RuleId;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/** The types of network instance a CEN accepts as a child ({@code ChildInstanceType}, R5). */
public enum ChildInstanceType {
  /** A virtual private cloud. */
  VPC,
  /** A virtual border router of an Express Connect circuit. */
  VBR,
  /** A cloud connect network: a valid type that cenkit does not model. */
  CCN;

  /**
   * Parses the API value.
   *
   * @throws dev.cenkit.error.InvalidParameterException {@code ParameterIllegal.ChildInstanceType} (R5)
   */
  public static ChildInstanceType of(@Nullable String value) {
    Checks.required(value, "child instance type");
    return Arrays.stream(values())
        .filter(t -> t.name().equals(value))
        .findFirst()
        .orElseThrow(
            () ->
                ErrorCode.CHILD_INSTANCE_TYPE_ILLEGAL.exception(
                    RuleId.R5, "child instance type '" + value + "' is not one of VPC, VBR, CCN", value));
  }
}
