package dev.cenkit.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.aliyun.tea.TeaException;
import com.aliyun.vpc20160428.models.CreateVpcRequest;
import com.aliyun.vpc20160428.models.DeleteVpcRequest;
import com.aliyun.vpc20160428.models.DescribeVpcAttributeRequest;
import dev.cenkit.inmemory.InMemoryCloud;
import dev.cenkit.spi.CloudSnapshot;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every rejection reaches the official client as a {@link TeaException} with the real code and HTTP status. */
class WireErrorsTest {
  private InMemoryCloud cloud;
  private CenkitServer server;
  private WireClients clients;

  @BeforeEach
  void start() throws Exception {
    cloud = InMemoryCloud.create();
    server = CenkitServer.builder().cloud(cloud).start();
    clients = new WireClients(server);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private static TeaException teaError(ThrowingCall call) {
    return catchThrowableOfType(TeaException.class, call::run);
  }

  interface ThrowingCall {
    void run() throws Exception;
  }

  @Test
  void aVpcNotFoundIsInvalidVpcIdNotFoundWith404InTheTypedClient() {
    TeaException e = teaError(() -> clients.vpc.describeVpcAttribute(
        new DescribeVpcAttributeRequest().setRegionId("cn-hangzhou").setVpcId("vpc-doesnotexist0000000")));

    assertThat(e.getCode()).isEqualTo("InvalidVpcID.NotFound");
    assertThat(e.getStatusCode()).isEqualTo(404);
    assertThat(e.getMessage()).contains("vpc-doesnotexist0000000");
  }

  @Test
  void r6AttachingAVpcToASecondCenSurfacesTheRuleCodeAndLeavesTheCloudAsItWas() throws Exception {
    String vpc = clients.vpc.createVpc(new CreateVpcRequest().setRegionId("cn-hangzhou").setCidrBlock("172.16.0.0/16")).getBody().getVpcId();
    String cen1 = (String) clients.cbn("CreateCen").get("CenId");
    String cen2 = (String) clients.cbn("CreateCen").get("CenId");
    clients.cbn("AttachCenChildInstance", "CenId", cen1, "ChildInstanceId", vpc, "ChildInstanceRegionId", "cn-hangzhou");
    CloudSnapshot before = cloud.snapshot();

    TeaException e = teaError(() -> clients.cbn("AttachCenChildInstance", "CenId", cen2, "ChildInstanceId", vpc, "ChildInstanceRegionId", "cn-hangzhou"));

    assertThat(e.getCode()).isEqualTo("InvalidOperation.ChildInstanceAlreadyAttached");
    assertThat(e.getStatusCode()).isEqualTo(409);
    assertThat(e.getMessage()).contains("R6");
    assertThat(cloud.snapshot()).isSameAs(before);
  }

  @Test
  void r39DeletingAVpcWithVSwitchesIsDependencyViolation() throws Exception {
    String vpc = Scenarios.vpcWithVSwitch(clients, "cn-hangzhou", "VPC-1", "172.16.0.0/16", "cn-hangzhou-h", "172.16.1.0/24");

    TeaException e = teaError(() -> clients.vpc.deleteVpc(new DeleteVpcRequest().setRegionId("cn-hangzhou").setVpcId(vpc)));

    assertThat(e.getCode()).isEqualTo("DependencyViolation.VSwitch");
    assertThat(e.getStatusCode()).isEqualTo(400);
  }

  @Test
  void anUnknownRegionIsTheModelsOwnRegionError() {
    TeaException e = teaError(() -> clients.vpc.createVpc(new CreateVpcRequest().setRegionId("xx-nowhere-1").setCidrBlock("172.16.0.0/16")));

    assertThat(e.getCode()).isEqualTo("InvalidRegionId.NotFound");
    assertThat(e.getStatusCode()).isEqualTo(400);
    assertThat(cloud.snapshot().vpc().vpcs()).isEmpty();
  }

  @Test
  void aMissingRequiredParameterIsMissingParameterNamingIt() {
    TeaException e = teaError(() -> clients.vpc.createVpc(new CreateVpcRequest().setRegionId("cn-hangzhou")));

    assertThat(e.getCode()).isEqualTo("MissingParameter");
    assertThat(e.getStatusCode()).isEqualTo(400);
    assertThat(e.getMessage()).contains("CidrBlock");
  }

  @Test
  void aMalformedNumberIsInvalidParameterNamingTheValue() {
    TeaException e = teaError(() -> clients.cbn("CreateCenBandwidthPackage", "Bandwidth", "two", "GeographicRegionAId", "China", "GeographicRegionBId", "China"));

    assertThat(e.getCode()).isEqualTo("InvalidParameter");
    assertThat(e.getMessage()).contains("Bandwidth").contains("two");
  }

  @Test
  void anUnknownActionIsInvalidActionNotFoundWith404() {
    TeaException e = teaError(() -> clients.cbn("CreateTransitRouterWormhole", "CenId", "cen-1"));

    assertThat(e.getCode()).isEqualTo("InvalidAction.NotFound");
    assertThat(e.getStatusCode()).isEqualTo(404);
  }

  @Test
  void anUnknownVersionIsInvalidVersionNamingTheServedOnes() {
    TeaException e = teaError(() -> clients.call("2099-01-01", "DescribeVpcs", "RegionId", "cn-hangzhou"));

    assertThat(e.getCode()).isEqualTo("InvalidVersion");
    assertThat(e.getStatusCode()).isEqualTo(400);
    assertThat(e.getMessage()).contains("2016-04-28");
  }

  @Test
  void anUnknownParameterIsRefusedBeforeAnythingChanges() {
    CloudSnapshot before = cloud.snapshot();

    TeaException e = teaError(() -> clients.cbn("CreateCen", "Name", "x", "Colour", "blue"));

    assertThat(e.getCode()).isEqualTo("InvalidParameter");
    assertThat(e.getMessage()).contains("Colour");
    assertThat(cloud.snapshot()).isSameAs(before);
  }

  @Test
  void theErrorEnvelopeCarriesRequestIdHostIdAndRecommend() {
    TeaException e = teaError(() -> clients.cbn("DescribeCenAttachedChildInstances", "CenId", "cen-doesnotexist00000000"));

    Map<String, Object> data = e.getData();
    assertThat(e.getCode()).isEqualTo("ParameterCenInstanceId");
    assertThat(e.getStatusCode()).isEqualTo(404);
    assertThat(data).containsEntry("HostId", "cbn.aliyuncs.com").containsKeys("RequestId", "Recommend");
  }

  @Test
  void dryRunIsRefusedAsNotModelledRatherThanExecuted() {
    TeaException e = teaError(() -> clients.vpc.createVpc(
        new CreateVpcRequest().setRegionId("cn-hangzhou").setCidrBlock("172.16.0.0/16").setDryRun(true)));

    assertThat(e.getCode()).isEqualTo("cenkit.NotModeled");
    assertThat(cloud.snapshot().vpc().vpcs()).isEmpty();
  }
}
