package dev.cenkit.inmemory.vpc;

import static dev.cenkit.model.RegionId.CN_HANGZHOU;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.cenkit.error.CenkitException;
import dev.cenkit.error.RuleId;
import dev.cenkit.inmemory.rules.CenRules;
import dev.cenkit.inmemory.rules.VpcRules;
import dev.cenkit.inmemory.state.Snapshot;
import dev.cenkit.model.Cidr;
import dev.cenkit.model.vpc.NextHopType;
import dev.cenkit.model.vpc.RouteEntry;
import dev.cenkit.model.vpc.RouteEntryId;
import dev.cenkit.model.vpc.RouteEntryStatus;
import dev.cenkit.model.vpc.RouteTableId;
import dev.cenkit.model.vpc.VSwitch;
import dev.cenkit.model.vpc.VSwitchId;
import dev.cenkit.model.vpc.VSwitchStatus;
import dev.cenkit.model.vpc.Vpc;
import dev.cenkit.model.vpc.VpcId;
import dev.cenkit.model.vpc.VpcStatus;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * R40 and R41 guard transitional states, which cenkit's operations never leave behind (they complete at once).
 * The rules are plain functions of a snapshot, so they are tested against snapshots built directly.
 */
class TransitionalStateRulesTest {
  private final Vpc vpc =
      Vpc.builder()
          .id(VpcId.of("vpc-test1"))
          .region(CN_HANGZHOU)
          .cidrBlock(Cidr.of("172.16.0.0/16"))
          .routeTableId(RouteTableId.of("vtb-test1"))
          .build();
  private final VSwitch vSwitch =
      VSwitch.builder()
          .id(VSwitchId.of("vsw-test1"))
          .vpcId(vpc.id())
          .region(CN_HANGZHOU)
          .zoneId("cn-hangzhou-h")
          .cidrBlock(Cidr.of("172.16.1.0/24"))
          .build();
  private final RouteEntry route =
      RouteEntry.builder()
          .id(RouteEntryId.of("rte-test1"))
          .routeTableId(vpc.routeTableId())
          .vpcId(vpc.id())
          .destinationCidrBlock(Cidr.of("0.0.0.0/0"))
          .nextHopType(NextHopType.INSTANCE)
          .nextHopId("i-test1")
          .build();

  private static void assertRule(ThrowingCallable call, String code, RuleId rule) {
    CenkitException e = catchThrowableOfType(CenkitException.class, call);
    assertThat(e).isNotNull();
    assertThat(e.code()).isEqualTo(code);
    assertThat(e.rule()).contains(rule);
  }

  @Test
  void r41AVpcWithAPendingVSwitchCannotBeAttachedOrDetached() {
    Snapshot s = Snapshot.empty().withVpc(v -> v.withVpc(vpc).withVSwitch(vSwitch.toBuilder().status(VSwitchStatus.PENDING).build()));
    assertRule(() -> CenRules.r41ChildNotChanging(s, vpc.id()), "IncorrectStatus.VpcSwitch", RuleId.R41);
  }

  @Test
  void r41APendingVpcCannotBeAttachedOrDetached() {
    Snapshot s = Snapshot.empty().withVpc(v -> v.withVpc(vpc.toBuilder().status(VpcStatus.PENDING).build()));
    assertRule(() -> CenRules.r41ChildNotChanging(s, vpc.id()), "OperationFailed.InvalidVpcStatus", RuleId.R41);
  }

  @Test
  void r41AVpcWhoseRouteTableIsChangingCannotBeAttachedOrDetached() {
    Snapshot s =
        Snapshot.empty().withVpc(v -> v.withVpc(vpc).withRouteEntry(route.toBuilder().status(RouteEntryStatus.MODIFYING).build()));
    assertRule(() -> CenRules.r41ChildNotChanging(s, vpc.id()), "IncorrectStatus.VpcRouteTable", RuleId.R41);
  }

  @Test
  void r41AVpcWhoseResourcesAreAllAvailablePasses() {
    Snapshot s = Snapshot.empty().withVpc(v -> v.withVpc(vpc).withVSwitch(vSwitch).withRouteEntry(route));
    assertThatCode(() -> CenRules.r41ChildNotChanging(s, vpc.id())).doesNotThrowAnyException();
  }

  @Test
  void r41AVpcPassesOnceItsPendingVSwitchIsAvailableOrGoneWhileAnotherVpcsPendingRouteStillCounts() {
    Vpc other = vpc.toBuilder().id(VpcId.of("vpc-test2")).routeTableId(RouteTableId.of("vtb-test2")).build();
    VSwitch pending = vSwitch.toBuilder().status(VSwitchStatus.PENDING).build();
    RouteEntry otherModifying = route.toBuilder().id(RouteEntryId.of("rte-test2")).vpcId(other.id())
        .routeTableId(other.routeTableId()).status(RouteEntryStatus.MODIFYING).build();
    Snapshot both = Snapshot.empty().withVpc(v -> v.withVpc(vpc).withVpc(other).withVSwitch(pending).withRouteEntry(otherModifying));

    Snapshot available = both.withVpc(v -> v.withVSwitch(vSwitch));
    Snapshot removed = both.withVpc(v -> v.withoutVSwitch(vSwitch.id()));
    Snapshot allDone = available.withVpc(v -> v.withoutRouteEntry(otherModifying.id()));

    assertRule(() -> CenRules.r41ChildNotChanging(both, vpc.id()), "IncorrectStatus.VpcSwitch", RuleId.R41);
    assertThatCode(() -> CenRules.r41ChildNotChanging(available, vpc.id())).doesNotThrowAnyException();
    assertThatCode(() -> CenRules.r41ChildNotChanging(removed, vpc.id())).doesNotThrowAnyException();
    assertRule(() -> CenRules.r41ChildNotChanging(available, other.id()), "IncorrectStatus.VpcRouteTable", RuleId.R41);
    assertThat(available.vpc().everyChildAvailable()).isFalse();
    assertThat(allDone.vpc().everyChildAvailable()).isTrue();
    assertThat(both.indexDrift()).isEmpty();
    assertThat(available.indexDrift()).isEmpty();
  }

  @Test
  void r40APendingVSwitchCannotBeDeleted() {
    VSwitch pending = vSwitch.toBuilder().status(VSwitchStatus.PENDING).build();
    Snapshot s = Snapshot.empty().withVpc(v -> v.withVpc(vpc).withVSwitch(pending));
    assertRule(() -> VpcRules.r40VSwitchDeletable(s, pending), "IncorrectVSwitchStatus", RuleId.R40);
  }

  @Test
  void r39APendingVpcCannotBeDeleted() {
    Vpc pending = vpc.toBuilder().status(VpcStatus.PENDING).build();
    Snapshot s = Snapshot.empty().withVpc(v -> v.withVpc(pending));
    assertRule(() -> VpcRules.r39VpcDeletable(s, pending), "IncorrectVpcStatus", RuleId.R39);
  }
}
