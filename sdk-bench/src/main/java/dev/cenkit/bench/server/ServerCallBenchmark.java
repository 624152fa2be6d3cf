package dev.cenkit.bench.server;

import static dev.cenkit.model.RegionId.CN_HANGZHOU;

import com.aliyun.teaopenapi.models.Config;
import com.aliyun.vpc20160428.models.DescribeVpcsRequest;
import com.aliyun.vpc20160428.models.DescribeVpcsResponse;
import dev.cenkit.dsl.Cenkit;
import dev.cenkit.inmemory.InMemoryCloud;
import dev.cenkit.model.vpc.Vpc;
import dev.cenkit.server.CenkitServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * S1 (issue 16 item 5, target p50 ≤ 0.3 ms): one warm {@code DescribeVpcs} of a VPC over loopback, sent by the
 * official typed VPC client ({@code vpc20160428} on tea-openapi 0.3.15, v3-signed, keep-alive) and, to separate the
 * client's own cost, by the JDK's {@code java.net.http} client with the same request shape. Before timing, each
 * call is checked to return the VPC the cloud holds; a wrong answer fails the setup instead of reporting a speed.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 5)
@Fork(1)
public class ServerCallBenchmark {
  private CenkitServer server;
  private com.aliyun.vpc20160428.Client typed;
  private DescribeVpcsRequest request;
  private HttpClient http;
  private HttpRequest plain;
  private String vpcId;

  /** Starts the server on a cloud with one VPC, points both clients at it, and checks their answers. */
  @Setup(Level.Trial)
  public void start() throws Exception {
    InMemoryCloud cloud = InMemoryCloud.create();
    Vpc vpc = cloud.create(Cenkit.vpc(CN_HANGZHOU).named("bench").cidr("172.16.0.0/16").vSwitch("cn-hangzhou-h", "172.16.1.0/24"));
    vpcId = vpc.id().value();
    server = CenkitServer.builder().cloud(cloud).start();
    typed = new com.aliyun.vpc20160428.Client(
        new Config().setAccessKeyId("ak").setAccessKeySecret("sk").setEndpoint(server.endpoint()).setProtocol("http"));
    request = new DescribeVpcsRequest().setRegionId("cn-hangzhou").setVpcId(vpcId);
    http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    plain = HttpRequest.newBuilder(URI.create("http://" + server.endpoint() + "/?RegionId=cn-hangzhou&VpcId=" + vpcId))
        .POST(HttpRequest.BodyPublishers.noBody())
        .header("x-acs-action", "DescribeVpcs")
        .header("x-acs-version", "2016-04-28")
        .header("x-acs-date", "2026-12-01T00:00:00Z")
        .header("x-acs-signature-nonce", "bench")
        .header("x-acs-content-sha256", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        .header("authorization", "ACS3-HMAC-SHA256 Credential=ak,SignedHeaders=host;x-acs-action;x-acs-version,Signature=0")
        .header("accept", "application/json")
        .build();
    check();
  }

  /** Both clients get exactly the cloud's VPC back. */
  void check() throws Exception {
    DescribeVpcsResponse r = typedDescribeVpcs();
    if (r.getStatusCode() != 200 || r.getBody().getTotalCount() != 1 || !r.getBody().getVpcs().getVpc().get(0).getVpcId().equals(vpcId)) {
      throw new IllegalStateException("the typed DescribeVpcs did not return " + vpcId + ": " + r.getBody().toMap());
    }
    String body = plainDescribeVpcs();
    if (!body.contains("\"TotalCount\":1") || !body.contains("\"VpcId\":\"" + vpcId + "\"")) {
      throw new IllegalStateException("the plain DescribeVpcs did not return " + vpcId + ": " + body);
    }
  }

  /** The official typed client's call. */
  @Benchmark
  public DescribeVpcsResponse typedDescribeVpcs() throws Exception {
    return typed.describeVpcs(request);
  }

  /** The same request from the JDK's HTTP client (no signing, no model mapping). */
  @Benchmark
  public String plainDescribeVpcs() throws Exception {
    HttpResponse<String> r = http.send(plain, HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new IllegalStateException("DescribeVpcs answered " + r.statusCode() + ": " + r.body());
    }
    return r.body();
  }

  /** Stops the server. */
  @TearDown(Level.Trial)
  public void stop() {
    server.close();
  }
}
