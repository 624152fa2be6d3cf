package dev.cenkit.cli;

import dev.cenkit.inmemory.InMemoryCloud;
import dev.cenkit.server.CenkitServer;
import java.util.List;

/**
 * Prepares {@code cenkit serve} on a second core while the main thread builds the command-line model: initialises
 * the classes of the server, its action table, an empty cloud and, with {@code --snapshot}, the snapshot reader.
 * Nothing it builds is kept; it only moves class loading and initialisation off the critical path, so on a
 * multi-core machine the first answer comes sooner. A failure here is ignored: the main thread meets it again and
 * reports it.
 */
final class ServeWarmup {
  private ServeWarmup() {}

  /** Starts the warm-up if {@code args} run {@code serve}. */
  static void startFor(String[] args) {
    if (args.length == 0 || !args[0].equals("serve") || Runtime.getRuntime().availableProcessors() < 2) {
      return;
    }
    boolean snapshot = List.of(args).stream().anyMatch(a -> a.equals("--snapshot") || a.startsWith("--snapshot="));
    Thread t = new Thread(() -> warm(snapshot), "cenkit-warmup");
    t.setDaemon(true);
    t.start();
  }

  private static void warm(boolean snapshot) {
    try {
      if (snapshot) {
        Class.forName("dev.cenkit.inmemory.files.SnapshotFiles", true, ServeWarmup.class.getClassLoader());
      }
      CenkitServer.builder().cloud(InMemoryCloud.create()).actions(dev.cenkit.server.ActionTable.standard());
    } catch (ClassNotFoundException | RuntimeException | LinkageError ignored) {
      // the main thread does the same work and reports any failure
    }
  }
}
