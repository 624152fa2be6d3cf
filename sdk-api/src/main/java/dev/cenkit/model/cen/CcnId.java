package dev.cenkit.model.cen;

import dev.cenkit.model.ChildInstanceType;
import dev.cenkit.model.IdKind;
import dev.cenkit.model.NetworkInstanceId;
import dev.cenkit.model.ResourceId;

/**
 * The id of a cloud connect network, e.g. {@code ccn-1a2b3c4d5e6f7g8h9i}: a valid CEN child type (R5) that
 * cenkit does not model, so attaching one is rejected with {@code cenkit.NotModeled}.
 */
public final class CcnId extends ResourceId implements NetworkInstanceId {
  /** CCN ids start with {@code ccn-}. */
  public static final IdKind KIND = IdKind.prefixed("CCN", "ccn-", "ccn-1a2b3c4d5e6f7g8h9i");

  private CcnId(String value) {
    super(KIND, value);
  }

  /**
   * The id with this value.
   *
   * @throws dev.cenkit.error.InvalidParameterException when the value is not a CCN id
   */
  public static CcnId of(String value) {
    return new CcnId(value);
  }

  @Override
  public IdKind kind() {
    return KIND;
  }

  /** Always {@link ChildInstanceType#CCN}. */
  @Override
  public ChildInstanceType childInstanceType() {
    return ChildInstanceType.CCN;
  }
}
