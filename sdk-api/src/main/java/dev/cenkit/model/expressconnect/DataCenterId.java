package dev.cenkit.model.expressconnect;

import dev.cenkit.model.IdKind;
import dev.cenkit.model.ResourceId;

/** The id of a data center (cenkit's own resource; Alibaba Cloud has no data-center object), e.g. {@code idc-hz7qthudw0ll6jmc2w}. */
public final class DataCenterId extends ResourceId {
  /** a data center (cenkit's own resource; Alibaba Cloud has no data-center object) ids start with {@code idc-}. */
  public static final IdKind KIND = IdKind.prefixed("data center", "idc-", "idc-hz7qthudw0ll6jmc2w");

  private DataCenterId(String value) {
    super(KIND, value);
  }

  /**
   * The id with this value.
   *
   * @throws dev.cenkit.error.InvalidParameterException when the value is not a data center id
   */
  public static DataCenterId of(String value) {
    return new DataCenterId(value);
  }

  @Override
  public IdKind kind() {
    return KIND;
  }
}
