package dev.cenkit.examples;

import dev.cenkit.inmemory.InMemoryCloud;
import dev.cenkit.reach.Blocker;
import dev.cenkit.reach.Fix;
import dev.cenkit.reach.ReachabilityAnswer;
import java.io.PrintStream;
import java.util.EnumSet;

/**
 * Diagnoses Scenario 1 on Enterprise Edition built with two steps left out: VPC-1's connection does not
 * propagate into TR-H's system table, and VPC-3's connection does not auto-publish. Prints the blockers (each
 * with its rule), applies the answer's fixes round by round, and prints the repaired answer.
 */
public final class DiagnoseEnterpriseSetup {
  private static final int MAX_ROUNDS = 4;

  private DiagnoseEnterpriseSetup() {}

  /** Runs the example, printing to standard output. */
  public static void main(String[] args) {
    run(System.out);
  }

  /** Runs the example, printing to {@code out}. */
  public static void run(PrintStream out) {
    ExampleOutput.heading(out, "Diagnose Scenario 1 on Enterprise Edition with two steps left out");
    Scenario1EnterpriseEdition scenario = buildWithTwoStepsLeftOut();
    ReachabilityAnswer answer = scenario.canEcs3CallTheApi();
    ExampleOutput.answer(out, answer);
    ExampleOutput.diagram(out, "DiagnoseEnterpriseSetup-before", scenario.cloud().snapshot(), answer);
    for (int round = 1; round <= MAX_ROUNDS && !answer.isReachable(); round++) {
      out.println("-- round " + round + ": " + answer.blockers().size() + " blocker(s)");
      for (Blocker blocker : answer.blockers()) {
        out.println("blocker " + blocker.code() + blocker.rule().map(r -> " [" + r + "]").orElse("") + " at "
            + blocker.component().describe());
      }
      for (Fix fix : answer.fixes()) {
        out.println("applying fix: " + fix.description());
      }
      scenario.cloud().apply(answer.fixSpec());
      answer = scenario.canEcs3CallTheApi();
    }
    out.println("-- after the fixes");
    ExampleOutput.answer(out, answer);
    ExampleOutput.diagram(out, "DiagnoseEnterpriseSetup", scenario.cloud().snapshot(), answer);
  }

  /** Scenario 1 on Enterprise Edition without c1's propagation (step 5) and without c3's auto-publish (step 6). */
  static Scenario1EnterpriseEdition buildWithTwoStepsLeftOut() {
    return new Scenario1EnterpriseEdition(InMemoryCloud.create(),
        EnumSet.of(Scenario1EnterpriseEdition.Action.PROPAGATE_VPC1, Scenario1EnterpriseEdition.Action.AUTO_PUBLISH_VPC3))
        .build();
  }
}
