package dev.cenkit.inmemory.routing;

import static dev.cenkit.inmemory.Rejections.assertRejected;
import static dev.cenkit.model.RegionId.CN_BEIJING;
import static dev.cenkit.model.RegionId.CN_HANGZHOU;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cenkit.inmemory.Fixtures;
import dev.cenkit.inmemory.InMemoryCloud;
import dev.cenkit.inmemory.internal.Internals;
import dev.cenkit.model.Cidr;
import dev.cenkit.model.cen.CenId;
import dev.cenkit.model.cen.CenRouteEntry;
import dev.cenkit.model.cen.CenRouteStatus;
import dev.cenkit.model.vpc.Vpc;
import java.util.List;
import org.junit.jupiter.api.Test;

class CenRouteTablesTest {
  private final InMemoryCloud cloud = InMemoryCloud.create();
  private final CenId cen = Fixtures.cen(cloud);
  private final Vpc first = Fixtures.vpcWithVSwitch(cloud, CN_HANGZHOU, "10.0.0.0/16", "10.0.1.0/24");
  private final Vpc second = Fixtures.vpcWithVSwitch(cloud, CN_BEIJING, "10.0.0.0/16", "10.0.1.0/24");

  @Test
  void r28AnIdenticalPrefixFromTwoVpcsIsAConflictThatTheFirstAttachedWins() {
    Fixtures.attach(cloud, cen, first);
    Fixtures.attach(cloud, cen, second);

    List<CenRouteEntry> routes = cloud.describeCenRouteEntries(cen);

    assertThat(routes).hasSize(2);
    CenRouteEntry winner = routes.get(0);
    CenRouteEntry loser = routes.get(1);
    assertThat(winner.destinationCidrBlock()).isEqualTo(Cidr.of("10.0.1.0/24"));
    assertThat(winner.nextHopInstanceId()).isEqualTo(first.id());
    assertThat(winner.status()).isEqualTo(CenRouteStatus.ACTIVE);
    assertThat(loser.nextHopInstanceId()).isEqualTo(second.id());
    assertThat(loser.status()).isEqualTo(CenRouteStatus.CANDIDATE);
    assertThat(loser.conflictsWith()).contains(first.id());
    assertThat(cloud.describeRouteConflicts(cen)).containsExactly(loser);
  }

  @Test
  void r28TheAttachOrderNotTheIdDecidesTheWinner() {
    Fixtures.attach(cloud, cen, second);
    Fixtures.attach(cloud, cen, first);

    assertThat(CenRouteTables.of(Internals.state(cloud)).active(cen, Cidr.of("10.0.1.0/24")))
        .hasValueSatisfying(r -> assertThat(r.nextHopInstanceId()).isEqualTo(second.id()));
    assertThat(cloud.describeRouteConflicts(cen)).extracting(CenRouteEntry::nextHopInstanceId).containsExactly(first.id());
  }

  @Test
  void r28ACandidateTakesOverWhenTheWinnerIsDetached() {
    Fixtures.attach(cloud, cen, first);
    Fixtures.attach(cloud, cen, second);

    cloud.detachCenChildInstance(b -> b.cenId(cen).childInstanceId(first.id()).childInstanceRegion(CN_HANGZHOU));

    assertThat(cloud.describeCenRouteEntries(cen)).singleElement().satisfies(r -> {
      assertThat(r.nextHopInstanceId()).isEqualTo(second.id());
      assertThat(r.status()).isEqualTo(CenRouteStatus.ACTIVE);
    });
    assertThat(cloud.describeRouteConflicts(cen)).isEmpty();
  }

  @Test
  void r28OverlappingButDifferentPrefixesAreNoConflict() {
    Vpc wide = Fixtures.vpcWithVSwitch(cloud, CN_BEIJING, "10.0.0.0/8", "10.0.0.0/16");
    Fixtures.attach(cloud, cen, first);
    Fixtures.attach(cloud, cen, wide);

    assertThat(cloud.describeCenRouteEntries(cen)).extracting(CenRouteEntry::status).containsOnly(CenRouteStatus.ACTIVE);
    assertThat(cloud.describeRouteConflicts(cen)).isEmpty();
  }

  @Test
  void aVpcAdvertisesEveryVSwitchBlockAndANewVSwitchAppearsAtOnce() {
    Fixtures.attach(cloud, cen, first);
    Fixtures.vSwitch(cloud, first, "10.0.2.0/24");

    assertThat(cloud.describeCenRegionDomainRouteEntries(cen, CN_BEIJING)).extracting(CenRouteEntry::destinationCidrBlock)
        .containsExactly(Cidr.of("10.0.1.0/24"), Cidr.of("10.0.2.0/24"));
  }

  @Test
  void describingTheRoutesOfAnUnknownCenIsRejected() {
    assertRejected(cloud, () -> cloud.describeCenRouteEntries(CenId.of("cen-unknown")), "ParameterCenInstanceId");
  }
}
