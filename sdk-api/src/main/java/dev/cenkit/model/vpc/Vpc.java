package dev.cenkit.model.vpc;

import dev.cenkit.model.CenkitStyle;
import dev.cenkit.model.Checks;
import dev.cenkit.model.Tagged;
import dev.cenkit.model.Cidr;
import dev.cenkit.model.RegionId;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A virtual private cloud: a regional private network with a primary IPv4 CIDR block (R36, D9) and a system
 * route table created with it. Immutable; read it from a provider's snapshot or describe calls.
 *
 * <p>To create one, describe it with {@link dev.cenkit.dsl.Cenkit#vpc(RegionId)} and apply the spec:
 *
 * <pre>{@code
 * VpcSpec vpc1 = Cenkit.vpc(CN_HANGZHOU).named("VPC-1").cidr("172.16.0.0/16").vSwitch("cn-hangzhou-h", "172.16.1.0/24");
 * Vpc created = cloud.create(vpc1);
 * }</pre>
 */
@Value.Immutable
@CenkitStyle
public interface Vpc extends Tagged {
  /** The VPC id ({@code vpc-…}). */
  VpcId id();

  /** The region of the VPC (R1). */
  RegionId region();

  /** The primary IPv4 CIDR block. */
  Cidr cidrBlock();

  /** The name ({@code VpcName}), if one was given. */
  Optional<String> name();

  /** The description, if one was given. */
  Optional<String> description();

  /** The system route table created with the VPC; the CEN learns and installs routes only here (N2). */
  RouteTableId routeTableId();

  /** The status; cenkit completes transitions at once, so a VPC is {@link VpcStatus#AVAILABLE}. */
  @Value.Default
  default VpcStatus status() {
    return VpcStatus.AVAILABLE;
  }

  /** The name if there is one, else the id: how messages and diagrams name the VPC. */
  @Value.Derived
  @Value.Auxiliary
  default String displayName() {
    return name().orElse(id().value());
  }

  /**
   * The account that owns the VPC ({@code OwnerId} in the real describes): the account that created it,
   * {@link dev.cenkit.model.AccountId#DEFAULT} unless it was created acting as another account.
   */
  @Value.Default
  default dev.cenkit.model.AccountId ownerId() {
    return dev.cenkit.model.AccountId.DEFAULT;
  }

  @Value.Check
  default void check() {
    name().ifPresent(n -> Checks.name(n, "VPC"));
    description().ifPresent(d -> Checks.description(d, "VPC"));
    checkTagged("VPC");
  }


  /** A builder of the value (for tests and providers; to create a VPC, use {@link dev.cenkit.dsl.Cenkit#vpc(RegionId)}). */
  static Builder builder() {
    return new Builder();
  }

  /** A builder initialised from this value. */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** The builder of {@link Vpc}. */
  class Builder extends ImmutableVpc.Builder {}
}
