package dev.cenkit.cli;

import dev.cenkit.diagram.MermaidDiagram;
import dev.cenkit.inmemory.InMemoryCloud;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code cenkit diagram}: the topology of a snapshot file as a Mermaid flowchart, optionally with a call's path marked. */
@Command(name = "diagram", mixinStandardHelpOptions = true, sortOptions = false,
    exitCodeOnInvalidInput = ExitCodes.USAGE, exitCodeOnExecutionException = ExitCodes.INTERNAL,
    description = {
        "Print the topology of a snapshot file as Mermaid flowchart text (paste it into a ```mermaid block).",
        "With --from and --api, the call's path is drawn green and every blocker red."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:printed", "64:bad arguments", "65:the snapshot file is refused", "66:the snapshot file cannot be read",
        "70:internal error"})
final class DiagramCommand implements Callable<Integer> {
  @Option(names = "--snapshot", required = true, paramLabel = "FILE", description = "A cenkit snapshot file (docs/snapshot-format.md).")
  Path snapshot;

  @Option(names = "--from", paramLabel = "HOST", description = "Mark the path of a call from this host (the syntax of check --from).")
  String from;

  @Option(names = "--api", paramLabel = "API", description = "Mark the path of a call to this API (with --from).")
  String api;

  @Option(names = "--stage", defaultValue = "RELEASE", paramLabel = "STAGE", description = "The stage of the marked call. Default: ${DEFAULT-VALUE}.")
  String stage;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    if ((from == null) != (api == null)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--from and --api go together: give both to mark a call, or neither");
    }
    InMemoryCloud cloud = SnapshotFileArgument.load(snapshot);
    String text = from == null
        ? MermaidDiagram.of(cloud.snapshot())
        : MermaidDiagram.of(cloud.snapshot(), CheckCommand.ask(cloud, from, api, stage));
    PrintWriter out = spec.commandLine().getOut();
    out.print(text.endsWith("\n") ? text : text + "\n");
    out.flush();
    return ExitCodes.OK;
  }
}
