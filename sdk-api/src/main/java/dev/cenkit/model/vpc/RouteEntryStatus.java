package dev.cenkit.model.vpc;

/** The status of a route entry ({@code Status} of DescribeRouteEntryList). */
public enum RouteEntryStatus {
  /** Being created (transitional, R3, R41). */
  PENDING,
  /** In effect. */
  AVAILABLE,
  /** Being changed (transitional, R3, R41). */
  MODIFYING
}
