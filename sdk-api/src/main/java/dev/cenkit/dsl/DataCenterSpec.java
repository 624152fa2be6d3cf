package dev.cenkit.dsl;

import dev.cenkit.error.ErrorCode;
import dev.cenkit.model.Checks;
import dev.cenkit.model.Cidr;
import dev.cenkit.model.Ipv4Address;
import dev.cenkit.model.expressconnect.DataCenter;
import dev.cenkit.model.expressconnect.DataCenterId;
import dev.cenkit.spi.Ref;
import dev.cenkit.spi.ResourceSpec;
import dev.cenkit.spi.Spec;
import dev.cenkit.spi.Step;
import dev.cenkit.spi.expressconnect.CreateDataCenterRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The description of an on-premises data center (D10), built fluently:
 *
 * <pre>{@code
 * DataCenterSpec idc = Cenkit.dataCenter("hz-idc").prefix("192.168.0.0/16").host("backend", "192.168.10.5");
 * }</pre>
 *
 * Applying it runs cenkit's own action {@code cenkit:CreateDataCenter} (Alibaba Cloud has no data-center
 * object). Immutable: every method returns a new spec that refers to the same data center, so apply only the
 * final one. Values are parsed when given; the cloud checks the rules (no prefix inside 100.64.0.0/10, hosts
 * inside the prefixes) when the spec is applied.
 */
public final class DataCenterSpec implements ResourceSpec<DataCenter> {
  private final Ref<DataCenterId> ref;
  private final String name;
  private final List<Cidr> prefixes;
  private final Map<String, Ipv4Address> hosts;
  private final boolean resolvesCloudDomains;
  private final Step<DataCenter> create;

  private DataCenterSpec(
      Ref<DataCenterId> ref,
      String name,
      List<Cidr> prefixes,
      Map<String, Ipv4Address> hosts,
      boolean resolvesCloudDomains) {
    this.ref = ref;
    this.name = name;
    this.prefixes = List.copyOf(prefixes);
    this.hosts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(hosts));
    this.resolvesCloudDomains = resolvesCloudDomains;
    List<Cidr> p = this.prefixes;
    Map<String, Ipv4Address> h = this.hosts;
    this.create =
        Step.creating(
            ref,
            b ->
                CreateDataCenterRequest.builder()
                    .name(name)
                    .prefixes(p)
                    .hosts(h)
                    .resolvesCloudDomains(resolvesCloudDomains)
                    .build(),
            DataCenter::id);
  }

  /** Starts the description of a data center named {@code name} (R4 naming rule). */
  static DataCenterSpec named(String name) {
    Checks.name(name, "data center");
    return new DataCenterSpec(Ref.pending(DataCenterId.KIND, name), name, List.of(), Map.of(), false);
  }

  /** Adds an address prefix, e.g. {@code "192.168.0.0/16"}. */
  public DataCenterSpec prefix(String cidrBlock) {
    Cidr cidr = Cidr.of(cidrBlock);
    List<Cidr> more = new ArrayList<>(prefixes);
    more.add(cidr);
    return new DataCenterSpec(ref, name, more, hosts, resolvesCloudDomains);
  }

  /**
   * Adds a named host, e.g. {@code host("backend", "192.168.10.5")}.
   *
   * @throws dev.cenkit.error.InvalidParameterException when the name is used already or the address is malformed
   */
  public DataCenterSpec host(String hostName, String address) {
    Checks.name(hostName, "data center host");
    Ipv4Address ip = Ipv4Address.of(address);
    if (hosts.containsKey(hostName)) {
      throw ErrorCode.INVALID_PARAMETER.exception(
          null, "data center '" + name + "' already has a host named '" + hostName + "'", hostName);
    }
    Map<String, Ipv4Address> more = new LinkedHashMap<>(hosts);
    more.put(hostName, ip);
    return new DataCenterSpec(ref, name, prefixes, more, resolvesCloudDomains);
  }

  /** Declares that the data center's resolvers can resolve cloud domain names (a DNS forwarder or hosts entry, D14). */
  public DataCenterSpec resolvesCloudDomains() {
    return new DataCenterSpec(ref, name, prefixes, hosts, true);
  }

  /** The reference to this data center. */
  public Ref<DataCenterId> ref() {
    return ref;
  }

  /** The name. */
  public String name() {
    return name;
  }

  /** The prefixes given so far. */
  public List<Cidr> prefixes() {
    return prefixes;
  }

  @Override
  public Step<DataCenter> mainStep() {
    return create;
  }

  @Override
  public Spec toSpec() {
    return Spec.empty().plus(create);
  }

  @Override
  public String toString() {
    return toSpec().toString();
  }
}
