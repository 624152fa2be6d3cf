package dev.cenkit.spi.expressconnect;

import dev.cenkit.model.CenkitStyle;
import dev.cenkit.model.Checks;
import dev.cenkit.model.NetworkInstanceId;
import dev.cenkit.model.RegionId;
import dev.cenkit.model.expressconnect.RouterInterface;
import dev.cenkit.model.expressconnect.RouterInterfaceId;
import dev.cenkit.model.expressconnect.RouterInterfaceRole;
import dev.cenkit.spi.operation.Operation;
import java.util.Optional;
import org.immutables.value.Value;

/** {@code CreateRouterInterface}: one end of a point-to-point pair between a VBR and a VPC's vRouter. A VBR can only be the initiating side and must be active; at most one pair between two routers and {@code routerInterfacesPerRouter} interfaces per router (R47); neither router may be attached to a CEN (R7). */
@Value.Immutable
@CenkitStyle
public interface CreateRouterInterfaceRequest extends Operation<RouterInterface> {
  /** {@code RegionId}: the router's region. */
  RegionId region();

  /** {@code RouterId}: a VBR id, or a VPC id standing for its vRouter; {@code RouterType} is derived from it. */
  NetworkInstanceId routerId();

  /** {@code Role}. */
  RouterInterfaceRole role();

  /** {@code OppositeRouterId}. */
  NetworkInstanceId oppositeRouterId();

  /** {@code OppositeRegionId}. */
  RegionId oppositeRegion();

  /** {@code OppositeInterfaceId}, when the other end exists already. */
  Optional<RouterInterfaceId> oppositeInterfaceId();

  /** {@code Name}. */
  Optional<String> name();

  @Value.Check
  default void check() {
    name().ifPresent(n -> Checks.name(n, "router interface"));
  }

  @Override
  default String action() {
    return "CreateRouterInterface";
  }

  @Override
  default String summary() {
    return routerId().value() + " (" + role() + ") -> " + oppositeRouterId().value();
  }

  /** A builder of the request. */
  static Builder builder() {
    return new Builder();
  }

  /** The builder of {@link CreateRouterInterfaceRequest}. */
  class Builder extends ImmutableCreateRouterInterfaceRequest.Builder {}
}
