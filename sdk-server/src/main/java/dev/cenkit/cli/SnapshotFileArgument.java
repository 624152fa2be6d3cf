package dev.cenkit.cli;

import dev.cenkit.error.CenkitException;
import dev.cenkit.inmemory.InMemoryCloud;
import dev.cenkit.inmemory.files.SnapshotFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads and writes the snapshot files the commands take ({@code --snapshot}, {@code --save}), failing with a clear message. */
final class SnapshotFileArgument {
  private SnapshotFileArgument() {}

  /**
   * The cloud a snapshot file describes, replayed through the API by {@link SnapshotFiles#importFile(Path)}.
   *
   * @throws CliFailure {@link ExitCodes#IO_ERROR} when the file cannot be read, {@link ExitCodes#SNAPSHOT_REFUSED}
   *     when its content is refused (the message names the JSON path and the rule, as the import does)
   */
  static InMemoryCloud load(Path file) {
    if (Files.isDirectory(file)) {
      throw new CliFailure(ExitCodes.IO_ERROR, "cenkit: cannot read the snapshot file " + file + ": it is a directory");
    }
    try {
      return SnapshotFiles.importFile(file);
    } catch (CenkitException e) {
      // the message carries the code, the JSON path and the rule, e.g. "cenkit.SnapshotFile.Invalid: $.version: ..."
      throw new CliFailure(ExitCodes.SNAPSHOT_REFUSED, "cenkit: the snapshot file " + file + " is refused: " + e.getMessage());
    } catch (UncheckedIOException e) {
      throw new CliFailure(ExitCodes.IO_ERROR, "cenkit: cannot read the snapshot file " + file + ": " + reason(e.getCause()));
    }
  }

  /** Writes the cloud's current snapshot to {@code file}, replacing it. */
  static void save(InMemoryCloud cloud, Path file) {
    try {
      SnapshotFiles.export(cloud.snapshot(), file);
    } catch (UncheckedIOException e) {
      throw new CliFailure(ExitCodes.IO_ERROR, "cenkit: cannot write the snapshot file " + file + ": " + reason(e.getCause()));
    }
  }

  private static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
  }
}
