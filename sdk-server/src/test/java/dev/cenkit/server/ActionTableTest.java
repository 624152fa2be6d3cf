package dev.cenkit.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cenkit.inmemory.InMemoryCloud;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The one routing table serves every action the in-memory cloud models. */
class ActionTableTest {
  /** cenkit's own provider actions that the wire serves under a real action name. */
  private static final Map<String, String> SERVED_UNDER = Map.of(
      "cenkit:CreateVbrRouteEntry", "CreateRouteEntry",
      "cenkit:DeleteVbrRouteEntry", "DeleteRouteEntry");

  @Test
  void everyActionTheInMemoryCloudModelsIsServed() {
    ActionTable table = ActionTable.standard();
    Set<String> missing = new TreeSet<>();
    for (String action : InMemoryCloud.create().modeledActions()) {
      String wireName = SERVED_UNDER.getOrDefault(action, action.replace("cenkit:", ""));
      boolean served = Arrays.stream(Product.values()).anyMatch(p -> table.find(p, wireName).isPresent());
      if (!served) {
        missing.add(action);
      }
    }
    assertThat(missing)
        .as("modelled actions without a line in VpcActions, CbnActions, CloudApiActions or CenkitActions")
        .isEmpty();
  }

  @Test
  void theDescribesOfTheScenariosAreServed() {
    ActionTable table = ActionTable.standard();

    assertThat(table.actions(Product.VPC)).contains("DescribeVpcs", "DescribeVSwitches", "DescribePhysicalConnections", "DescribeVirtualBorderRouters");
    assertThat(table.actions(Product.CBN)).contains("DescribeCens", "DescribeCenAttachedChildInstances", "DescribeCenBandwidthPackages",
        "DescribeCenInterRegionBandwidthLimits", "DescribeRouteServicesInCen");
    assertThat(table.actions(Product.CLOUD_API)).contains("DescribeInstances", "DescribeApiGroup", "DescribeVpcAccesses");
    assertThat(table.actions(Product.CENKIT)).contains("CheckReachability");
  }

  @Test
  void anActionRegisteredTwiceIsAProgrammingError() {
    ActionTable table = new ActionTable().add(Product.VPC, "DescribeVpcs", (p, c) -> b -> Map.of());

    assertThatThrownBy(() -> table.add(Product.VPC, "DescribeVpcs", (p, c) -> b -> Map.of()))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("DescribeVpcs");
  }
}
