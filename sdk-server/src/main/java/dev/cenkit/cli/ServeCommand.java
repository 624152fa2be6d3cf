package dev.cenkit.cli;

import dev.cenkit.error.CenkitException;
import dev.cenkit.inmemory.InMemoryCloud;
import dev.cenkit.model.RegionId;
import dev.cenkit.server.Authenticator;
import dev.cenkit.server.CenkitServer;
import dev.cenkit.server.Product;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code cenkit serve}: the emulator on localhost, until interrupted; optionally starting from a snapshot file and
 * saving the final state to one on exit.
 */
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false,
    exitCodeOnInvalidInput = ExitCodes.USAGE, exitCodeOnExecutionException = ExitCodes.INTERNAL,
    description = {
        "Serve the Alibaba Cloud RPC API of an in-memory cloud on 127.0.0.1, until interrupted (Ctrl-C).",
        "Products: Vpc 2016-04-28, Cbn 2017-09-12, CloudAPI 2016-07-14, Ecs 2014-05-26, and cenkit's own 2026-12-01",
        "(CheckReachability, data centers, functions)."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:stopped", "64:bad arguments", "65:the --snapshot file is refused", "66:a snapshot file cannot be read or written",
        "69:cannot listen on the port", "70:internal error"})
final class ServeCommand implements Callable<Integer> {
  @Option(names = "--port", defaultValue = "8080", description = "The port (0 picks a free one). Default: ${DEFAULT-VALUE}.")
  int port;

  @Option(names = "--snapshot", paramLabel = "FILE", description = "Start from this snapshot file (docs/snapshot-format.md) instead of an empty cloud.")
  Path snapshot;

  @Option(names = "--save", paramLabel = "FILE", description = "On exit (Ctrl-C, SIGTERM), write the cloud's final state to this snapshot file.")
  Path save;

  @Option(names = "--region", defaultValue = "cn-hangzhou", paramLabel = "REGION",
      description = "The region of a call that names none (API Gateway calls to a local endpoint). Default: ${DEFAULT-VALUE}.")
  String region;

  @Option(names = "--strict", paramLabel = "ID=SECRET",
      description = "Verify v3 and v2 signatures, accepting only these AccessKeys (repeatable).")
  Map<String, String> strict;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /** Counted down to stop: by the shutdown hook (Ctrl-C, SIGTERM) or by tests. */
  final CountDownLatch stop = new CountDownLatch(1);
  /** Counted down once the server is closed and the state saved, so the shutdown hook can wait for it. */
  private final CountDownLatch stopped = new CountDownLatch(1);

  @Override
  public Integer call() {
    RegionId defaultRegion;
    try {
      defaultRegion = RegionId.of(region);
    } catch (CenkitException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--region '" + region + "': " + e.getMessage());
    }
    // --save writes the final state as a snapshot file, which needs the cloud's history (a loaded file's cloud records it).
    InMemoryCloud cloud = snapshot == null ? InMemoryCloud.builder().recordHistory(save != null).build() : SnapshotFileArgument.load(snapshot);
    CenkitServer.Builder builder = CenkitServer.builder().cloud(cloud).port(port).defaultRegion(defaultRegion);
    if (strict != null && !strict.isEmpty()) {
      builder.authenticator(Authenticator.strict(strict));
    }
    CenkitServer server;
    try {
      server = builder.start();
    } catch (BindException e) {
      throw new CliFailure(ExitCodes.UNAVAILABLE, "cenkit: cannot listen on 127.0.0.1:" + port + ": " + e.getMessage());
    } catch (IOException e) {
      throw new CliFailure(ExitCodes.UNAVAILABLE, "cenkit: cannot start the server on port " + port + ": " + e);
    }
    Thread hook = new Thread(() -> {
      stop.countDown();
      try {
        stopped.await(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "cenkit-serve-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    printSettings(server, cloud, defaultRegion);
    try {
      stop.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      server.close();
    }
    try {
      if (save != null) {
        SnapshotFileArgument.save(cloud, save);
        spec.commandLine().getOut().println("cenkit: saved the final state (snapshot version " + cloud.snapshot().version() + ") to " + save);
        spec.commandLine().getOut().flush();
      }
    } finally {
      stopped.countDown();
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException shuttingDown) {
        // the hook is running: it waits for stopped, counted down above
      }
    }
    return ExitCodes.OK;
  }

  /** What a client needs: endpoint, protocol, AccessKey, region, and what is served. */
  private void printSettings(CenkitServer server, InMemoryCloud cloud, RegionId defaultRegion) {
    PrintWriter out = spec.commandLine().getOut();
    out.println("cenkit emulator listening on http://" + server.endpoint());
    out.println("  endpoint: " + server.endpoint() + "   protocol: http   AccessKey: "
        + (strict == null || strict.isEmpty() ? "any ID and secret (signatures not verified)" : "only " + String.join(", ", strict.keySet())
            + " (v3 and v2 signatures verified)"));
    out.println("  region: each call's RegionId; a call without one (API Gateway) goes to " + defaultRegion.id());
    out.println("  state: " + (snapshot == null ? "an empty cloud" : snapshot + " (snapshot version " + cloud.snapshot().version() + ")")
        + (save == null ? "" : "; saved to " + save + " on exit"));
    for (Product p : Product.values()) {
      out.println("  " + p.productName() + " " + p.version() + ": " + server.actions().actions(p).size() + " actions");
    }
    out.println("  Java: new com.aliyun.teaopenapi.models.Config().setAccessKeyId(\"ak\").setAccessKeySecret(\"sk\")"
        + ".setEndpoint(\"" + server.endpoint() + "\").setProtocol(\"http\")");
    out.flush();
  }
}
