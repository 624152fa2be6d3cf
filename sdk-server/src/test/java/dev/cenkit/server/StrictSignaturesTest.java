package dev.cenkit.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.aliyun.tea.TeaException;
import com.aliyun.vpc20160428.models.CreateVpcRequest;
import com.aliyun.vpc20160428.models.DescribeVpcsRequest;
import dev.cenkit.inmemory.InMemoryCloud;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Strict mode verifies the v3 ({@code ACS3-HMAC-SHA256}) and v2 (HMAC-SHA1) signatures the official clients make. */
class StrictSignaturesTest {
  private CenkitServer server;

  @BeforeEach
  void start() throws Exception {
    server = CenkitServer.builder().cloud(InMemoryCloud.create()).authenticator(Authenticator.strict(Map.of("good-ak", "good-secret"))).start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void aV3SignedTypedCallWithAKnownKeyIsServed() throws Exception {
    WireClients c = new WireClients(server, "good-ak", "good-secret", "v3");

    String vpc = c.vpc.createVpc(new CreateVpcRequest().setRegionId("cn-hangzhou").setCidrBlock("172.16.0.0/16").setVpcName("a b*~/c")).getBody().getVpcId();

    assertThat(c.vpc.describeVpcs(new DescribeVpcsRequest().setRegionId("cn-hangzhou").setVpcName("a b*~/c")).getBody().getVpcs().getVpc())
        .singleElement().satisfies(v -> assertThat(v.getVpcId()).isEqualTo(vpc));
  }

  @Test
  void aV3SignedGenericCallWithListsIsServed() throws Exception {
    WireClients c = new WireClients(server, "good-ak", "good-secret", "v3");

    Map<String, Object> cens = c.cbn("DescribeCens", "Filter", List.of(Map.of("Key", "Name", "Value", List.of("a b", "c*d~"))), "PageSize", 20);

    assertThat(cens.get("TotalCount").toString()).isEqualTo("0");
  }

  @Test
  void aV2SignedCallWithAKnownKeyIsServed() throws Exception {
    WireClients c = new WireClients(server, "good-ak", "good-secret", "v2");

    String cen = (String) c.cbn("CreateCen", "Name", "a b*~/c").get("CenId");

    assertThat(cen).startsWith("cen-");
  }

  @Test
  void aWrongSecretIsSignatureDoesNotMatchWithTheServersStringToSign() throws Exception {
    WireClients c = new WireClients(server, "good-ak", "wrong-secret", "v3");

    TeaException e = catchThrowableOfType(TeaException.class, () -> c.vpc.describeVpcs(new DescribeVpcsRequest().setRegionId("cn-hangzhou")));

    assertThat(e.getCode()).isEqualTo("SignatureDoesNotMatch");
    assertThat(e.getStatusCode()).isEqualTo(400);
    assertThat(e.getMessage()).contains("server string to sign is:ACS3-HMAC-SHA256");
  }

  @Test
  void aWrongV2SecretIsSignatureDoesNotMatch() throws Exception {
    WireClients c = new WireClients(server, "good-ak", "wrong-secret", "v2");

    TeaException e = catchThrowableOfType(TeaException.class, () -> c.cbn("DescribeCens"));

    assertThat(e.getCode()).isEqualTo("SignatureDoesNotMatch");
  }

  @Test
  void anUnknownAccessKeyIsInvalidAccessKeyIdNotFoundWith404() throws Exception {
    WireClients c = new WireClients(server, "who-ak", "good-secret", "v3");

    TeaException e = catchThrowableOfType(TeaException.class, () -> c.vpc.describeVpcs(new DescribeVpcsRequest().setRegionId("cn-hangzhou")));

    assertThat(e.getCode()).isEqualTo("InvalidAccessKeyId.NotFound");
    assertThat(e.getStatusCode()).isEqualTo(404);
  }
}
