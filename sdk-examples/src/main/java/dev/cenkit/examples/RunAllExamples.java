package dev.cenkit.examples;

/** Runs every example in turn: the README's "run the examples" command starts here. */
public final class RunAllExamples {
  private RunAllExamples() {}

  /** Runs every example, printing to standard output. */
  public static void main(String[] args) {
    TwoRegionCen.run(System.out);
  }
}
