package dev.cenkit.cli;

/**
 * The exit codes of the {@code cenkit} command line (docs/command-line.md). {@code check} answers with 0, 1 or 2;
 * every failure uses a code of its own above 63 (as in BSD's {@code sysexits.h}), so a script can tell "the API is
 * unreachable" from "the question could not be asked".
 */
public final class ExitCodes {
  /** Success; for {@code check}: the verdict is {@code REACHABLE}. */
  public static final int OK = 0;
  /** {@code check}: the verdict is {@code TEST_BANDWIDTH_ONLY} (a cross-region hop has no allocated bandwidth). */
  public static final int TEST_BANDWIDTH_ONLY = 1;
  /** {@code check}: the verdict is {@code UNREACHABLE}. */
  public static final int UNREACHABLE = 2;
  /** Bad arguments: an unknown option, a missing one, a host or API that is malformed or not in the snapshot. */
  public static final int USAGE = 64;
  /** The snapshot file is refused: not a cenkit snapshot, malformed, or its operations are refused by the API. */
  public static final int SNAPSHOT_REFUSED = 65;
  /** A file cannot be read or written (missing, a directory, no permission). */
  public static final int IO_ERROR = 66;
  /** The server cannot listen (the port is taken or not allowed). */
  public static final int UNAVAILABLE = 69;
  /** An internal error of cenkit (a bug: please report it with the message). */
  public static final int INTERNAL = 70;

  private ExitCodes() {}
}
