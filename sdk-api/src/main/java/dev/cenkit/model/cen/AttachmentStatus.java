package dev.cenkit.model.cen;

/** The status of a CEN child attachment. */
public enum AttachmentStatus {
  /** Being attached (transitional, R3). */
  ATTACHING,
  /** Attached: the instance advertises and learns routes. */
  ATTACHED,
  /** Being detached (transitional, R3). */
  DETACHING
}
