package dev.cenkit.model.ecs;

/** What a matching security group rule does ({@code Policy}); at equal priority {@code drop} wins (SG16). */
public enum RulePolicy {
  /** The packet is admitted. */
  ACCEPT("accept"),
  /** The packet is silently discarded. */
  DROP("drop");

  private final String apiValue;

  RulePolicy(String apiValue) {
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
