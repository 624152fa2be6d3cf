package dev.cenkit.examples;

import dev.cenkit.model.ecs.SecurityGroup;
import dev.cenkit.model.ecs.SecurityGroupRule;
import dev.cenkit.reach.Blocker;
import dev.cenkit.reach.Fix;
import dev.cenkit.reach.ReachabilityAnswer;
import dev.cenkit.inmemory.InMemoryCloud;
import java.io.PrintStream;

/**
 * The most common reason a VPC backend of an API fails, diagnosed: the backend's security group admits port 8080
 * only from VPC-1's own block, so it drops the gateway's traffic from its 100.x egress block. The answer names
 * the group and what decided (its default, as no rule matches), and the least-privilege fix authorizes exactly
 * TCP 8080 from the egress block to this one instance; once applied, the backend is reachable.
 */
public final class DiagnoseSecurityGroup {
  private DiagnoseSecurityGroup() {}

  /** Runs the example, printing to standard output. */
  public static void main(String[] args) {
    run(System.out);
  }

  /** Runs the example, printing to {@code out}. */
  public static void run(PrintStream out) {
    ExampleOutput.heading(out, "Diagnose: the backend's security group drops the gateway's traffic on 8080");
    Scenario3EcsBackend scenario = new Scenario3EcsBackend(InMemoryCloud.create());
    scenario.beforeYouStartCreateVpc1AndTheInstance();
    scenario.runTheBackendInAGroupThatAdmitsTheEgressBlock("172.16.0.0/16"); // the VPC's block, not the gateway's
    scenario.authorizeAndCreateTheApi();
    ReachabilityAnswer answer = scenario.canTheApiReachItsBackend();
    ExampleOutput.answer(out, answer);
    ExampleOutput.diagram(out, "DiagnoseSecurityGroup-before", scenario.cloud().snapshot(), answer);
    for (Blocker blocker : answer.blockers()) {
      out.println("blocker " + blocker.code() + blocker.rule().map(r -> " [" + r + "]").orElse("") + " at " + blocker.component().describe());
    }
    for (Fix fix : answer.fixes()) {
      out.println("applying fix: " + fix.description());
    }
    scenario.cloud().apply(answer.fixSpec());
    for (SecurityGroup g : scenario.cloud().snapshot().ecs().securityGroups().values()) {
      for (SecurityGroupRule r : g.rules()) {
        out.println("rule of " + g.name().orElse(g.id().value()) + ": " + r.summary().replaceFirst("^\\S+ ", ""));
      }
    }
    out.println("-- after the fix");
    answer = scenario.canTheApiReachItsBackend();
    ExampleOutput.answer(out, answer);
    ExampleOutput.diagram(out, "DiagnoseSecurityGroup", scenario.cloud().snapshot(), answer);
  }
}
