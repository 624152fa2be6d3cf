package dev.cenkit.inmemory.scenarios;

import dev.cenkit.inmemory.InMemoryCloud;
import dev.cenkit.model.apigateway.ApiId;
import dev.cenkit.reach.Endpoint;
import java.util.EnumSet;

/** Public access to the scenario builders for tests in other packages. */
public final class ScenarioFixtures {
  private ScenarioFixtures() {}

  /** A scenario that is not finished yet: the cloud, the client and the API. */
  public record Unfinished(InMemoryCloud cloud, Endpoint client, ApiId api) {}

  /** Scenario 1 with every step but enabling the group's VPC domain. */
  public static Unfinished scenario1WithoutVpcDomain() {
    Scenarios.Built b = Scenarios.scenario1(EnumSet.of(Scenarios.Step1.ENABLE_VPC_DOMAIN));
    return new Unfinished(b.cloud(), b.client(), b.api());
  }
}
