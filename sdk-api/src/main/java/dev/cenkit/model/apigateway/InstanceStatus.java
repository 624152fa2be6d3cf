package dev.cenkit.model.apigateway;

/** The status of an API Gateway instance. */
public enum InstanceStatus {
  /** Serving; cenkit completes creation at once. */
  RUNNING,
  /** Changing its spec (transitional, R3). */
  WAIT_SWITCH
}
