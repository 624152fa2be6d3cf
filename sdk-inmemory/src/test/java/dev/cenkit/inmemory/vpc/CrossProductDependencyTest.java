package dev.cenkit.inmemory.vpc;

import static dev.cenkit.inmemory.Rejections.assertRejected;
import static dev.cenkit.model.RegionId.CN_HANGZHOU;

import dev.cenkit.dsl.Cenkit;
import dev.cenkit.dsl.VpcSpec;
import dev.cenkit.error.RuleId;
import dev.cenkit.inmemory.InMemoryCloud;
import dev.cenkit.spi.ApplyResult;
import dev.cenkit.spi.Spec;
import org.junit.jupiter.api.Test;

/** R39, R40 across products: what an API Gateway instance or authorization uses cannot be deleted under it. */
class CrossProductDependencyTest {
  private final InMemoryCloud cloud = InMemoryCloud.create();
  private final VpcSpec vpc1 =
      Cenkit.vpc(CN_HANGZHOU).named("VPC-1").cidr("172.16.0.0/16").vSwitch("cn-hangzhou-h", "172.16.1.0/24");

  @Test
  void r40TheVSwitchABoundInstanceUsesCannotBeDeleted() {
    ApplyResult r = cloud.apply(Cenkit.dedicatedGateway().in(CN_HANGZHOU).bindToNew(vpc1));

    assertRejected(
        cloud,
        () -> cloud.deleteVSwitch(r.id(vpc1.vSwitchRef(0))),
        "DependencyViolation.ApiGatewayInstance",
        RuleId.R40);
  }

  @Test
  void r39AVpcNamedByAVpcAccessAuthorizationCannotBeDeleted() {
    VpcSpec bare = Cenkit.vpc(CN_HANGZHOU).named("bare").cidr("10.9.0.0/16");
    ApplyResult r = cloud.apply(Spec.of(bare, Cenkit.vpcAccess("backend").inNewVpc(bare).ip("10.9.1.5").port(80)));

    assertRejected(
        cloud,
        () -> cloud.deleteVpc(r.id(bare.ref())),
        "DependencyViolation.VpcAccess",
        RuleId.R39);
  }
}
