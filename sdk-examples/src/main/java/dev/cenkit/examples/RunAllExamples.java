package dev.cenkit.examples;

import java.io.PrintStream;

/** Runs every example in turn: the README's "run the examples" command starts here. */
public final class RunAllExamples {
  private RunAllExamples() {}

  /** Runs every example, printing to standard output. */
  public static void main(String[] args) {
    run(System.out);
  }

  /** Runs every example, printing to {@code out}, with an empty line between two examples. */
  public static void run(PrintStream out) {
    Scenario1CrossRegionVpc.run(out);
    out.println();
    Scenario2DataCenterCallsApi.run(out);
    out.println();
    Scenario3ApiCallsDataCenter.run(out);
    out.println();
    DiagnoseBrokenSetup.run(out);
    out.println();
    Scenario3EcsBackend.run(out);
    out.println();
    DiagnoseSecurityGroup.run(out);
  }
}
