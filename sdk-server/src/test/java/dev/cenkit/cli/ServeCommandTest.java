package dev.cenkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.aliyun.teaopenapi.models.Config;
import com.aliyun.vpc20160428.models.CreateVpcRequest;
import com.aliyun.vpc20160428.models.DescribeVpcsRequest;
import com.aliyun.vpc20160428.models.DescribeVpcsResponseBody;
import dev.cenkit.cli.Scenario1Files.Built;
import dev.cenkit.cli.Scenario1Files.Stage1;
import dev.cenkit.inmemory.InMemoryCloud;
import dev.cenkit.inmemory.files.SnapshotFiles;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code cenkit serve} starts the emulator, optionally from a snapshot file, prints what a client needs, and serves the official client. */
class ServeCommandTest {
  @TempDir Path dir;

  /** A running {@code serve} in this JVM, with its output. */
  private record Running(CommandLine cli, ServeCommand serve, StringWriter out, StringWriter err, CompletableFuture<Integer> exit) {
    static Running start(String... args) {
      CommandLine cli = CenkitCommand.commandLine();
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      cli.setOut(new PrintWriter(out, true));
      cli.setErr(new PrintWriter(err, true));
      ServeCommand serve = cli.getSubcommands().get("serve").getCommand();
      String[] all = new String[args.length + 1];
      all[0] = "serve";
      System.arraycopy(args, 0, all, 1, args.length);
      return new Running(cli, serve, out, err, CompletableFuture.supplyAsync(() -> cli.execute(all)));
    }

    String endpoint() throws InterruptedException {
      Pattern listening = Pattern.compile("listening on http://(127\\.0\\.0\\.1:\\d+)");
      for (int i = 0; i < 600 && !exit.isDone(); i++) {
        Matcher m = listening.matcher(out.toString());
        if (m.find()) {
          return m.group(1);
        }
        Thread.sleep(50);
      }
      throw new AssertionError("serve printed no endpoint: " + out + err);
    }

    int stop() throws Exception {
      serve.stop.countDown();
      return exit.get(20, TimeUnit.SECONDS);
    }
  }

  private static com.aliyun.vpc20160428.Client vpcClient(String endpoint) throws Exception {
    return new com.aliyun.vpc20160428.Client(
        new Config().setAccessKeyId("ak").setAccessKeySecret("sk").setEndpoint(endpoint).setProtocol("http"));
  }

  @Test
  void servePrintsTheEndpointSettingsAndTheOfficialClientPointedAtItIsServed() throws Exception {
    Running serve = Running.start("--port", "0");
    try {
      String endpoint = serve.endpoint();
      com.aliyun.vpc20160428.Client vpc = vpcClient(endpoint);
      vpc.createVpc(new CreateVpcRequest().setRegionId("cn-hangzhou").setCidrBlock("172.16.0.0/16"));

      assertThat(vpc.describeVpcs(new DescribeVpcsRequest().setRegionId("cn-hangzhou")).getBody().getTotalCount()).isEqualTo(1);
      assertThat(serve.out().toString())
          .contains("endpoint: " + endpoint).contains("protocol: http").contains("AccessKey: any ID and secret")
          .contains("a call without one (API Gateway) goes to cn-hangzhou").contains("state: an empty cloud")
          .contains("Vpc 2016-04-28").contains("Cbn 2017-09-12").contains("CloudAPI 2016-07-14").contains("Cenkit 2026-12-01");
    } finally {
      assertThat(serve.stop()).isZero();
    }
  }

  @Test
  void serveStartsFromASnapshotFileAndTheOfficialClientReadsItsVpcs() throws Exception {
    Built s = Scenario1Files.build(Stage1.COMPLETE);
    Path f = Scenario1Files.write(dir, s, "complete");
    Running serve = Running.start("--port", "0", "--snapshot", f.toString());
    try {
      DescribeVpcsResponseBody beijing = vpcClient(serve.endpoint()).describeVpcs(new DescribeVpcsRequest().setRegionId("cn-beijing")).getBody();

      assertThat(beijing.getTotalCount()).isEqualTo(1);
      assertThat(beijing.getVpcs().getVpc().get(0).getVpcId()).isEqualTo(s.vpc3().id().value());
      assertThat(serve.out().toString()).contains("state: " + f + " (snapshot version " + s.cloud().snapshot().version() + ")");
    } finally {
      assertThat(serve.stop()).isZero();
    }
  }

  @Test
  void theReadmesServeCommandAndClientBlockListVpc3OfTheExampleFile() throws Exception {
    Running serve = Running.start("--port", "0", "--snapshot", Path.of("..", "docs", "examples", "scenario1.json").toString());
    try {
      assertThat(dev.cenkit.server.ReadmeClientSnippet.describeBeijingVpcs(serve.endpoint())).containsExactly("VPC-3");
    } finally {
      assertThat(serve.stop()).isZero();
    }
  }

  @Test
  void serveSavesTheFinalStateOnExitAndTheFileReadsBack() throws Exception {
    Path saved = dir.resolve("after.json");
    Running serve = Running.start("--port", "0", "--save", saved.toString());
    String vpcId;
    try {
      vpcId = vpcClient(serve.endpoint())
          .createVpc(new CreateVpcRequest().setRegionId("cn-shanghai").setCidrBlock("10.8.0.0/16").setVpcName("saved")).getBody().getVpcId();
      assertThat(serve.out().toString()).contains("saved to " + saved + " on exit");
    } finally {
      assertThat(serve.stop()).isZero();
    }

    InMemoryCloud reread = SnapshotFiles.importFile(saved);
    assertThat(reread.snapshot().vpc().vpcs().keySet()).extracting(id -> id.value()).containsExactly(vpcId);
    assertThat(serve.out().toString()).contains("saved the final state");
  }

  @Test
  void aRefusedSnapshotFileStopsServeBeforeItListensWithTheFilesError() throws Exception {
    Path f = dir.resolve("broken.json");
    Files.writeString(f, "{\"format\": \"cenkit-snapshot\", \"version\": 1, \"seed\": ");

    Running serve = Running.start("--port", "0", "--snapshot", f.toString());

    assertThat(serve.exit().get(20, TimeUnit.SECONDS)).isEqualTo(ExitCodes.SNAPSHOT_REFUSED);
    assertThat(serve.err().toString()).contains("the snapshot file " + f + " is refused").contains("cenkit.SnapshotFile.Invalid")
        .contains("not valid JSON").doesNotContain("\tat ");
    assertThat(serve.out().toString()).doesNotContain("listening");
  }

  @Test
  void aPortInUseExits69() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      Cli run = Cli.run("serve", "--port", String.valueOf(taken.getLocalPort()));

      assertThat(run.exitCode()).isEqualTo(ExitCodes.UNAVAILABLE);
      assertThat(run.err()).contains("cannot listen on 127.0.0.1:" + taken.getLocalPort());
    }
  }

  @Test
  void unknownOptionsAndBadRegionsExitWithTheUsageCode() {
    assertThat(Cli.run("serve", "--colour", "blue").exitCode()).isEqualTo(ExitCodes.USAGE);
    Cli badRegion = Cli.run("serve", "--port", "0", "--region", "mars-north-1");
    assertThat(badRegion.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(badRegion.err()).contains("mars-north-1");
    assertThat(Cli.run("nonsense").exitCode()).isEqualTo(ExitCodes.USAGE);
  }
}
