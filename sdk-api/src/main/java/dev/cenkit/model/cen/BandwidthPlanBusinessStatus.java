package dev.cenkit.model.cen;

/** The {@code BusinessStatus} of a bandwidth plan; a locked plan cannot be associated (R24). */
public enum BandwidthPlanBusinessStatus {
  /** Usable. */
  NORMAL,
  /** Locked for an overdue payment. */
  FINANCIAL_LOCKED,
  /** Locked for a security reason. */
  SECURITY_LOCKED
}
