package dev.cenkit.inmemory.reach;

import static dev.cenkit.model.RegionId.CN_SHANGHAI;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cenkit.dsl.ApiGatewaySpec;
import dev.cenkit.dsl.ApiGroupSpec;
import dev.cenkit.dsl.ApiSpec;
import dev.cenkit.dsl.BackendSpec;
import dev.cenkit.dsl.Cenkit;
import dev.cenkit.dsl.VpcSpec;
import dev.cenkit.inmemory.InMemoryCloud;
import dev.cenkit.model.RegionId;
import dev.cenkit.model.apigateway.ApiId;
import dev.cenkit.model.apigateway.Stage;
import dev.cenkit.reach.Endpoint;
import dev.cenkit.reach.MatrixCell;
import dev.cenkit.reach.ReachabilityMatrix;
import dev.cenkit.reach.Verdict;
import dev.cenkit.reach.VpcHost;
import dev.cenkit.spi.ApplyResult;
import dev.cenkit.spi.Spec;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The matrix shares one walk between clients only where no lookup tells them apart; these estates are the ones
 * where a too-coarse class would give a wrong cell.
 */
class MatrixClassesTest {
  private final InMemoryCloud cloud = InMemoryCloud.create();
  private final VpcSpec bound = Cenkit.vpc(CN_SHANGHAI).named("bound").cidr("10.8.0.0/16").vSwitch("cn-shanghai-b", "10.8.1.0/24");
  private final ApiGatewaySpec gateway = Cenkit.dedicatedGateway().in(CN_SHANGHAI).named("gw").bindToNew(bound);
  private final ApiGroupSpec group = Cenkit.apiGroup("group").onNew(gateway).enableVpcDomain();
  private final ApiSpec api = Cenkit.api("Orders").get("/orders").backend(BackendSpec.http("http://api.example.com"))
      .deployTo(Stage.RELEASE).inNew(group);

  private void assertEveryCellIsTheSingleAnswer(List<Endpoint> clients, ApiId id) {
    assertEveryCellIsTheSingleAnswer(clients, List.of(id));
  }

  private void assertEveryCellIsTheSingleAnswer(List<Endpoint> clients, List<ApiId> apis) {
    ReachabilityMatrix<ApiId> m = cloud.reachability().matrix(clients, apis, Stage.RELEASE);
    for (int r = 0; r < clients.size(); r++) {
      for (int c = 0; c < apis.size(); c++) {
        assertThat(m.cell(r, c)).as(clients.get(r).describe() + " -> " + apis.get(c))
            .isEqualTo(MatrixCell.of(cloud.reachability().fullCall(clients.get(r), apis.get(c), Stage.RELEASE)));
      }
    }
  }

  @Test
  void aClientInsideTheBoundVpcStandsForNoClientElsewhere() {
    VpcSpec other = Cenkit.vpc(CN_SHANGHAI).named("other").cidr("10.1.0.0/16").vSwitch("cn-shanghai-b", "10.1.1.0/24");
    ApplyResult r = cloud.apply(Spec.of(bound, other, gateway, group, api));
    List<Endpoint> clients = List.of(VpcHost.of(r.id(bound.ref()), "10.8.1.10"), VpcHost.of(r.id(other.ref()), "10.1.1.10"));

    assertEveryCellIsTheSingleAnswer(clients, r.id(api.ref()));
    ReachabilityMatrix<ApiId> m = cloud.reachability().matrix(clients, List.of(r.id(api.ref())), Stage.RELEASE);
    assertThat(m.cell(0, 0).verdict()).isEqualTo(Verdict.REACHABLE);
    assertThat(m.cell(1, 0).verdict()).isEqualTo(Verdict.UNREACHABLE);
  }

  @Test
  void aClientInsideTheBoundVpcAfterAClientOfItsClassElsewhereIsStillWalkedAlone() {
    // Both VPCs are in no CEN and in one region, so their hosts have one class key; the one whose row the matrix
    // keeps for that key comes first.
    VpcSpec other = Cenkit.vpc(CN_SHANGHAI).named("other").cidr("10.1.0.0/16").vSwitch("cn-shanghai-b", "10.1.1.0/24");
    ApplyResult r = cloud.apply(Spec.of(bound, other, gateway, group, api));
    List<Endpoint> clients = List.of(VpcHost.of(r.id(other.ref()), "10.1.1.10"), VpcHost.of(r.id(bound.ref()), "10.8.1.10"),
        VpcHost.of(r.id(other.ref()), "10.1.1.11"), VpcHost.of(r.id(bound.ref()), "10.8.1.11"));

    assertEveryCellIsTheSingleAnswer(clients, r.id(api.ref()));
    ReachabilityMatrix<ApiId> m = cloud.reachability().matrix(clients, List.of(r.id(api.ref())), Stage.RELEASE);
    assertThat(m.cell(0, 0).verdict()).isEqualTo(Verdict.UNREACHABLE);
    assertThat(m.cell(1, 0).verdict()).isEqualTo(Verdict.REACHABLE);
    assertThat(m.cell(2, 0).verdict()).isEqualTo(Verdict.UNREACHABLE);
    assertThat(m.cell(3, 0).verdict()).isEqualTo(Verdict.REACHABLE);
  }

