package dev.cenkit.model.vpc;

import dev.cenkit.model.ChildInstanceType;
import dev.cenkit.model.IdKind;
import dev.cenkit.model.NetworkInstanceId;
import dev.cenkit.model.ResourceId;

/** The id of a VPC, e.g. {@code vpc-bp18sth14qii3pnvx}. */
public final class VpcId extends ResourceId implements NetworkInstanceId {
  /** VPC ids start with {@code vpc-}. */
  public static final IdKind KIND = IdKind.prefixed("VPC", "vpc-", "vpc-bp18sth14qii3pnvx");

  private VpcId(String value) {
    super(KIND, value);
  }

  /**
   * The id with this value.
   *
   * @throws dev.cenkit.error.InvalidParameterException when the value is not a VPC id
   */
  public static VpcId of(String value) {
    return new VpcId(value);
  }

  @Override
  public IdKind kind() {
    return KIND;
  }

  /** Always {@link ChildInstanceType#VPC}. */
  @Override
  public ChildInstanceType childInstanceType() {
    return ChildInstanceType.VPC;
  }
}
