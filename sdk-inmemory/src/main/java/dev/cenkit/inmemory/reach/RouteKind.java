package dev.cenkit.inmemory.reach;

/** Where an effective route of a router comes from. */
enum RouteKind {
  /** A vSwitch CIDR block of the VPC itself: delivered locally. */
  VSWITCH,
  /** The VPC system route to 100.64.0.0/10: Alibaba Cloud services. */
  CLOUD_SERVICES,
  /** A custom route entry of the VPC. */
  CUSTOM,
  /** A route learned from the CEN the VPC is attached to. */
  CEN_LEARNED
}
