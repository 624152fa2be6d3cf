package dev.cenkit.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code cenkit} command line (docs/command-line.md): {@code serve} (the Alibaba Cloud RPC emulator),
 * {@code check} (a reachability answer, as the exit code) and {@code diagram} (Mermaid), on snapshot files.
 * Exit codes: {@link ExitCodes}.
 */
@Command(
    name = "cenkit",
    mixinStandardHelpOptions = true,
    version = "cenkit 0.1.0",
    exitCodeOnInvalidInput = ExitCodes.USAGE,
    exitCodeOnExecutionException = ExitCodes.INTERNAL,
    description = "Alibaba Cloud CEN, VPC, Express Connect and API Gateway, in memory, with reachability answers.",
    subcommands = {ServeCommand.class, CheckCommand.class, DiagramCommand.class, CommandLine.HelpCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:done; check: REACHABLE", "1:check: TEST_BANDWIDTH_ONLY", "2:check: UNREACHABLE", "64:bad arguments",
        "65:the snapshot file is refused", "66:a file cannot be read or written", "69:serve: cannot listen on the port",
        "70:internal error"})
public final class CenkitCommand implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    ServeWarmup.startFor(args);
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit code (for tests). */
  public static int run(String... args) {
    return commandLine().execute(args);
  }

  /**
   * The command line, configured: a {@link CliFailure} prints its message (never a stack trace) and exits with its
   * code; any other exception is an internal error, printed in one line, exit {@link ExitCodes#INTERNAL}.
   */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new CenkitCommand());
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      if (e instanceof CliFailure failure) {
        commandLine.getErr().println(failure.getMessage());
        if (failure.exitCode() == ExitCodes.USAGE) {
          commandLine.getErr().println("Try 'cenkit " + commandLine.getCommandName() + " --help'.");
        }
        commandLine.getErr().flush();
        return failure.exitCode();
      }
      commandLine.getErr().println("cenkit: internal error (please report it): " + e);
      commandLine.getErr().flush();
      return ExitCodes.INTERNAL;
    });
    return cli;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
