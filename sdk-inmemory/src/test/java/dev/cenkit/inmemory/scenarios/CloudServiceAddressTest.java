package dev.cenkit.inmemory.scenarios;

import static dev.cenkit.model.RegionId.CN_BEIJING;
import static dev.cenkit.model.RegionId.CN_HANGZHOU;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cenkit.dsl.ApiGateway;
import dev.cenkit.dsl.ApiGatewaySpec;
import dev.cenkit.dsl.ApiSpec;
import dev.cenkit.dsl.ApplyResult;
import dev.cenkit.dsl.BackendSpec;
import dev.cenkit.dsl.Cen;
import dev.cenkit.dsl.Spec;
import dev.cenkit.dsl.VpcAccessSpec;
import dev.cenkit.dsl.VpcSpec;
import dev.cenkit.inmemory.InMemoryCloud;
import dev.cenkit.model.Area;
import dev.cenkit.model.apigateway.Api;
import dev.cenkit.model.apigateway.ApiGroup;
import dev.cenkit.model.apigateway.Stage;
import dev.cenkit.model.apigateway.VpcAccess;
import dev.cenkit.model.cen.BandwidthPlan;
import dev.cenkit.model.vpc.Vpc;
import dev.cenkit.reach.BlockerCode;
import dev.cenkit.reach.ReachabilityAnswer;
import dev.cenkit.reach.Verdict;
import org.junit.jupiter.api.Test;

/** R26: 100.64.0.0/10 is never advertised through a CEN, so replies to a gateway's egress block stay regional. */
class CloudServiceAddressTest {
  @Test
  void r26ABackendInAVpcOfAnotherRegionCannotReplyToTheGatewaysEgressBlock() {
    InMemoryCloud cloud = InMemoryCloud.create();
    VpcSpec vpc1 = Scenarios.vpc1();
    VpcSpec vpc3 = Vpc.in(CN_BEIJING).named("VPC-3").cidr("10.3.0.0/16").vSwitch("cn-beijing-a", "10.3.1.0/24");
    ApiGatewaySpec gw = ApiGateway.dedicated().in(CN_HANGZHOU).bindTo(vpc1);
    VpcAccessSpec access = VpcAccess.named("bj-backend").vpc(vpc1).ip("10.3.1.20").port(8080);
    ApiSpec api = Api.named("GetStock").get("/stock").backend(BackendSpec.vpc(access, "/stock")).deployTo(Stage.RELEASE)
        .in(ApiGroup.named("orders").on(gw).enableVpcDomain());
    ApplyResult r = cloud.apply(Spec.of(
        Cen.create().attach(vpc1).attach(vpc3)
            .bandwidth(BandwidthPlan.of(2).between(Area.CHINA, Area.CHINA).allocate(CN_HANGZHOU, CN_BEIJING, 2)),
        api));

    ReachabilityAnswer answer = cloud.reachability().backend(r.id(api.ref()), Stage.RELEASE);

    assertThat(answer.verdict()).as(answer.explain()).isEqualTo(Verdict.UNREACHABLE);
    assertThat(answer.blockers()).anySatisfy(b -> {
      assertThat(b.code()).isEqualTo(BlockerCode.NO_RETURN_ROUTE_FOR_GATEWAY_EGRESS);
      assertThat(b.rule()).hasValueSatisfying(rule -> assertThat(rule.name()).isEqualTo("R26"));
    });
  }
}
