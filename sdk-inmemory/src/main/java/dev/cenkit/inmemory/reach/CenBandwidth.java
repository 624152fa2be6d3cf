package dev.cenkit.inmemory.reach;

import dev.cenkit.inmemory.state.Snapshot;
import dev.cenkit.model.Bandwidth;
import dev.cenkit.model.RegionId;
import dev.cenkit.model.cen.CenId;
import dev.cenkit.reach.Fix;
import java.util.List;
import java.util.Optional;

/**
 * The bandwidth a CEN gives a region pair (R12, R18-R20), and the fix that allocates some. Bandwidth plans and
 * inter-region limits are read from the snapshot's CEN state.
 */
final class CenBandwidth {
  private CenBandwidth() {}

  /** The allocated inter-region limit of the pair in the CEN, if any (the snapshot has no plans yet). */
  static Optional<Bandwidth> allocated(Snapshot s, CenId cen, RegionId a, RegionId b) {
    return Optional.empty();
  }

  /** Specs that allocate bandwidth to the pair. */
  static List<Fix> fixes(Snapshot s, CenId cen, RegionId a, RegionId b) {
    return List.of();
  }
}
