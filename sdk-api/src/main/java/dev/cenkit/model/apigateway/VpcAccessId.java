package dev.cenkit.model.apigateway;

import dev.cenkit.model.IdKind;
import dev.cenkit.model.ResourceId;

/** The id of a VPC access authorization: 32 lower-case hexadecimal digits, e.g. {@code 5f1b3216f9a04c2fb5e2c1297b6741dc}. */
public final class VpcAccessId extends ResourceId {
  /** VPC access authorization ids are 32 hexadecimal digits without a prefix. */
  public static final IdKind KIND = IdKind.hex32("VPC access authorization", "5f1b3216f9a04c2fb5e2c1297b6741dc");

  private VpcAccessId(String value) {
    super(KIND, value);
  }

  /**
   * The id with this value.
   *
   * @throws dev.cenkit.error.InvalidParameterException when the value is not a VPC access authorization id
   */
  public static VpcAccessId of(String value) {
    return new VpcAccessId(value);
  }

  @Override
  public IdKind kind() {
    return KIND;
  }
}
