package dev.cenkit.inmemory.reach;

import static dev.cenkit.model.RegionId.CN_BEIJING;
import static dev.cenkit.model.RegionId.CN_HANGZHOU;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cenkit.dsl.Cenkit;
import dev.cenkit.dsl.VpcSpec;
import dev.cenkit.inmemory.InMemoryCloud;
import dev.cenkit.reach.Blocker;
import dev.cenkit.reach.BlockerCode;
import dev.cenkit.reach.Direction;
import dev.cenkit.reach.ReachabilityAnswer;
import dev.cenkit.reach.Severity;
import dev.cenkit.reach.Verdict;
import dev.cenkit.reach.VpcHost;
import dev.cenkit.spi.ApplyResult;
import dev.cenkit.spi.Spec;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** What {@link ReachabilityAnswer#explain()} prints, and the severities and causes it rests on (issue 10 item 6). */
class ExplainTest {
  private final InMemoryCloud cloud = InMemoryCloud.create();
  private final VpcSpec vpc1 =
      Cenkit.vpc(CN_HANGZHOU).named("VPC-1").cidr("172.16.0.0/16").vSwitch("cn-hangzhou-h", "172.16.1.0/24");
  private final VpcSpec vpc2 =
      Cenkit.vpc(CN_HANGZHOU).named("VPC-2").cidr("10.2.0.0/16").vSwitch("cn-hangzhou-h", "10.2.1.0/24");
  private final VpcSpec vpc3 =
      Cenkit.vpc(CN_BEIJING).named("VPC-3").cidr("10.3.0.0/16").vSwitch("cn-beijing-a", "10.3.1.0/24");

  private ReachabilityAnswer vpc3ToVpc1(ApplyResult r) {
    return cloud.reachability().network(
        VpcHost.of(r.id(vpc3.ref()), "10.3.1.10"), VpcHost.of(r.id(vpc1.ref()), "172.16.1.5"), 443);
  }

  @Test
  void testBandwidthOnlyIsAWarningNotABlocker() {
    ReachabilityAnswer answer = vpc3ToVpc1(cloud.apply(Cenkit.cen().named("api-mesh").attachNew(vpc1).attachNew(vpc3)));

    assertThat(answer.verdict()).isEqualTo(Verdict.TEST_BANDWIDTH_ONLY);
    assertThat(answer.blockers()).isNotEmpty().allMatch(b -> b.severity() == Severity.WARNING);
    assertThat(answer.explain()).contains("\n  warning CROSS_REGION_TEST_BANDWIDTH_ONLY").doesNotContain("  blocker ");
    assertThat(answer.explain()).contains("verdict: TEST_BANDWIDTH_ONLY (bottleneck 1 Kbit/s)");
  }

  @Test
  void notesAreNotesWhateverTheirCode() {
    ReachabilityAnswer answer = vpc3ToVpc1(cloud.apply(Cenkit.cen().named("api-mesh").attachNew(vpc1).attachNew(vpc3)));

    assertThat(answer.notes()).isNotEmpty().allMatch(n -> n.severity() == Severity.NOTE);
    assertThat(answer.explain()).contains("\n  note NO_BANDWIDTH_PLAN_FOR_AREA_PAIR");
  }

  @Test
  void anUnreachableVerdictPrintsNoBottleneck() {
    ApplyResult r = cloud.apply(Spec.of(Cenkit.cen().named("api-mesh").attachNew(vpc1), vpc3));
    ReachabilityAnswer answer = vpc3ToVpc1(r);

    assertThat(answer.verdict()).isEqualTo(Verdict.UNREACHABLE);
    assertThat(answer.explain()).contains("verdict: UNREACHABLE\n").doesNotContain("bottleneck");
    assertThat(answer.blockers()).anyMatch(b -> b.severity() == Severity.BLOCKING);
  }

  @Test
  void theReturnPathWarningFollowsFromTheForwardOneAndItsFixIsPrintedOnce() {
    ReachabilityAnswer answer = vpc3ToVpc1(cloud.apply(Cenkit.cen().named("api-mesh").attachNew(vpc1).attachNew(vpc3)));

    Blocker back = answer.blockers().stream().filter(b -> b.direction() == Direction.RETURN).findFirst().orElseThrow();
    Blocker forward = answer.blockers().stream().filter(b -> b.direction() == Direction.FORWARD).findFirst().orElseThrow();
    assertThat(answer.followsFrom(back)).contains(forward);
    assertThat(answer.followsFrom(forward)).isEmpty();
    String explained = answer.explain();
    assertThat(Arrays.stream(explained.split("\n")).filter(l -> l.trim().startsWith("fix:"))).hasSize(1);
    assertThat(explained).contains("    follows from CROSS_REGION_TEST_BANDWIDTH_ONLY at CEN 'api-mesh'");
  }

  @Test
  void blockersAndFixesNameTheCenAsHopsDo() {
    ApplyResult r = cloud.apply(Spec.of(Cenkit.cen().named("api-mesh").attachNew(vpc1), vpc2));
    ReachabilityAnswer answer = cloud.reachability().network(
        VpcHost.of(r.id(vpc2.ref()), "10.2.1.10"), VpcHost.of(r.id(vpc1.ref()), "172.16.1.5"), 443);

    Blocker notInCen = answer.blockers().stream().filter(b -> b.code() == BlockerCode.NOT_IN_SAME_CEN).findFirst().orElseThrow();
    assertThat(notInCen.message()).contains("CEN 'api-mesh' (cen-");
    assertThat(notInCen.fixes()).singleElement().satisfies(f -> assertThat(f.description()).contains("to CEN 'api-mesh' (cen-"));
  }

  @Test
  void aProposedBandwidthSizeSaysWhy() {
    ReachabilityAnswer answer = vpc3ToVpc1(cloud.apply(Cenkit.cen().named("api-mesh").attachNew(vpc1).attachNew(vpc3)));

    assertThat(answer.fixes()).singleElement().satisfies(f ->
        assertThat(f.description()).contains("2 Mbit/s").contains("the question names no rate").contains("R13"));
  }
}
