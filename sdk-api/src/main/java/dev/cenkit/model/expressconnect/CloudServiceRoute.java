package dev.cenkit.model.expressconnect;

import dev.cenkit.model.Checks;
import dev.cenkit.model.Cidr;
import dev.cenkit.model.CenkitStyle;
import dev.cenkit.model.RegionId;
import dev.cenkit.model.cen.CenId;
import dev.cenkit.model.vpc.VpcId;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A CEN "access to cloud services" route ({@code ResolveAndRouteServiceInCen}, R31-R35): in
 * {@link #accessRegion()}, the CEN routes {@link #host()} (inside 100.64.0.0/10) into {@link #hostVpcId()},
 * so that a data center behind a VBR of that region reaches a cloud service such as an API Gateway egress
 * range. It is the only way a VBR learns a 100.64.0.0/10 prefix. Kept with the Express Connect state because it
 * serves data centers; the real action belongs to the CEN API ({@code Cbn}).
 */
@Value.Immutable
@CenkitStyle
public interface CloudServiceRoute {
  /** The CEN. */
  CenId cenId();

  /** The service's address or block, inside 100.64.0.0/10 (R33). */
  Cidr host();

  /** The region of the service and of the host VPC. */
  RegionId hostRegion();

  /** The VPC through which the service is reached; attached to the same CEN (R32). */
  VpcId hostVpcId();

  /** The region whose VBRs may use the route; equal to the host region (R34). */
  RegionId accessRegion();

  /** The description, if one was given. */
  Optional<String> description();

  /** The key of the route, as Terraform writes it: {@code cenId:hostRegion:host:accessRegion}. */
  @Value.Derived
  default String key() {
    return key(cenId(), hostRegion(), host(), accessRegion());
  }

  @Value.Check
  default void check() {
    description().ifPresent(d -> Checks.description(d, "cloud-service route"));
  }

  /** The key of a route with these parameters. */
  static String key(CenId cenId, RegionId hostRegion, Cidr host, RegionId accessRegion) {
    return cenId + ":" + hostRegion + ":" + host + ":" + accessRegion;
  }

  /** A builder of the value. */
  static Builder builder() {
    return new Builder();
  }

  /** A builder initialised from this value. */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** The builder of {@link CloudServiceRoute}. */
  class Builder extends ImmutableCloudServiceRoute.Builder {}
}
