package dev.cenkit.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.aliyun.tea.TeaException;
import com.aliyun.vpc20160428.models.CreateVpcRequest;
import com.aliyun.vpc20160428.models.DescribeVpcsRequest;
import dev.cenkit.inmemory.InMemoryCloud;
import dev.cenkit.model.AccountId;
import dev.cenkit.spi.CloudSnapshot;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An AccessKey mapped to another account acts as that account: grants and cross-account attaches over the wire (R8). */
class CrossAccountOverTheWireTest {
  private static final AccountId PARTNER = AccountId.of("1688000000000009");

  private InMemoryCloud cloud;
  private CenkitServer server;
  private WireClients mine;
  private WireClients partner;

  @BeforeEach
  void start() throws Exception {
    cloud = InMemoryCloud.create();
    server = CenkitServer.builder().cloud(cloud).account("partner-ak", PARTNER).start();
    mine = new WireClients(server);
    partner = new WireClients(server, "partner-ak", "partner-secret", "v3");
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void r8ThePartnersVpcIsAttachedOnlyAfterThePartnerGrantsIt() throws Exception {
    String vpc = partner.vpc.createVpc(new CreateVpcRequest().setRegionId("cn-hangzhou").setCidrBlock("10.2.0.0/16"))
        .getBody().getVpcId();
    String cen = (String) mine.cbn("CreateCen").get("CenId");
    CloudSnapshot before = cloud.snapshot();

    TeaException e = catchThrowableOfType(TeaException.class, () -> mine.cbn("AttachCenChildInstance", "CenId", cen,
        "ChildInstanceId", vpc, "ChildInstanceRegionId", "cn-hangzhou", "ChildInstanceType", "VPC",
        "ChildInstanceOwnerId", PARTNER.value()));

    assertThat(e.getCode()).isEqualTo("Forbbiden.AttachChildInstanceAcrossUid");
    assertThat(e.getStatusCode()).isEqualTo(409);
    assertThat(cloud.snapshot()).isSameAs(before);

    partner.call("2016-04-28", "GrantInstanceToCen", "RegionId", "cn-hangzhou", "InstanceId", vpc, "InstanceType", "VPC",
        "CenId", cen, "CenOwnerId", AccountId.DEFAULT.value());
    mine.cbn("AttachCenChildInstance", "CenId", cen, "ChildInstanceId", vpc, "ChildInstanceRegionId", "cn-hangzhou",
        "ChildInstanceType", "VPC", "ChildInstanceOwnerId", PARTNER.value());

    List<Map<String, Object>> rules = WireClients.at(
        partner.call("2016-04-28", "DescribeGrantRulesToCen", "RegionId", "cn-hangzhou", "InstanceId", vpc,
            "InstanceType", "VPC"), "CenGrantRules", "CbnGrantRule");
    assertThat(rules).singleElement().satisfies(r -> assertThat(r).containsEntry("CenInstanceId", cen));
    assertThat(cloud.snapshot().cen().attachmentOf(dev.cenkit.model.vpc.VpcId.of(vpc))).isPresent();
    assertThat(mine.vpc.describeVpcs(new DescribeVpcsRequest().setRegionId("cn-hangzhou")).getBody().getVpcs().getVpc())
        .singleElement().satisfies(v -> assertThat(v.getOwnerId()).isEqualTo(Long.parseLong(PARTNER.value())));
  }
}
