package dev.cenkit.inmemory.scenarios;

import static dev.cenkit.model.RegionId.CN_HANGZHOU;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cenkit.dsl.ApiGroupSpec;
import dev.cenkit.dsl.ApiSpec;
import dev.cenkit.dsl.BackendSpec;
import dev.cenkit.dsl.Cenkit;
import dev.cenkit.dsl.VpcAccessSpec;
import dev.cenkit.dsl.VpcSpec;
import dev.cenkit.inmemory.InMemoryCloud;
import dev.cenkit.model.apigateway.ApiGatewayInstance;
import dev.cenkit.model.apigateway.Stage;
import dev.cenkit.reach.ReachabilityAnswer;
import dev.cenkit.reach.VpcHost;
import dev.cenkit.reach.Verdict;
import dev.cenkit.spi.ApplyResult;
import dev.cenkit.spi.Spec;
import org.junit.jupiter.api.Test;

/**
 * A VPC access authorization may name a VPC that has no vSwitch (the API accepts it) while its target is a
 * data center host; a question about it answers, never throws.
 */
class VpcAccessWithoutVSwitchTest {

  @Test
  void backendAndFullCallAnswerWhenTheAuthorizedVpcHasNoVSwitch() {
    InMemoryCloud cloud = InMemoryCloud.create();
    VpcSpec client = Scenarios.vpc1();
    VpcSpec empty = Cenkit.vpc(CN_HANGZHOU).named("no-vswitch").cidr("10.8.0.0/16");
    ApiGatewayInstance instance =
        cloud.create(Cenkit.dedicatedGateway().in(CN_HANGZHOU).named("api-gw").zone("cn-hangzhou-h"));
    VpcAccessSpec access = Cenkit.vpcAccess("to-empty").inNewVpc(empty).ip("192.168.10.5").port(8080);
    ApiGroupSpec group = Cenkit.apiGroup("orders").onExisting(instance);
    ApiSpec api = Cenkit.api("GetStock").get("/stock").backend(BackendSpec.vpc(access, "/stock")).deployTo(Stage.RELEASE).inNew(group);
    ApplyResult r = cloud.apply(Spec.of(client, empty, Scenarios.idc(), api));

    ReachabilityAnswer backend = cloud.reachability().backend(r.id(api.ref()), Stage.RELEASE);
    ReachabilityAnswer full =
        cloud.reachability().fullCall(VpcHost.of(r.id(client.ref()), "172.16.1.20"), r.id(api.ref()), Stage.RELEASE);

    assertThat(backend.verdict()).as(backend.explain()).isEqualTo(Verdict.UNREACHABLE);
    assertThat(backend.blockers()).isNotEmpty();
    assertThat(full.verdict()).as(full.explain()).isEqualTo(Verdict.UNREACHABLE);
  }
}
