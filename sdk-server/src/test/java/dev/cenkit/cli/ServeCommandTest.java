package dev.cenkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.aliyun.teaopenapi.models.Config;
import com.aliyun.vpc20160428.models.CreateVpcRequest;
import com.aliyun.vpc20160428.models.DescribeVpcsRequest;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code cenkit serve} starts the emulator, prints the endpoint a client needs, and serves the official client. */
class ServeCommandTest {
  @Test
  void servePrintsTheEndpointAndTheOfficialClientPointedAtItIsServed() throws Exception {
    CommandLine cli = new CommandLine(new CenkitCommand());
    StringWriter out = new StringWriter();
    cli.setOut(new PrintWriter(out, true));
    ServeCommand serve = cli.getSubcommands().get("serve").getCommand();
    CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> cli.execute("serve", "--port", "0"));
    try {
      String endpoint = awaitEndpoint(out);

      com.aliyun.vpc20160428.Client vpc = new com.aliyun.vpc20160428.Client(
          new Config().setAccessKeyId("ak").setAccessKeySecret("sk").setEndpoint(endpoint).setProtocol("http"));
      vpc.createVpc(new CreateVpcRequest().setRegionId("cn-hangzhou").setCidrBlock("172.16.0.0/16"));

      assertThat(vpc.describeVpcs(new DescribeVpcsRequest().setRegionId("cn-hangzhou")).getBody().getTotalCount()).isEqualTo(1);
      assertThat(out.toString()).contains("protocol: http").contains("Vpc 2016-04-28").contains("Cbn 2017-09-12").contains("CloudAPI 2016-07-14");
    } finally {
      serve.stop.countDown();
    }
    assertThat(exit.get(10, TimeUnit.SECONDS)).isZero();
  }

  @Test
  void unknownOptionsExitWithTheUsageCode() {
    CommandLine cli = new CommandLine(new CenkitCommand());
    cli.setErr(new PrintWriter(new StringWriter()));

    assertThat(cli.execute("serve", "--colour", "blue")).isEqualTo(2);
  }

  private static String awaitEndpoint(StringWriter out) throws InterruptedException {
    Pattern listening = Pattern.compile("listening on http://(127\\.0\\.0\\.1:\\d+)");
    for (int i = 0; i < 600; i++) {
      Matcher m = listening.matcher(out.toString());
      if (m.find()) {
        return m.group(1);
      }
      Thread.sleep(50);
    }
    throw new AssertionError("serve printed no endpoint: " + out);
  }
}
