package dev.cenkit.inmemory.scenarios;

import static dev.cenkit.model.RegionId.CN_BEIJING;
import static dev.cenkit.model.RegionId.CN_HANGZHOU;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cenkit.dsl.ApiGatewaySpec;
import dev.cenkit.dsl.ApiSpec;
import dev.cenkit.dsl.BackendSpec;
import dev.cenkit.dsl.Cenkit;
import dev.cenkit.dsl.VpcAccessSpec;
import dev.cenkit.dsl.VpcSpec;
import dev.cenkit.inmemory.InMemoryCloud;
import dev.cenkit.model.Area;
import dev.cenkit.model.apigateway.Stage;
import dev.cenkit.reach.BlockerCode;
import dev.cenkit.reach.ReachabilityAnswer;
import dev.cenkit.reach.Verdict;
import dev.cenkit.spi.ApplyResult;
import dev.cenkit.spi.Spec;
import org.junit.jupiter.api.Test;

/** R26: 100.64.0.0/10 is never advertised through a CEN, so replies to a gateway's egress block stay regional. */
class CloudServiceAddressTest {
  @Test
  void r26ABackendInAVpcOfAnotherRegionCannotReplyToTheGatewaysEgressBlock() {
    InMemoryCloud cloud = InMemoryCloud.create();
    VpcSpec vpc1 = Scenarios.vpc1();
    VpcSpec vpc3 = Cenkit.vpc(CN_BEIJING).named("VPC-3").cidr("10.3.0.0/16").vSwitch("cn-beijing-a", "10.3.1.0/24");
    ApiGatewaySpec gw = Cenkit.dedicatedGateway().in(CN_HANGZHOU).bindToNew(vpc1);
    VpcAccessSpec access = Cenkit.vpcAccess("bj-backend").inNewVpc(vpc1).ip("10.3.1.20").port(8080);
    ApiSpec api = Cenkit.api("GetStock").get("/stock").backend(BackendSpec.vpc(access, "/stock")).deployTo(Stage.RELEASE)
        .inNew(Cenkit.apiGroup("orders").onNew(gw).enableVpcDomain());
    ApplyResult r = cloud.apply(Spec.of(
        Cenkit.cen().attachNew(vpc1).attachNew(vpc3)
            .bandwidth(Cenkit.bandwidthPlan(2).between(Area.CHINA, Area.CHINA).allocate(CN_HANGZHOU, CN_BEIJING, 2)),
        api));

    ReachabilityAnswer answer = cloud.reachability().backend(r.id(api.ref()), Stage.RELEASE);

    assertThat(answer.verdict()).as(answer.explain()).isEqualTo(Verdict.UNREACHABLE);
    assertThat(answer.blockers()).anySatisfy(b -> {
      assertThat(b.code()).isEqualTo(BlockerCode.NO_RETURN_ROUTE_FOR_GATEWAY_EGRESS);
      assertThat(b.rule()).hasValueSatisfying(rule -> assertThat(rule.name()).isEqualTo("R26"));
    });
  }
}
