package dev.cenkit.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code cenkit} command line: {@code serve} (more commands as their snapshot files become available). */
@Command(
    name = "cenkit",
    mixinStandardHelpOptions = true,
    version = "cenkit 0.1.0",
    description = "Alibaba Cloud CEN, VPC, Express Connect and API Gateway, in memory, with reachability answers.",
    subcommands = {ServeCommand.class, CommandLine.HelpCommand.class})
public final class CenkitCommand implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit code (for tests). */
  public static int run(String... args) {
    return new CommandLine(new CenkitCommand()).execute(args);
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
