package dev.cenkit.model.expressconnect;

import dev.cenkit.model.CenkitStyle;
import dev.cenkit.model.Checks;
import dev.cenkit.model.Cidr;
import dev.cenkit.model.Ipv4Address;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An on-premises data center: cenkit's own model of the customer side of an Express Connect circuit
 * (decision D10). Alibaba Cloud has no such object; cenkit creates it with its own action
 * {@code cenkit:CreateDataCenter} so that reachability can start or end in a data center.
 *
 * <p>A data center has address prefixes (never inside 100.64.0.0/10), named hosts inside them, the routes it
 * sends towards the cloud ({@link DataCenterRoute}, declared by the user), and a flag saying whether its
 * resolvers can resolve cloud domain names (D14). Describe one with {@link dev.cenkit.dsl.Cenkit#dataCenter(String)}:
 *
 * <pre>{@code
 * DataCenterSpec idc = Cenkit.dataCenter("hz-idc").prefix("192.168.0.0/16").host("backend", "192.168.10.5");
 * }</pre>
 */
@Value.Immutable
@CenkitStyle
public interface DataCenter {
  /** The data center id ({@code idc-…}, cenkit's own prefix). */
  DataCenterId id();

  /** The name. */
  String name();

  /** The address prefixes of the data center, in the order given. */
  List<Cidr> prefixes();

  /** Named hosts, each inside a prefix. */
  Map<String, Ipv4Address> hosts();

  /** The routes the data center sends towards the cloud (D10). */
  List<DataCenterRoute> routes();

  /**
   * Whether the data center's resolvers can resolve cloud domain names, e.g. through a DNS forwarder or a
   * hosts entry (D14). False by default.
   */
  @Value.Default
  default boolean resolvesCloudDomains() {
    return false;
  }

  /** Whether {@code address} lies inside one of the prefixes. */
  default boolean contains(Ipv4Address address) {
    return prefixes().stream().anyMatch(p -> p.contains(address));
  }

  /** Whether {@code block} lies inside one of the prefixes. */
  default boolean contains(Cidr block) {
    return prefixes().stream().anyMatch(p -> p.contains(block));
  }

  /** The host with this name, if there is one. */
  default Optional<Ipv4Address> host(String hostName) {
    return Optional.ofNullable(hosts().get(hostName));
  }

  @Value.Check
  default void check() {
    Checks.name(name(), "data center");
    hosts().keySet().forEach(h -> Checks.name(h, "data center host"));
  }


  /** A builder of the value (for tests and providers; to create a data center, use {@link dev.cenkit.dsl.Cenkit#dataCenter(String)}). */
  static Builder builder() {
    return new Builder();
  }

  /** A builder initialised from this value. */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** The builder of {@link DataCenter}. */
  class Builder extends ImmutableDataCenter.Builder {}
}
