package dev.cenkit.model.cen;

import dev.cenkit.model.IdKind;
import dev.cenkit.model.ResourceId;

/** The id of a CEN, e.g. {@code cen-7qthudw0ll6jmc2wv}. */
public final class CenId extends ResourceId {
  /** CEN ids start with {@code cen-}. */
  public static final IdKind KIND = IdKind.prefixed("CEN", "cen-", "cen-7qthudw0ll6jmc2wv");

  private CenId(String value) {
    super(KIND, value);
  }

  /**
   * The id with this value.
   *
   * @throws dev.cenkit.error.InvalidParameterException when the value is not a CEN id
   */
  public static CenId of(String value) {
    return new CenId(value);
  }

  @Override
  public IdKind kind() {
    return KIND;
  }
}
