package dev.cenkit.reach;

/** Whether a hop or blocker lies on the way there or on the way back. */
public enum Direction {
  /** From the source towards the destination. */
  FORWARD,
  /** The reply, from the destination back to the source. */
  RETURN
}
