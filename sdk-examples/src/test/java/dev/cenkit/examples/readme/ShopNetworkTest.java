package dev.cenkit.examples.readme;

import static dev.cenkit.dsl.Cenkit.cen;
import static dev.cenkit.dsl.Cenkit.vpc;
import static dev.cenkit.model.RegionId.CN_HANGZHOU;
import static dev.cenkit.testkit.CenkitAssertions.assertThat;

import dev.cenkit.dsl.VpcSpec;
import dev.cenkit.inmemory.InMemoryCloud;
import dev.cenkit.reach.BlockerCode;
import dev.cenkit.reach.VpcHost;
import dev.cenkit.spi.ApplyResult;
import dev.cenkit.spi.Spec;
import dev.cenkit.testkit.InMemoryCloudExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(InMemoryCloudExtension.class)   // a fresh cloud per test, with the real cloud's quotas (@LargeQuotas for more)
class ShopNetworkTest {
  VpcSpec shop = vpc(CN_HANGZHOU).named("shop").cidr("172.16.0.0/16").vSwitch("cn-hangzhou-h", "172.16.1.0/24");
  VpcSpec billing = vpc(CN_HANGZHOU).named("billing").cidr("10.2.0.0/16").vSwitch("cn-hangzhou-h", "10.2.1.0/24");

  @Test
  void billingOutsideTheCenCannotReachTheShop(InMemoryCloud cloud) {
    ApplyResult result = cloud.apply(Spec.of(cen().named("mesh").attachNew(shop), billing));

    assertThat(cloud.reachability().network(
            VpcHost.of(result.id(billing.ref()), "10.2.1.10"), VpcHost.of(result.id(shop.ref()), "172.16.1.10"), 443))
        .isUnreachable()
        .isBlockedAt(result.id(billing.ref()))
        .withCode(BlockerCode.NOT_IN_SAME_CEN);
  }
}
