package dev.cenkit.inmemory.rules;

import dev.cenkit.error.ErrorCode;
import dev.cenkit.inmemory.state.Snapshot;
import dev.cenkit.model.expressconnect.DataCenter;
import dev.cenkit.model.expressconnect.DataCenterId;
import dev.cenkit.model.expressconnect.PhysicalConnection;
import dev.cenkit.model.expressconnect.PhysicalConnectionId;
import dev.cenkit.model.expressconnect.RouterInterface;
import dev.cenkit.model.expressconnect.RouterInterfaceId;
import dev.cenkit.model.expressconnect.Vbr;
import dev.cenkit.model.expressconnect.VbrId;

/** Finds the Express Connect resources an operation names, or rejects it with the not-found code. */
public final class ExpressConnectLookups {
  private ExpressConnectLookups() {}

  /** The data center, or {@code InvalidDataCenterId.NotFound} (cenkit's own code). */
  public static DataCenter dataCenter(Snapshot s, DataCenterId id) {
    DataCenter dc = s.expressConnect().dataCenters().get(id);
    if (dc == null) {
      throw ErrorCode.INVALID_DATA_CENTER_ID_NOT_FOUND.exception(null, "data center " + id + " does not exist", id);
    }
    return dc;
  }

  /** The physical connection, or {@code InvalidPhysicalConnectionId.NotFound}. */
  public static PhysicalConnection physicalConnection(Snapshot s, PhysicalConnectionId id) {
    PhysicalConnection pc = s.expressConnect().physicalConnections().get(id);
    if (pc == null) {
      throw ErrorCode.INVALID_PHYSICAL_CONNECTION_ID_NOT_FOUND.exception(
          null, "physical connection " + id + " does not exist", id);
    }
    return pc;
  }

  /** The VBR, or {@code InvalidVbrId.NotFound}. */
  public static Vbr vbr(Snapshot s, VbrId id) {
    Vbr vbr = s.expressConnect().vbrs().get(id);
    if (vbr == null) {
      throw ErrorCode.INVALID_VBR_ID_NOT_FOUND.exception(null, "VBR " + id + " does not exist", id);
    }
    return vbr;
  }

  /** The router interface, or {@code InvalidRouterInterfaceId.NotFound}. */
  public static RouterInterface routerInterface(Snapshot s, RouterInterfaceId id) {
    RouterInterface ri = s.expressConnect().routerInterfaces().get(id);
    if (ri == null) {
      throw ErrorCode.INVALID_ROUTER_INTERFACE_ID_NOT_FOUND.exception(null, "router interface " + id + " does not exist", id);
    }
    return ri;
  }
}
