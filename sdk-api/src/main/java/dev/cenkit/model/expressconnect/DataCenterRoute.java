package dev.cenkit.model.expressconnect;

import dev.cenkit.model.Cidr;
import dev.cenkit.model.CenkitStyle;
import org.immutables.value.Value;

/**
 * A route that a data center sends towards the cloud: traffic for {@link #destination()} leaves the data
 * center over the circuit of {@link #vbrId()} (D10). Alibaba Cloud does not see these routes; cenkit models the
 * customer's own routing explicitly so that return paths can be checked.
 */
@Value.Immutable
@CenkitStyle
public interface DataCenterRoute {
  /** The destination in the cloud, e.g. a VPC's block or an API Gateway egress /26. */
  Cidr destination();

  /** The VBR the data center forwards to. */
  VbrId vbrId();

  /** A builder of the value. */
  static Builder builder() {
    return new Builder();
  }

  /** A builder initialised from this value. */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** The builder of {@link DataCenterRoute}. */
  class Builder extends ImmutableDataCenterRoute.Builder {}
}
