package dev.cenkit.model.expressconnect;

import dev.cenkit.model.Checks;
import dev.cenkit.model.CenkitStyle;
import dev.cenkit.model.NetworkInstanceId;
import dev.cenkit.model.RegionId;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One end of an Express Connect router-interface pair: the point-to-point alternative to a CEN between a VBR
 * and a VPC. A VBR can only be the initiating side and must be active (R47); a VPC or VBR that has router
 * interfaces cannot join a CEN, and one in a CEN cannot get router interfaces (R7).
 */
@Value.Immutable
@CenkitStyle
public interface RouterInterface {
  /** The id ({@code ri-…}). */
  RouterInterfaceId id();

  /** The region of the router. */
  RegionId region();

  /** The router the interface is on: a VBR, or a VPC's vRouter (named by the VPC id). */
  NetworkInstanceId routerId();

  /** The side of the pair (R47). */
  RouterInterfaceRole role();

  /** The router at the other end. */
  NetworkInstanceId oppositeRouterId();

  /** The interface at the other end, once known. */
  Optional<RouterInterfaceId> oppositeInterfaceId();

  /** The name, if one was given. */
  Optional<String> name();

  /** The status: idle until connected. */
  @Value.Default
  default RouterInterfaceStatus status() {
    return RouterInterfaceStatus.IDLE;
  }

  /** The router type as the API names it: {@code VBR} or {@code VRouter}. */
  @Value.Derived
  default String routerType() {
    return routerId() instanceof VbrId ? "VBR" : "VRouter";
  }

  @Value.Check
  default void check() {
    name().ifPresent(n -> Checks.name(n, "router interface"));
  }

  /** A builder of the value. */
  static Builder builder() {
    return new Builder();
  }

  /** A builder initialised from this value. */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** The builder of {@link RouterInterface}. */
  class Builder extends ImmutableRouterInterface.Builder {}
}
