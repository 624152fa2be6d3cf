package dev.cenkit.model.apigateway;

import dev.cenkit.error.ErrorCode;
import dev.cenkit.error.RuleId;
import dev.cenkit.model.Checks;
import java.util.Arrays;

/** The sub-type of a dedicated instance ({@code InstanceType} on create, {@code DedicatedInstanceType} on read, R49). */
public enum DedicatedInstanceType {
  /** A conventional dedicated instance: backends see its 100.x egress /26 (R52). */
  NORMAL("normal"),
  /** A VPC-integration instance: connected to one user VPC, backends see its ENI addresses there (R52, R53). */
  VPC_CONNECT("vpc_connect");

  private final String apiValue;

  DedicatedInstanceType(String apiValue) {
    this.apiValue = apiValue;
  }

  /** The value the API uses, {@code normal} or {@code vpc_connect}. */
  public String apiValue() {
    return apiValue;
  }

  /**
   * Parses the API value.
   *
   * @throws dev.cenkit.error.InvalidParameterException {@code InvalidParameter.InstanceType} (R49)
   */
  public static DedicatedInstanceType of(String apiValue) {
    Checks.required(apiValue, "dedicated instance type");
    return Arrays.stream(values())
        .filter(t -> t.apiValue.equals(apiValue))
        .findFirst()
        .orElseThrow(
            () ->
                ErrorCode.INVALID_INSTANCE_TYPE.exception(
                    RuleId.R49, "dedicated instance type '" + apiValue + "' is not normal or vpc_connect", apiValue));
  }

  @Override
  public String toString() {
    return apiValue;
  }
}
