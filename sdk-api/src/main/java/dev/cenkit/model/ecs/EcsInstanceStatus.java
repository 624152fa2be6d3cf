package dev.cenkit.model.ecs;

/** The status of an ECS instance; cenkit completes transitions at once, so only Running and Stopped persist. */
public enum EcsInstanceStatus {
  /** Being created. */
  PENDING("Pending"),
  /** Starting. */
  STARTING("Starting"),
  /** Running. */
  RUNNING("Running"),
  /** Stopping. */
  STOPPING("Stopping"),
  /** Stopped. */
  STOPPED("Stopped");

  private final String apiValue;

  EcsInstanceStatus(String apiValue) {
    this.apiValue = apiValue;
  }

  /** The value the API uses. */
  public String apiValue() {
    return apiValue;
  }

  @Override
  public String toString() {
    return apiValue;
  }
}
