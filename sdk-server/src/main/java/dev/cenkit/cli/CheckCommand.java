package dev.cenkit.cli;

import dev.cenkit.inmemory.InMemoryCloud;
import dev.cenkit.model.apigateway.Api;
import dev.cenkit.reach.Endpoint;
import dev.cenkit.reach.ReachabilityAnswer;
import dev.cenkit.spi.CloudSnapshot;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code cenkit check}: can a host call an API, and can the API reach its backend? Prints the answer's explanation
 * and exits with the verdict: 0 {@code REACHABLE}, 1 {@code TEST_BANDWIDTH_ONLY}, 2 {@code UNREACHABLE}.
 */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false,
    exitCodeOnInvalidInput = ExitCodes.USAGE, exitCodeOnExecutionException = ExitCodes.INTERNAL,
    description = {
        "Answer \"can this host call this API, and does the API reach its backend?\" on a snapshot file.",
        "Prints the answer's explanation (hops, blockers with their rules, fixes)."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:REACHABLE", "1:TEST_BANDWIDTH_ONLY (a cross-region hop has no allocated bandwidth)", "2:UNREACHABLE",
        "64:bad arguments (also a host or API not in the snapshot)", "65:the snapshot file is refused",
        "66:the snapshot file cannot be read", "70:internal error"})
final class CheckCommand implements Callable<Integer> {
  @Option(names = "--snapshot", required = true, paramLabel = "FILE", description = "A cenkit snapshot file (docs/snapshot-format.md).")
  Path snapshot;

  @Option(names = "--from", required = true, paramLabel = "HOST",
      description = "The caller: ecs:<instance id or name>, vpc:<VPC id or name>:<IPv4>, dc:<data center id or name>:<IPv4 or host name>.")
  String from;

  @Option(names = "--api", required = true, paramLabel = "API", description = "The API: its id, or its name if only one API has it.")
  String api;

  @Option(names = "--stage", defaultValue = "RELEASE", paramLabel = "STAGE", description = "RELEASE, PRE or TEST. Default: ${DEFAULT-VALUE}.")
  String stage;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    InMemoryCloud cloud = SnapshotFileArgument.load(snapshot);
    ReachabilityAnswer answer = ask(cloud, from, api, stage);
    PrintWriter out = spec.commandLine().getOut();
    out.println(answer.explain());
    out.flush();
    return exitCode(answer);
  }

  /** The full-call answer for the arguments (shared with {@code diagram}). */
  static ReachabilityAnswer ask(InMemoryCloud cloud, String from, String api, String stage) {
    CloudSnapshot snapshot = cloud.snapshot();
    Endpoint client = HostArgument.parse(from, snapshot);
    Api target = ApiArgument.parse(api, snapshot);
    return cloud.reachability().fullCall(client, target.id(), ApiArgument.stage(stage));
  }

  /** 0, 1 or 2 for the verdict. */
  static int exitCode(ReachabilityAnswer answer) {
    switch (answer.verdict()) {
      case REACHABLE:
        return ExitCodes.OK;
      case TEST_BANDWIDTH_ONLY:
        return ExitCodes.TEST_BANDWIDTH_ONLY;
      default:
        return ExitCodes.UNREACHABLE;
    }
  }
}
