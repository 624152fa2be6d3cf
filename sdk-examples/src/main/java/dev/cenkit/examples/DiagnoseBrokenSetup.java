package dev.cenkit.examples;

import dev.cenkit.error.CenkitException;
import dev.cenkit.inmemory.InMemoryCloud;
import dev.cenkit.reach.Blocker;
import dev.cenkit.reach.Fix;
import dev.cenkit.reach.ReachabilityAnswer;
import java.io.PrintStream;

/**
 * Scenario 1 with two documented steps left out — VPC-3 is never attached to the CEN (step 3) and the group's
 * VPC second-level domain is never enabled (step 5) — diagnosed: the answer lists every blocker with the
 * rule it comes from and its fixes; the fixes are applied (a few rounds at most, as a fix can uncover the
 * next blocker) until ecs-3 can call the API.
 */
public final class DiagnoseBrokenSetup {
  /** At most this many rounds of fixes. */
  static final int MAX_ROUNDS = 3;

  private DiagnoseBrokenSetup() {}

  /** Runs the example, printing to standard output. */
  public static void main(String[] args) {
    run(System.out);
  }

  /** Runs the example, printing to {@code out}. */
  public static void run(PrintStream out) {
    ExampleOutput.heading(out, "Diagnose: scenario 1 with VPC-3 not attached and the VPC domain not enabled");
    Scenario1CrossRegionVpc scenario = buildWithTwoStepsLeftOut(out);
    ReachabilityAnswer answer = scenario.canEcs3CallTheApi();
    ExampleOutput.answer(out, answer);
    ExampleOutput.diagram(out, "DiagnoseBrokenSetup-before", scenario.cloud().snapshot(), answer);

    for (int round = 1; round <= MAX_ROUNDS && !answer.isReachable(); round++) {
      out.println("-- round " + round + ": " + answer.blockers().size() + " blocker(s)");
      for (Blocker blocker : answer.blockers()) {
        out.println("blocker " + blocker.code() + blocker.rule().map(r -> " [" + r + "]").orElse("") + " at " + blocker.component().describe());
      }
      for (Fix fix : answer.fixes()) {
        out.println("applying fix: " + fix.description());
      }
      scenario.cloud().apply(answer.fixSpec());
      answer = scenario.canEcs3CallTheApi();
    }
    out.println("-- after the fixes");
    ExampleOutput.answer(out, answer);
    ExampleOutput.diagram(out, "DiagnoseBrokenSetup", scenario.cloud().snapshot(), answer);
  }

  /**
   * Scenario 1's steps, but step 3 attaches only VPC-1 and step 5 only binds VPC-1 to the instance. Step 4 is
   * then rejected (N1: no instance attached in Beijing), as the console would; the rejection is printed.
   */
  static Scenario1CrossRegionVpc buildWithTwoStepsLeftOut(PrintStream out) {
    Scenario1CrossRegionVpc scenario = new Scenario1CrossRegionVpc(InMemoryCloud.create());
    scenario.beforeYouStartCreateVpc1AndVpc3();
    scenario.step1CreateAnApi();
    scenario.step2CreateACenInstance();
    scenario.attachToTheCen(scenario.vpc1()); // step 3 without VPC-3
    try {
      scenario.step4ConfigureABandwidthPlan();
    } catch (CenkitException e) {
      ExampleOutput.rejected(out, "step 4", e);
    }
    scenario.bindVpc1ToTheInstance(); // step 5 without enabling the VPC second-level domain
    return scenario;
  }
}
