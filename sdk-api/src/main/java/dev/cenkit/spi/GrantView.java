package dev.cenkit.spi;

import dev.cenkit.model.NetworkInstanceId;
import dev.cenkit.model.cen.CenGrant;
import dev.cenkit.model.cen.CenId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The cross-account grants of a snapshot: {@code GrantInstanceToCen} grants (R8) and
 * {@code GrantInstanceToTransitRouter} grants (E18), each at most one per instance and CEN.
 */
public interface GrantView {
  /** Every {@code GrantInstanceToCen} grant, keyed by instance id and CEN id ({@code vpc-…/cen-…}). */
  Map<String, CenGrant> cenGrants();

  /** Every {@code GrantInstanceToTransitRouter} grant, keyed by instance id and CEN id ({@code vpc-…/cen-…}). */
  Map<String, CenGrant> transitRouterGrants();

  /** The {@code GrantInstanceToCen} grant of {@code instance} to {@code cen}, if there is one. */
  Optional<CenGrant> cenGrant(NetworkInstanceId instance, CenId cen);

  /** The {@code GrantInstanceToTransitRouter} grant of {@code instance} to {@code cen}, if there is one. */
  Optional<CenGrant> transitRouterGrant(NetworkInstanceId instance, CenId cen);

  /** The {@code GrantInstanceToCen} grants of {@code instance}, by CEN id. */
  List<CenGrant> cenGrantsOf(NetworkInstanceId instance);

  /** The {@code GrantInstanceToTransitRouter} grants of {@code instance}, by CEN id. */
  List<CenGrant> transitRouterGrantsOf(NetworkInstanceId instance);
}
