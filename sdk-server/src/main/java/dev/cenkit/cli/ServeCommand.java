package dev.cenkit.cli;

import dev.cenkit.inmemory.InMemoryCloud;
import dev.cenkit.server.Authenticator;
import dev.cenkit.server.CenkitServer;
import dev.cenkit.server.Product;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code cenkit serve}: the emulator on localhost, until interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serve the Alibaba Cloud RPC API (Vpc, Cbn, CloudAPI) of an in-memory cloud on 127.0.0.1.")
final class ServeCommand implements Callable<Integer> {
  @Option(names = "--port", defaultValue = "8080", description = "The port (0 picks a free one). Default: ${DEFAULT-VALUE}.")
  int port;

  @Option(names = "--strict", description = "Verify v3 and v2 signatures for this AccessKey, as ID=SECRET (repeatable).")
  Map<String, String> strict;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /** Set by tests: stop after the server has started instead of waiting to be interrupted. */
  CountDownLatch stop = new CountDownLatch(1);

  @Override
  public Integer call() throws Exception {
    InMemoryCloud cloud = InMemoryCloud.create();
    CenkitServer.Builder builder = CenkitServer.builder().cloud(cloud).port(port);
    if (strict != null && !strict.isEmpty()) {
      builder.authenticator(Authenticator.strict(strict));
    }
    CenkitServer server = builder.start();
    Runtime.getRuntime().addShutdownHook(new Thread(server::close, "cenkit-serve-stop"));
    PrintWriter out = spec.commandLine().getOut();
    out.println("cenkit emulator listening on http://" + server.endpoint());
    out.println("  endpoint: " + server.endpoint() + "   protocol: http   AccessKey: "
        + (strict == null || strict.isEmpty() ? "any (signatures not verified)" : "the --strict keys only"));
    for (Product p : Product.values()) {
      out.println("  " + p.productName() + " " + p.version() + ": " + server.actions().actions(p).size() + " actions");
    }
    out.println("  Java: new com.aliyun.teaopenapi.models.Config().setAccessKeyId(\"ak\").setAccessKeySecret(\"sk\")"
        + ".setEndpoint(\"" + server.endpoint() + "\").setProtocol(\"http\")");
    out.println("  API Gateway calls carry no region; they go to cn-hangzhou unless the query has RegionId.");
    out.flush();
    try {
      stop.await();
    } finally {
      server.close();
    }
    return 0;
  }
}
