package dev.cenkit.model.cen;

import dev.cenkit.model.CenkitStyle;
import dev.cenkit.model.Checks;
import dev.cenkit.model.Tagged;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A Cloud Enterprise Network instance (Basic Edition semantics, D1): global, not regional (R2). Network
 * instances attached to it exchange routes automatically; cross-region traffic draws on bandwidth plans.
 *
 * <p>Describe a new one with {@link dev.cenkit.dsl.Cenkit#cen()} and apply the spec.
 */
@Value.Immutable
@CenkitStyle
public interface CenInstance extends Tagged {
  /** The CEN id ({@code cen-…}). */
  CenId id();

  /** The name, if one was given. */
  Optional<String> name();

  /** The description, if one was given. */
  Optional<String> description();

  /** The protection level; {@link ProtectionLevel#REDUCED} by default. */
  @Value.Default
  default ProtectionLevel protectionLevel() {
    return ProtectionLevel.REDUCED;
  }

  /** The status; cenkit completes transitions at once, so a CEN is {@link CenStatus#ACTIVE}. */
  @Value.Default
  default CenStatus status() {
    return CenStatus.ACTIVE;
  }

  /** The name if there is one, else the id. */
  @Value.Derived
  @Value.Auxiliary
  default String displayName() {
    return name().orElse(id().value());
  }

  /**
   * The account that owns the CEN ({@code OwnerId} in the real describes): the account that created it,
   * {@link dev.cenkit.model.AccountId#DEFAULT} unless it was created acting as another account.
   */
  @Value.Default
  default dev.cenkit.model.AccountId ownerId() {
    return dev.cenkit.model.AccountId.DEFAULT;
  }

  @Value.Check
  default void check() {
    name().ifPresent(n -> Checks.name(n, "CEN"));
    description().ifPresent(d -> Checks.description(d, "CEN"));
    checkTagged("CEN");
  }


  /** A builder of the value. */
  static Builder builder() {
    return new Builder();
  }

  /** A builder initialised from this value. */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** The builder of {@link CenInstance}. */
  class Builder extends ImmutableCenInstance.Builder {}
}
