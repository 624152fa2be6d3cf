package dev.cenkit.cli;

import dev.cenkit.dsl.Cenkit;
import dev.cenkit.inmemory.InMemoryCloud;
import dev.cenkit.inmemory.files.SnapshotFiles;
import dev.cenkit.model.RegionId;
import dev.cenkit.model.vpc.Vpc;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The training run of the class-data-sharing archive built at package time ({@code target/cenkit.jsa}, see
 * docs/command-line.md): runs {@code cenkit serve --port 0 --snapshot <a one-VPC file>} in this JVM, answers one
 * {@code DescribeVpcs} (checked to return the file's VPC) and one unknown action, and stops. Run with
 * {@code -XX:ArchiveClassesAtExit=target/cenkit.jsa}, the JVM then archives every class the start of {@code serve}
 * and its first answer load, so a later {@code java -XX:SharedArchiveFile=target/cenkit.jsa -jar target/cenkit.jar serve}
 * maps them instead of loading, verifying and linking them again. Exits 1 if the server does not answer as expected.
 */
public final class StartupTraining {
  private StartupTraining() {}

  /** Runs the training; no arguments. */
  public static void main(String[] args) throws Exception {
    Path dir = Files.createTempDirectory("cenkit-cds");
    Path file = dir.resolve("training.json");
    InMemoryCloud cloud = InMemoryCloud.builder().recordHistory(true).build();
    Vpc vpc = cloud.create(Cenkit.vpc(RegionId.CN_HANGZHOU).named("training").cidr("172.16.0.0/16").vSwitch("cn-hangzhou-h", "172.16.1.0/24"));
    SnapshotFiles.export(cloud.snapshot(), file);

    picocli.CommandLine cli = CenkitCommand.commandLine();
    StringWriter out = new StringWriter();
    cli.setOut(new PrintWriter(out, true));
    ServeCommand serve = cli.getSubcommands().get("serve").getCommand();
    CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(
        () -> cli.execute("serve", "--port", "0", "--snapshot", file.toString()));
    int status = 1;
    try {
      int port = port(out, exit);
      String answer = post(port, "Action=DescribeVpcs&Version=2016-04-28&RegionId=cn-hangzhou");
      String error = post(port, "Action=DescribeNothing&Version=2016-04-28&RegionId=cn-hangzhou");
      if (answer.startsWith("HTTP/1.1 200") && answer.contains(vpc.id().value()) && error.contains("InvalidAction.NotFound")) {
        status = 0;
      } else {
        System.err.println("cenkit CDS training: unexpected answers:\n" + answer + "\n" + error);
      }
    } finally {
      serve.stop.countDown();
      exit.get(60, TimeUnit.SECONDS);
      Files.deleteIfExists(file);
      Files.deleteIfExists(dir);
    }
    System.exit(status);
  }

  private static int port(StringWriter out, CompletableFuture<Integer> exit) throws InterruptedException {
    Pattern listening = Pattern.compile("listening on http://127\\.0\\.0\\.1:(\\d+)");
    for (int i = 0; i < 1200 && !exit.isDone(); i++) {
      Matcher m = listening.matcher(out.toString());
      if (m.find()) {
        return Integer.parseInt(m.group(1));
      }
      Thread.sleep(50);
    }
    throw new IllegalStateException("cenkit serve did not start: " + out);
  }

  /** One {@code POST /?query} over a fresh connection; the whole response, status line first. */
  static String post(int port, String query) throws IOException {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
      socket.setSoTimeout(60_000);
      OutputStream o = socket.getOutputStream();
      o.write(("POST /?" + query + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      o.flush();
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
