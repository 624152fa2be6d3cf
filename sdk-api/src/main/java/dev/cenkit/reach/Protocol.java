package dev.cenkit.reach;

/** The transport protocol of a network question. */
public enum Protocol {
  /** TCP. */
  TCP,
  /** UDP. */
  UDP,
  /** ICMP (the port is ignored). */
  ICMP
}
