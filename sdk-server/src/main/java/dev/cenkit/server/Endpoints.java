package dev.cenkit.server;

import dev.cenkit.error.ErrorCode;
import dev.cenkit.model.expressconnect.DataCenterId;
import dev.cenkit.model.vpc.VpcId;
import dev.cenkit.reach.DataCenterHost;
import dev.cenkit.reach.Endpoint;
import dev.cenkit.reach.VpcHost;

/**
 * The endpoints of a reachability question as text: a network id and an address, {@code vpc-…:10.3.1.10} for a
 * host in a VPC and {@code idc-…:192.168.1.5} for a host in a data center. The server and the command line read
 * them the same way.
 */
public final class Endpoints {
  private Endpoints() {}

  /** The endpoint of a network id and an IPv4 address. */
  public static Endpoint of(String networkId, String address) {
    if (networkId.startsWith("vpc-")) {
      return VpcHost.of(VpcId.of(networkId), address);
    }
    if (networkId.startsWith("idc-")) {
      return DataCenterHost.of(DataCenterId.of(networkId), address);
    }
    throw ErrorCode.INVALID_RESOURCE_ID.exception(
        null, "'" + networkId + "' is neither a VPC (vpc-…) nor a data center (idc-…)", networkId);
  }

  /** The endpoint of {@code <network id>:<address>}. */
  public static Endpoint parse(String text) {
    int colon = text.lastIndexOf(':');
    if (colon <= 0 || colon == text.length() - 1) {
      throw ErrorCode.INVALID_PARAMETER.exception(
          null, "host '" + text + "' is not of the form <vpc-… or idc-…>:<IPv4 address>", text);
    }
    return of(text.substring(0, colon), text.substring(colon + 1));
  }
}
