package dev.cenkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cenkit.inmemory.InMemoryCloud;
import dev.cenkit.model.Cidr;
import dev.cenkit.model.RegionId;
import dev.cenkit.testkit.GeneratedTopology.GenCen;
import dev.cenkit.testkit.GeneratedTopology.GenVpc;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The testkit's estate sizes describe real estates (issue 11) and apply with the quotas raised for them. */
class EstateSizeTest {
  @Test
  void aDenseTenThousandVpcEstateHasTheShapeOfTheIssueWithNinetyPercentOfAttachmentsOnThreeCens() {
    GeneratedTopology t = TopologyGenerator.generate(11L, TopologySize.denseEstate(10_000));

    assertThat(t.vpcs()).hasSize(10_000);
    assertThat(t.cens()).hasSize(1000);
    assertThat(t.dataCenters()).hasSize(200);
    assertThat(t.instances().stream().filter(GeneratedTopology.GenInstance::dedicated).count()).isBetween(80L, 120L);
    assertThat(t.apis().size()).isBetween(1500, 2500);
    long attached = t.cens().stream().mapToLong(c -> c.attached().size()).sum();
    long onThree = t.cens().subList(0, 3).stream().mapToLong(c -> c.attached().size()).sum();
    assertThat((double) onThree / attached).isGreaterThan(0.85);
    Map<String, RegionId> regionOf = t.vpcs().stream().collect(Collectors.toMap(GenVpc::name, GenVpc::region));
    for (GenCen dense : t.cens().subList(0, 3)) {
      Set<RegionId> spanned = dense.attached().stream().map(regionOf::get).filter(r -> r != null).collect(Collectors.toSet());
      assertThat(spanned).containsExactlyInAnyOrderElementsOf(regionsWithAKnownArea());
    }
    Set<Cidr> blocks = t.vpcs().stream().map(GenVpc::cidr).collect(Collectors.toSet());
    assertThat(blocks).hasSize(10_000);
  }

  @Test
  void anEstateBeyond256VpcsUsesTheWideAddressPlanAndAppliesWithItsRaisedQuotas() {
    GeneratedTopology t = TopologyGenerator.generate(11L, TopologySize.estate(300));
    InMemoryCloud cloud = InMemoryCloud.builder().quotas(t.requiredQuotas()).build();

    t.applyTo(cloud);

    assertThat(cloud.snapshot().vpc().vpcs()).hasSize(300);
    assertThat(Invariants.violations(cloud.snapshot())).isEmpty();
    Set<Cidr> blocks = new HashSet<>();
    t.vpcs().forEach(v -> assertThat(blocks.add(v.cidr())).as("distinct block %s", v.cidr()).isTrue());
    assertThat(t.vpcs().get(299).cidr()).isEqualTo(Cidr.of("10.4.172.0/22"));
    assertThat(t.requiredQuotas().vpcsPerRegion()).isGreaterThan(GeneratedTopology.quotas().vpcsPerRegion() - 1);
    assertThat(GeneratedTopology.quotasFor(TopologySize.small())).isEqualTo(GeneratedTopology.quotas());
    assertThat(t.vpcs().stream().map(GenVpc::region).distinct().count()).isEqualTo(regionsWithAKnownArea().size());
  }

  /** The generators keep to regions whose bandwidth-plan area is documented (D8). */
  private static Set<RegionId> regionsWithAKnownArea() {
    return RegionId.all().stream().filter(r -> r.knownArea().isPresent()).collect(Collectors.toSet());
  }
}
