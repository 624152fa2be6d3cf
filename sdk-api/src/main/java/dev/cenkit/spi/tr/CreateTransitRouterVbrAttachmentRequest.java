package dev.cenkit.spi.tr;

import dev.cenkit.model.AccountId;
import dev.cenkit.model.CenkitStyle;
import dev.cenkit.model.Checks;
import dev.cenkit.model.RegionId;
import dev.cenkit.model.cen.CenId;
import dev.cenkit.model.expressconnect.VbrId;
import dev.cenkit.model.tr.TransitRouterAttachment;
import dev.cenkit.model.tr.TransitRouterId;
import dev.cenkit.spi.operation.Operation;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code CreateTransitRouterVbrAttachment}: connects a VBR to the Enterprise router of its region (E17); the
 * connection starts unassociated and unpropagated (E7).
 */
@Value.Immutable
@CenkitStyle
public interface CreateTransitRouterVbrAttachmentRequest extends Operation<TransitRouterAttachment> {
  /** {@code TransitRouterId}; or give {@code CenId} and {@code RegionId} to use (or create) the CEN's router there (E5). */
  Optional<TransitRouterId> transitRouterId();

  /** {@code CenId}. */
  Optional<CenId> cenId();

  /** {@code RegionId}. */
  Optional<RegionId> regionId();

  /** {@code VbrId}. */
  VbrId vbrId();

  /**
   * {@code VbrOwnerId}: the account that owns the VBR when it is not the CEN's owner; that account must have
   * granted the VBR to this CEN's transit routers first (E17, E18), which it cannot do by default (R48). Absent:
   * the caller's own VBR.
   */
  Optional<AccountId> vbrOwnerId();

  /** {@code AutoPublishRouteEnabled}; false by default (E7). */
  @Value.Default
  default boolean autoPublishRouteEnabled() {
    return false;
  }

  /** {@code TransitRouterAttachmentName}. */
  Optional<String> transitRouterAttachmentName();

  /** {@code DryRun}: check only; a passing check answers {@code DryRunOperation} (E33). */
  @Value.Default
  default boolean dryRun() {
    return false;
  }

  @Value.Check
  default void check() {
    transitRouterAttachmentName().ifPresent(n -> Checks.name(n, "transit router connection"));
  }

  @Override
  default String action() {
    return "CreateTransitRouterVbrAttachment";
  }

  @Override
  default String summary() {
    return vbrId() + " -> " + transitRouterId().map(Object::toString).orElse(cenId().map(Object::toString).orElse("?") + " in " + regionId().map(Object::toString).orElse("?"));
  }

  /** A builder of the request. */
  static Builder builder() {
    return new Builder();
  }

  /** The builder of {@link CreateTransitRouterVbrAttachmentRequest}. */
  class Builder extends ImmutableCreateTransitRouterVbrAttachmentRequest.Builder {}
}
