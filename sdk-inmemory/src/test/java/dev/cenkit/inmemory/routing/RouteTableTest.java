package dev.cenkit.inmemory.routing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cenkit.model.Cidr;
import dev.cenkit.model.Ipv4Address;
import dev.cenkit.model.tr.TransitRouterAttachmentId;
import dev.cenkit.model.tr.TransitRouterNextHopType;
import dev.cenkit.model.tr.TransitRouterRouteEntry;
import dev.cenkit.model.tr.TransitRouterRouteEntryStatus;
import dev.cenkit.model.tr.TransitRouterRouteEntryType;
import dev.cenkit.model.tr.TransitRouterRouteTableId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one table type of both editions: one ranking rule, longest-prefix lookups over the active entries. */
class RouteTableTest {
  private static final TransitRouterRouteTableId TABLE = TransitRouterRouteTableId.of("vtb-test");

  private static TransitRouterRouteEntry entry(String cidr, String hop, TransitRouterRouteEntryType type, long order) {
    return TransitRouterRouteEntry.builder().routeTableId(TABLE).destinationCidrBlock(Cidr.of(cidr))
        .nextHopType(TransitRouterNextHopType.ATTACHMENT).nextHopId(TransitRouterAttachmentId.of("tr-attach-" + hop))
        .type(type).order(order).build();
  }

  @Test
  void staticBeatsPropagatedThenTheFirstInstalledWinsAndLookupsTakeTheLongestActivePrefix() {
    RouteTable table = RouteTable.select(List.of(
        entry("10.0.0.0/16", "late", TransitRouterRouteEntryType.PROPAGATED, 9),
        entry("10.0.0.0/16", "early", TransitRouterRouteEntryType.PROPAGATED, 1),
        entry("10.0.1.0/24", "learned", TransitRouterRouteEntryType.PROPAGATED, 0),
        entry("10.0.1.0/24", "static", TransitRouterRouteEntryType.STATIC, 5)));

    assertThat(table.entries()).extracting(e -> e.nextHopId().orElseThrow().value())
        .containsExactly("tr-attach-early", "tr-attach-late", "tr-attach-static", "tr-attach-learned");
    assertThat(table.entries()).extracting(TransitRouterRouteEntry::status).containsExactly(
        TransitRouterRouteEntryStatus.ACTIVE, TransitRouterRouteEntryStatus.STANDBY,
        TransitRouterRouteEntryStatus.ACTIVE, TransitRouterRouteEntryStatus.STANDBY);
    assertThat(table.lookup(Ipv4Address.of("10.0.1.7")).orElseThrow().nextHopId().orElseThrow().value())
        .isEqualTo("tr-attach-static");
    assertThat(table.lookup(Ipv4Address.of("10.0.9.7")).orElseThrow().nextHopId().orElseThrow().value())
        .isEqualTo("tr-attach-early");
    assertThat(table.activeContaining(Ipv4Address.of("10.0.1.7"))).extracting(TransitRouterRouteEntry::destinationCidrBlock)
        .containsExactly(Cidr.of("10.0.1.0/24"), Cidr.of("10.0.0.0/16"));
    assertThat(table.lookup(Ipv4Address.of("192.168.0.1"))).isEmpty();
    assertThat(table.activeEntries()).hasSize(2);
  }

  @Test
  void anEditRanksOnlyTheTouchedDestinationsAndEqualsTheTableSelectedFromScratch() {
    TransitRouterRouteEntry early = entry("10.0.0.0/16", "early", TransitRouterRouteEntryType.PROPAGATED, 1);
    TransitRouterRouteEntry late = entry("10.0.0.0/16", "late", TransitRouterRouteEntryType.PROPAGATED, 9);
    TransitRouterRouteEntry other = entry("10.9.0.0/16", "other", TransitRouterRouteEntryType.PROPAGATED, 3);
    RouteTable table = RouteTable.select(List.of(early, late, other));

    RouteTable withoutEarly = table.edit().remove(Cidr.of("10.0.0.0/16"), TransitRouterAttachmentId.of("tr-attach-early")).apply();
    RouteTable withEarlyBack = withoutEarly.edit().add(early).apply();

    assertThat(withoutEarly).isEqualTo(RouteTable.select(List.of(late, other)));
    assertThat(withoutEarly.lookup(Ipv4Address.of("10.0.1.1")).orElseThrow().nextHopId().orElseThrow().value())
        .isEqualTo("tr-attach-late");
    assertThat(withoutEarly.active(Cidr.of("10.9.0.0/16"))).isEqualTo(table.active(Cidr.of("10.9.0.0/16")));
    assertThat(withEarlyBack.entries()).isEqualTo(table.entries());
    assertThat(withEarlyBack.size()).isEqualTo(3);
    assertThat(table.lookup(Ipv4Address.of("10.0.1.1")).orElseThrow().nextHopId().orElseThrow().value())
        .as("the table edited from is unchanged").isEqualTo("tr-attach-early");
    assertThat(table.edit().remove(Cidr.of("10.5.0.0/16"), TransitRouterAttachmentId.of("tr-attach-none")).apply())
        .as("an edit that changes nothing keeps the table").isSameAs(table);
  }
}