  @Test
  void clientsOfTheBoundVpcsCenInAnotherRegionAreToldApartFromThoseInItsRegion() {
    VpcSpec far = Cenkit.vpc(RegionId.CN_BEIJING).named("far").cidr("10.2.0.0/16").vSwitch("cn-beijing-a", "10.2.1.0/24");
    VpcSpec near = Cenkit.vpc(CN_SHANGHAI).named("near").cidr("10.3.0.0/16").vSwitch("cn-shanghai-b", "10.3.1.0/24");
    ApplyResult r = cloud.apply(Spec.of(gateway, group, api,
        Cenkit.cen().named("mesh").attachNew(bound).attachNew(far).attachNew(near)));
    List<Endpoint> clients = List.of(VpcHost.of(r.id(far.ref()), "10.2.1.10"), VpcHost.of(r.id(near.ref()), "10.3.1.10"));

    assertEveryCellIsTheSingleAnswer(clients, r.id(api.ref()));
    ReachabilityMatrix<ApiId> m = cloud.reachability().matrix(clients, List.of(r.id(api.ref())), Stage.RELEASE);
    assertThat(m.cell(0, 0).verdict()).isEqualTo(Verdict.TEST_BANDWIDTH_ONLY);
    assertThat(m.cell(1, 0).verdict()).isEqualTo(Verdict.REACHABLE);
  }

  @Test
  void instancesBoundInOneCenAreToldApartByTheRegionOfTheirBoundVpc() {
    VpcSpec boundFar = Cenkit.vpc(RegionId.CN_BEIJING).named("bound-far").cidr("10.9.0.0/16").vSwitch("cn-beijing-a", "10.9.1.0/24");
    ApiGatewaySpec farGateway = Cenkit.dedicatedGateway().in(RegionId.CN_BEIJING).named("gw-far").bindToNew(boundFar);
    ApiGroupSpec farGroup = Cenkit.apiGroup("far-group").onNew(farGateway).enableVpcDomain();
    ApiSpec farApi = Cenkit.api("Stock").get("/stock").backend(BackendSpec.http("http://api.example.com"))
        .deployTo(Stage.RELEASE).inNew(farGroup);
    VpcSpec client = Cenkit.vpc(RegionId.CN_BEIJING).named("client").cidr("10.2.0.0/16").vSwitch("cn-beijing-a", "10.2.1.0/24");
    ApplyResult r = cloud.apply(Spec.of(gateway, group, api, farGateway, farGroup, farApi,
        Cenkit.cen().named("mesh").attachNew(bound).attachNew(boundFar).attachNew(client)));
    List<Endpoint> clients = List.of(VpcHost.of(r.id(client.ref()), "10.2.1.10"));
    List<ApiId> apis = List.of(r.id(api.ref()), r.id(farApi.ref()));

    assertEveryCellIsTheSingleAnswer(clients, apis);
    ReachabilityMatrix<ApiId> m = cloud.reachability().matrix(clients, apis, Stage.RELEASE);
    assertThat(m.cell(0, 0).verdict()).isEqualTo(Verdict.TEST_BANDWIDTH_ONLY);
    assertThat(m.cell(0, 1).verdict()).isEqualTo(Verdict.REACHABLE);
  }

  @Test
  void instancesBoundInOneCenAreToldApartByTheBandwidthBetweenTheirRegionAndTheClients() {
    VpcSpec boundHere = Cenkit.vpc(RegionId.CN_HANGZHOU).named("bound-here").cidr("10.9.0.0/16").vSwitch("cn-hangzhou-h", "10.9.1.0/24");
    ApiGatewaySpec hereGateway = Cenkit.dedicatedGateway().in(RegionId.CN_HANGZHOU).named("gw-here").bindToNew(boundHere);
    ApiGroupSpec hereGroup = Cenkit.apiGroup("here-group").onNew(hereGateway).enableVpcDomain();
    ApiSpec hereApi = Cenkit.api("Stock").get("/stock").backend(BackendSpec.http("http://api.example.com"))
        .deployTo(Stage.RELEASE).inNew(hereGroup);
    VpcSpec client = Cenkit.vpc(RegionId.CN_BEIJING).named("client").cidr("10.2.0.0/16").vSwitch("cn-beijing-a", "10.2.1.0/24");
    // Beijing-Hangzhou has bandwidth, Beijing-Shanghai only the 1 Kbit/s for tests.
    ApplyResult r = cloud.apply(Spec.of(gateway, group, api, hereGateway, hereGroup, hereApi,
        Cenkit.cen().named("mesh").attachNew(bound).attachNew(boundHere).attachNew(client)
            .bandwidth(Cenkit.bandwidthPlan(2).between(dev.cenkit.model.Area.CHINA, dev.cenkit.model.Area.CHINA)
                .allocate(RegionId.CN_HANGZHOU, RegionId.CN_BEIJING, 2))));
    List<Endpoint> clients = List.of(VpcHost.of(r.id(client.ref()), "10.2.1.10"));
    List<ApiId> apis = List.of(r.id(api.ref()), r.id(hereApi.ref()));

    assertEveryCellIsTheSingleAnswer(clients, apis);
    ReachabilityMatrix<ApiId> m = cloud.reachability().matrix(clients, apis, Stage.RELEASE);
    assertThat(m.cell(0, 0).verdict()).isEqualTo(Verdict.TEST_BANDWIDTH_ONLY);
    assertThat(m.cell(0, 1).verdict()).isEqualTo(Verdict.REACHABLE);
  }
}
