package dev.cenkit.model.vpc;

import dev.cenkit.model.IdKind;
import dev.cenkit.model.ResourceId;

/** The id of a vSwitch, e.g. {@code vsw-bp1s5fnvk4gn2tws0}. */
public final class VSwitchId extends ResourceId {
  /** vSwitch ids start with {@code vsw-}. */
  public static final IdKind KIND = IdKind.prefixed("vSwitch", "vsw-", "vsw-bp1s5fnvk4gn2tws0");

  private VSwitchId(String value) {
    super(KIND, value);
  }

  /**
   * The id with this value.
   *
   * @throws dev.cenkit.error.InvalidParameterException when the value is not a vSwitch id
   */
  public static VSwitchId of(String value) {
    return new VSwitchId(value);
  }

  @Override
  public IdKind kind() {
    return KIND;
  }
}
