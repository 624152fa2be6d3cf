package com.example.consumer;

import static dev.cenkit.testkit.CenkitAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cenkit.inmemory.InMemoryCloud;
import dev.cenkit.reach.BlockerCode;
import dev.cenkit.reach.VpcHost;
import dev.cenkit.spi.ApplyResult;
import dev.cenkit.spi.Spec;
import dev.cenkit.testkit.InMemoryCloudExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What a user's own test on the testkit looks like; it runs on the JUnit version of its consumer project. */
@ExtendWith(InMemoryCloudExtension.class)
class TwoVpcsTest {
  private final ShopNetwork network = new ShopNetwork();

  @Test
  void twoVpcsInOneCenReachEachOther(InMemoryCloud cloud) {
    ApplyResult result = cloud.apply(network.mesh());

    assertThat(cloud.reachability().network(
            VpcHost.of(result.id(network.shop.ref()), "172.16.1.10"),
            VpcHost.of(result.id(network.billing.ref()), "10.2.1.10"),
            443))
        .isReachable();
  }

  @Test
  void aVpcOutsideTheCenIsBlockedWithItsCode(InMemoryCloud cloud) {
    ApplyResult result = cloud.apply(Spec.of(network.shopOnly(), network.billing));

    assertThat(cloud.reachability().network(
            VpcHost.of(result.id(network.billing.ref()), "10.2.1.10"),
            VpcHost.of(result.id(network.shop.ref()), "172.16.1.10"),
            443))
        .isUnreachable()
        .isBlockedAt(result.id(network.billing.ref()))
        .withCode(BlockerCode.NOT_IN_SAME_CEN);
  }

  @Test
  void theTestsRunOnTheJUnitVersionOfThisProject() {
    assertThat(Test.class.getPackage().getImplementationVersion())
        .isEqualTo(System.getProperty("consumer.junit.version"));
  }
}
