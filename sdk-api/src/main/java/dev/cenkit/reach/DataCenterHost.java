package dev.cenkit.reach;

import dev.cenkit.error.ErrorCode;
import dev.cenkit.model.Checks;
import dev.cenkit.model.Ipv4Address;
import dev.cenkit.model.expressconnect.DataCenter;
import dev.cenkit.model.expressconnect.DataCenterId;

/**
 * A machine in an on-premises data center: an address that must lie inside one of the data center's
 * prefixes.
 *
 * @param dataCenterId the data center
 * @param address the machine's address
 */
public record DataCenterHost(DataCenterId dataCenterId, Ipv4Address address) implements Endpoint {
  /** Checks the parameters. */
  public DataCenterHost {
    Checks.required(dataCenterId, "data center id");
    Checks.required(address, "address");
  }

  /** A machine at {@code address} (e.g. {@code "192.168.10.5"}) in {@code dataCenterId}. */
  public static DataCenterHost of(DataCenterId dataCenterId, String address) {
    return new DataCenterHost(dataCenterId, Ipv4Address.of(address));
  }

  /**
   * The named host {@code hostName} of a data center (as declared with
   * {@code Cenkit.dataCenter(..).host("client", "192.168.10.5")}).
   *
   * @throws dev.cenkit.error.InvalidParameterException {@code InvalidParameter} when the data center has no host of that name
   */
  public static DataCenterHost of(DataCenter dataCenter, String hostName) {
    Checks.required(dataCenter, "data center");
    Checks.required(hostName, "host name");
    Ipv4Address address =
        dataCenter.host(hostName)
            .orElseThrow(() -> ErrorCode.INVALID_PARAMETER.exception(
                null,
                "data center '" + dataCenter.name() + "' has no host named '" + hostName + "' (its hosts: "
                    + (dataCenter.hosts().isEmpty() ? "none" : String.join(", ", dataCenter.hosts().keySet()))
                    + "); for an address use DataCenterHost.of(dataCenter.id(), address)",
                dataCenter.id()));
    return new DataCenterHost(dataCenter.id(), address);
  }

  @Override
  public String networkId() {
    return dataCenterId.value();
  }

  @Override
  public String describe() {
    return "host " + address + " in data center " + dataCenterId;
  }
}
