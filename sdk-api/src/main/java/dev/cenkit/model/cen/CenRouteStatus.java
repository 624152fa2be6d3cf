package dev.cenkit.model.cen;

/** The status of a route in a CEN's route table ({@code Status} of DescribeCenRegionDomainRouteEntries). */
public enum CenRouteStatus {
  /** In effect: the source that wins among identical destinations (D4). */
  ACTIVE,
  /** Not in effect: another source advertises the identical destination and wins (R28, D4); reported as a conflict. */
  CANDIDATE
}
