package dev.cenkit.model.expressconnect;

import dev.cenkit.model.ChildInstanceType;
import dev.cenkit.model.IdKind;
import dev.cenkit.model.NetworkInstanceId;
import dev.cenkit.model.ResourceId;

/** The id of a virtual border router, e.g. {@code vbr-bp1jcg5cmxjbl9xgc0}; a VBR can be a CEN child. */
public final class VbrId extends ResourceId implements NetworkInstanceId {
  /** VBR ids start with {@code vbr-}. */
  public static final IdKind KIND = IdKind.prefixed("VBR", "vbr-", "vbr-bp1jcg5cmxjbl9xgc0");

  private VbrId(String value) {
    super(KIND, value);
  }

  /**
   * The id with this value.
   *
   * @throws dev.cenkit.error.InvalidParameterException when the value is not a VBR id
   */
  public static VbrId of(String value) {
    return new VbrId(value);
  }

  @Override
  public IdKind kind() {
    return KIND;
  }

  /** Always {@link ChildInstanceType#VBR}. */
  @Override
  public ChildInstanceType childInstanceType() {
    return ChildInstanceType.VBR;
  }
}
