package dev.cenkit.model.vpc;

/** The status of a vSwitch. */
public enum VSwitchStatus {
  /** Being created or changed (transitional, R3, R41). */
  PENDING,
  /** Ready for use. */
  AVAILABLE
}
