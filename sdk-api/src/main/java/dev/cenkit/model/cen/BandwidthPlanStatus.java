package dev.cenkit.model.cen;

/** The {@code Status} of a bandwidth plan (R24). */
public enum BandwidthPlanStatus {
  /** Not associated with a CEN. */
  IDLE,
  /** Associated with a CEN. */
  IN_USE
}
