package dev.cenkit.model.ecs;

/**
 * Whether the members of a security group reach each other ({@code InnerAccessPolicy}, SG13): {@code Accept}
 * (a basic group's default) lets members talk regardless of user rules; {@code Drop} isolates them unless a
 * user rule admits the traffic. Advanced groups are always {@code Drop} (SG11).
 */
public enum InnerAccessPolicy {
  /** Members reach each other; this takes precedence over user rules. */
  ACCEPT("Accept"),
  /** Members are isolated unless a user rule admits the traffic. */
  DROP("Drop");

  private final String apiValue;

  InnerAccessPolicy(String apiValue) {
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
