package dev.cenkit.inmemory.reach;

/** Where an effective route of a router comes from, and so where it leads. */
enum RouteKind {
  /** A vSwitch CIDR block of the VPC itself: delivered locally. */
  VSWITCH,
  /** The VPC system route to 100.64.0.0/10: Alibaba Cloud services in the VPC's region. */
  CLOUD_SERVICES,
  /** A custom route entry whose next hop is a router interface: to the router at its far end. */
  ROUTER_INTERFACE,
  /** A custom route entry to a next hop cenkit does not model as a router (an ECS instance and others). */
  UNMODELLED_NEXT_HOP,
  /** A route learned from the CEN the router is attached to: to the instance that advertised it. */
  CEN_LEARNED,
  /** A VBR's static route to its data center, over its circuit (D10). */
  DATA_CENTER,
  /** A cloud-service route of the VBR's CEN for its region: to the host VPC (R31-R34). */
  CLOUD_SERVICE_ROUTE,
  /** A route whose next hop is a transit router connection (custom, or auto-published, E16, DE7). */
  TRANSIT_ROUTER
}
