package dev.cenkit.spi.expressconnect;

import dev.cenkit.model.CenkitStyle;
import dev.cenkit.model.Checks;
import dev.cenkit.model.Cidr;
import dev.cenkit.model.Ipv4Address;
import dev.cenkit.model.expressconnect.DataCenter;
import dev.cenkit.spi.operation.Operation;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/** {@code cenkit:CreateDataCenter}: declares an on-premises data center. This is <em>not</em> an Alibaba Cloud action (Alibaba Cloud has no data-center object); cenkit uses it to model the customer side of a circuit (D10). Prefixes must not lie in 100.64.0.0/10 and hosts must lie inside the prefixes. */
@Value.Immutable
@CenkitStyle
public interface CreateDataCenterRequest extends Operation<DataCenter> {
  /** The name. */
  String name();

  /** The address prefixes; at least one. */
  List<Cidr> prefixes();

  /** Named hosts, each inside a prefix. */
  Map<String, Ipv4Address> hosts();

  /** Whether the data center resolves cloud domain names (a DNS forwarder or hosts entry, D14); false by default. */
  @Value.Default
  default boolean resolvesCloudDomains() {
    return false;
  }

  @Value.Check
  default void check() {
    Checks.name(name(), "data center");
    hosts().keySet().forEach(h -> Checks.name(h, "data center host"));
  }

  @Override
  default String action() {
    return "cenkit:CreateDataCenter";
  }

  @Override
  default String summary() {
    return "'" + name() + "', " + prefixes();
  }

  /** A builder of the request. */
  static Builder builder() {
    return new Builder();
  }

  /** The builder of {@link CreateDataCenterRequest}. */
  class Builder extends ImmutableCreateDataCenterRequest.Builder {}
}
