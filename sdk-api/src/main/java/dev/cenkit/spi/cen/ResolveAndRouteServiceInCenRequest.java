package dev.cenkit.spi.cen;

import dev.cenkit.model.CenkitStyle;
import dev.cenkit.model.Checks;
import dev.cenkit.model.RegionId;
import dev.cenkit.model.cen.CenId;
import dev.cenkit.model.expressconnect.CloudServiceRoute;
import dev.cenkit.model.vpc.VpcId;
import dev.cenkit.spi.operation.Operation;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** {@code ResolveAndRouteServiceInCen} (access to cloud services, R31-R35): routes {@code Host}, an address or block inside 100.64.0.0/10, into {@code HostVpcId} for the VBRs of each access region. The host VPC must be attached to the same CEN (R32); each access region must equal the host region (R34); duplicates and overlaps are rejected (R33). {@code Host} is a string, as in the real API, so that a domain name is answered with {@code ParameterIllegal.Host}. */
@Value.Immutable
@CenkitStyle
public interface ResolveAndRouteServiceInCenRequest extends Operation<List<CloudServiceRoute>> {
  /** {@code CenId}. */
  CenId cenId();

  /** {@code Host}: an IPv4 address or CIDR block inside 100.64.0.0/10. */
  String host();

  /** {@code HostRegionId}. */
  RegionId hostRegion();

  /** {@code HostVpcId}. */
  VpcId hostVpcId();

  /** {@code AccessRegionIds}; at least one, each equal to the host region (R34). */
  List<RegionId> accessRegionIds();

  /** {@code Description}. */
  Optional<String> description();

  @Value.Check
  default void check() {
    Checks.required(host(), "host");
    description().ifPresent(d -> Checks.description(d, "cloud-service route"));
  }

  @Override
  default String action() {
    return "ResolveAndRouteServiceInCen";
  }

  @Override
  default String summary() {
    return cenId() + ", " + host() + ", " + hostRegion() + ", " + hostVpcId() + ", " + accessRegionIds();
  }

  /** A builder of the request. */
  static Builder builder() {
    return new Builder();
  }

  /** The builder of {@link ResolveAndRouteServiceInCenRequest}. */
  class Builder extends ImmutableResolveAndRouteServiceInCenRequest.Builder {}
}
