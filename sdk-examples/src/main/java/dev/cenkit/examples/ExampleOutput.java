package dev.cenkit.examples;

import dev.cenkit.diagram.MermaidDiagram;
import dev.cenkit.error.CenkitException;
import dev.cenkit.reach.ReachabilityAnswer;
import dev.cenkit.spi.CloudSnapshot;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** What every example prints at its end: the answer, and where its diagram was written. */
final class ExampleOutput {
  /** Where the diagrams go, relative to the top of the repository. */
  static final String DIAGRAM_DIR = "sdk-examples/target/diagrams";

  private ExampleOutput() {}

  /** Prints a heading line. */
  static void heading(PrintStream out, String title) {
    out.println("== " + title);
  }

  /** Prints that a documented step is done. */
  static void done(PrintStream out, String step) {
    out.println("done: " + step);
  }

  /** Prints the answer: the question, the verdict with the bottleneck bandwidth, the hops, blockers and fixes. */
  static void answer(PrintStream out, ReachabilityAnswer answer) {
    out.print(answer.explain());
  }

  /** The repository-relative path of the diagram of {@code example}. */
  static String diagramPath(String example) {
    return DIAGRAM_DIR + "/" + example + ".mmd";
  }

  /**
   * Writes the Mermaid diagram of {@code snapshot} with {@code answer}'s path to
   * {@code sdk-examples/target/diagrams/<example>.mmd} and prints its path. Works whether the program runs
   * from the top of the repository ({@code mvn exec:java}) or from {@code sdk-examples} (the tests).
   */
  static void diagram(PrintStream out, String example, CloudSnapshot snapshot, ReachabilityAnswer answer) {
    Path top = Files.isDirectory(Path.of("sdk-examples")) ? Path.of("") : Path.of("..");
    Path file = top.resolve(diagramPath(example));
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, MermaidDiagram.of(snapshot, answer), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the diagram " + file, e);
    }
    out.println("diagram: " + diagramPath(example));
  }

  /** Prints a rejection: its code, the rule it enforces and its message. */
  static void rejected(PrintStream out, String step, CenkitException e) {
    out.println("rejected: " + step + ": " + e.getMessage());
  }
}
