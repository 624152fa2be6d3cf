package dev.cenkit.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cenkit.inmemory.InMemoryCloud;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Bad requests on loopback get clear JSON errors, never a stack trace, and the server keeps serving; many clients
 * at once lose nothing. Raw HTTP (the JDK client), so that requests no official client would send can be sent.
 */
class WireRobustnessTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private InMemoryCloud cloud;
  private CenkitServer server;
  private HttpClient http;

  @BeforeEach
  void start() throws Exception {
    cloud = InMemoryCloud.create();
    server = CenkitServer.builder().cloud(cloud).maxBodyBytes(64 * 1024).start();
    http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  /** A reply: status and parsed JSON body. */
  record Reply(int status, Map<String, Object> body) {}

  @SuppressWarnings("unchecked")
  private Reply post(String rawQuery, Map<String, String> headers, String contentType, byte[] body) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://" + server.endpoint() + "/" + (rawQuery.isEmpty() ? "" : "?" + rawQuery)))
        .timeout(Duration.ofSeconds(10))
        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    headers.forEach(b::header);
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(r.headers().firstValue("content-type")).hasValue("application/json;charset=utf-8");
    return new Reply(r.statusCode(), JSON.readValue(r.body(), Map.class));
  }

  private Reply action(String version, String action, String query) throws Exception {
    return post(query, Map.of("x-acs-action", action, "x-acs-version", version), null, new byte[0]);
  }

  private void assertStillServing() throws Exception {
    Reply ok = action("2017-09-12", "DescribeCens", "");
    assertThat(ok.status()).isEqualTo(200);
    assertThat(ok.body()).containsKey("RequestId");
  }

  private static void assertErrorEnvelope(Reply r, int status, String code) {
    assertThat(r.status()).isEqualTo(status);
    assertThat(r.body()).containsEntry("Code", code).containsKeys("RequestId", "Message", "HostId", "Recommend");
    assertThat(r.body().get("Message").toString()).doesNotContain("\tat ").doesNotContain("Exception:");
  }

  @Test
  void aMalformedPercentEscapeIsInvalidParameter() throws Exception {
    Reply r = post("", Map.of("x-acs-action", "DescribeVpcs", "x-acs-version", "2016-04-28"), "application/x-www-form-urlencoded",
        "RegionId=cn-hangzhou&VpcName=%ZZ".getBytes(StandardCharsets.US_ASCII));

    assertErrorEnvelope(r, 400, "InvalidParameter");
    assertThat(r.body().get("Message").toString()).contains("percent-encoding");
    assertStillServing();
  }

  /**
   * The JDK server refuses a request line that is not a valid URI before any handler runs, with its own HTML 400
   * (a known limit of the built-in server); the connection closes and the server keeps serving.
   */
  @Test
  void aMalformedEscapeInTheRequestLineIsRefusedWith400AndTheServerKeepsServing() throws Exception {
    try (java.net.Socket socket = new java.net.Socket(java.net.InetAddress.getLoopbackAddress(), server.port())) {
      socket.setSoTimeout(10_000);
      String request = "POST /?RegionId=cn-hangzhou&VpcName=%ZZ HTTP/1.1\r\nHost: " + server.endpoint()
          + "\r\nx-acs-action: DescribeVpcs\r\nx-acs-version: 2016-04-28\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
      socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
      String reply = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(reply).startsWith("HTTP/1.1 400");
      assertThat(reply).doesNotContain("\tat ");
    }
    assertStillServing();
  }

  @Test
  void invalidUtf8IsInvalidParameter() throws Exception {
    Reply r = action("2016-04-28", "DescribeVpcs", "RegionId=cn-hangzhou&VpcName=%C3%28");

    assertErrorEnvelope(r, 400, "InvalidParameter");
    assertThat(r.body().get("Message").toString()).contains("UTF-8");
    assertStillServing();
  }

  @Test
  void malformedJsonBodyIsInvalidParameter() throws Exception {
    Reply r = post("", Map.of("x-acs-action", "CreateCen", "x-acs-version", "2017-09-12"), "application/json; charset=utf-8",
        "{\"Name\": ".getBytes(StandardCharsets.UTF_8));

    assertErrorEnvelope(r, 400, "InvalidParameter");
    assertStillServing();
  }

  @Test
  void aJsonBodyIsFlattenedLikeTheQuery() throws Exception {
    Reply r = post("", Map.of("x-acs-action", "DescribeCens", "x-acs-version", "2017-09-12"), "application/json; charset=utf-8",
        "{\"Filter\":[{\"Key\":\"Name\",\"Value\":[\"a\"]}],\"PageSize\":5}".getBytes(StandardCharsets.UTF_8));

    assertThat(r.status()).isEqualTo(200);
    assertThat(r.body()).containsEntry("PageSize", 5);
  }

  @Test
  void aBodyOverTheLimitIs413AndNothingChanges() throws Exception {
    byte[] big = ("Name=" + "x".repeat(200 * 1024)).getBytes(StandardCharsets.UTF_8);

    Reply r = post("", Map.of("x-acs-action", "CreateCen", "x-acs-version", "2017-09-12"), "application/x-www-form-urlencoded", big);

    assertErrorEnvelope(r, 413, "RequestEntityTooLarge");
    assertThat(cloud.snapshot().cen().cens()).isEmpty();
    assertStillServing();
  }

  @Test
  void aMissingActionIsMissingParameter() throws Exception {
    Reply r = post("Version=2016-04-28&RegionId=cn-hangzhou", Map.of(), null, new byte[0]);

    assertErrorEnvelope(r, 400, "MissingParameter");
    assertThat(r.body().get("Message").toString()).contains("Action");
  }

  @Test
  void aMissingVersionIsMissingParameter() throws Exception {
    Reply r = post("Action=DescribeVpcs&RegionId=cn-hangzhou", Map.of(), null, new byte[0]);

    assertErrorEnvelope(r, 400, "MissingParameter");
    assertThat(r.body().get("Message").toString()).contains("Version");
  }

  @Test
  void anUnknownVersionIsInvalidVersion() throws Exception {
    assertErrorEnvelope(action("1999-12-31", "DescribeVpcs", "RegionId=cn-hangzhou"), 400, "InvalidVersion");
  }

  @Test
  void anActionOfAnotherProductIsNotFoundUnderThisVersion() throws Exception {
    assertErrorEnvelope(action("2017-09-12", "DescribeVpcs", "RegionId=cn-hangzhou"), 404, "InvalidAction.NotFound");
  }

  @Test
  void aPathOtherThanRootIsAJsonNotFound() throws Exception {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://" + server.endpoint() + "/favicon.ico")).GET().build(),
        HttpResponse.BodyHandlers.ofString());

    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(r.body()).contains("\"Code\":\"InvalidAction.NotFound\"");
  }

  @Test
  void aLegacyGetWithActionAndVersionInTheQueryIsServed() throws Exception {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://" + server.endpoint()
        + "/?Action=DescribeVpcs&Version=2016-04-28&Format=JSON&RegionId=cn-hangzhou&AccessKeyId=ak&SignatureMethod=HMAC-SHA1&Signature=x")).GET().build(),
        HttpResponse.BodyHandlers.ofString());

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("\"Vpcs\":{\"Vpc\":[]}");
  }

  @Test
  void eightClientsTimesAThousandCallsLoseNothing() throws Exception {
    int threads = 8;
    int calls = 1000;
    int writesPerThread = 50;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<List<String>>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        Callable<List<String>> work = () -> {
          List<String> ids = new ArrayList<>();
          for (int i = 0; i < calls; i++) {
            Reply r;
            if (i % (calls / writesPerThread) == 0) {
              r = action("2026-12-01", "CreateDataCenter", "Name=dc-" + thread + "-" + i + "&Prefixes.1=10." + thread + "." + (i / 20) + ".0/24");
            } else if (i % 7 == 0) {
              r = action("2016-04-28", "DescribeVpcAttribute", "RegionId=cn-hangzhou&VpcId=vpc-missing" + i);
              assertThat(r.status()).isEqualTo(404);
            } else {
              r = action("2017-09-12", "DescribeCens", "PageSize=50");
            }
            assertThat(r.status()).isIn(200, 404);
            ids.add((String) r.body().get("RequestId"));
          }
          return ids;
        };
        futures.add(pool.submit(work));
      }
      Set<String> requestIds = new HashSet<>();
      for (Future<List<String>> f : futures) {
        requestIds.addAll(f.get(5, TimeUnit.MINUTES));
      }
      assertThat(requestIds).hasSize(threads * calls);
      assertThat(cloud.snapshot().expressConnect().dataCenters()).hasSize(threads * writesPerThread);
    } finally {
      pool.shutdownNow();
    }
    assertStillServing();
  }
}
