package dev.cenkit.inmemory.vpc;

import static dev.cenkit.inmemory.Rejections.assertRejected;
import static dev.cenkit.model.RegionId.CN_HANGZHOU;

import dev.cenkit.dsl.ApiGateway;
import dev.cenkit.dsl.ApplyResult;
import dev.cenkit.dsl.Spec;
import dev.cenkit.dsl.VpcSpec;
import dev.cenkit.error.RuleId;
import dev.cenkit.inmemory.InMemoryCloud;
import dev.cenkit.model.apigateway.VpcAccess;
import dev.cenkit.model.vpc.Vpc;
import org.junit.jupiter.api.Test;

/** R39, R40 across products: what an API Gateway instance or authorization uses cannot be deleted under it. */
class CrossProductDependencyTest {
  private final InMemoryCloud cloud = InMemoryCloud.create();
  private final VpcSpec vpc1 =
      Vpc.in(CN_HANGZHOU).named("VPC-1").cidr("172.16.0.0/16").vSwitch("cn-hangzhou-h", "172.16.1.0/24");

  @Test
  void r40TheVSwitchABoundInstanceUsesCannotBeDeleted() {
    ApplyResult r = cloud.apply(ApiGateway.dedicated().in(CN_HANGZHOU).bindTo(vpc1));

    assertRejected(
        cloud,
        () -> cloud.deleteVSwitch(r.id(vpc1.vSwitchRef(0))),
        "DependencyViolation.ApiGatewayInstance",
        RuleId.R40);
  }

  @Test
  void r39AVpcNamedByAVpcAccessAuthorizationCannotBeDeleted() {
    VpcSpec bare = Vpc.in(CN_HANGZHOU).named("bare").cidr("10.9.0.0/16");
    ApplyResult r = cloud.apply(Spec.of(bare, VpcAccess.named("backend").vpc(bare).ip("10.9.1.5").port(80)));

    assertRejected(
        cloud,
        () -> cloud.deleteVpc(r.id(bare.ref())),
        "DependencyViolation.VpcAccess",
        RuleId.R39);
  }
}
