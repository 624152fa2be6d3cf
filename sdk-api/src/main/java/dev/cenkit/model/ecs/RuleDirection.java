package dev.cenkit.model.ecs;

/** The direction of a security group rule: ingress rules admit traffic to members, egress rules let it leave. */
public enum RuleDirection {
  /** Traffic arriving at a member ({@code AuthorizeSecurityGroup}). */
  INGRESS("ingress"),
  /** Traffic leaving a member ({@code AuthorizeSecurityGroupEgress}). */
  EGRESS("egress");

  private final String apiValue;

  RuleDirection(String apiValue) {
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
