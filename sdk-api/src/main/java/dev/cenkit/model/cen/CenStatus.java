package dev.cenkit.model.cen;

/** The status of a CEN instance. */
public enum CenStatus {
  /** Being created (transitional, R3). */
  CREATING,
  /** Ready for use. */
  ACTIVE,
  /** Being changed (transitional, R3). */
  MODIFYING,
  /** Being deleted (transitional, R3). */
  DELETING
}
