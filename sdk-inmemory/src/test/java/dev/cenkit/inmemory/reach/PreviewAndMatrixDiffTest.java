package dev.cenkit.inmemory.reach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cenkit.dsl.Cenkit;
import dev.cenkit.inmemory.internal.Internals;
import dev.cenkit.spi.Spec;
import dev.cenkit.spi.Step;
import dev.cenkit.dsl.VpcSpec;
import dev.cenkit.error.CenkitException;
import dev.cenkit.inmemory.InMemoryCloud;
import dev.cenkit.inmemory.Preview;
import dev.cenkit.inmemory.state.Snapshot;
import dev.cenkit.model.RegionId;
import dev.cenkit.model.cen.CenAttachment;
import dev.cenkit.model.vpc.Vpc;
import dev.cenkit.reach.BlockerCode;
import dev.cenkit.reach.Endpoint;
import dev.cenkit.reach.MatrixCell;
import dev.cenkit.reach.MatrixChange;
import dev.cenkit.reach.ReachabilityMatrix;
import dev.cenkit.reach.Verdict;
import dev.cenkit.reach.VpcHost;
import dev.cenkit.spi.cen.DetachCenChildInstanceRequest;
import dev.cenkit.spi.vpc.CreateVpcRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code cloud.preview(spec)} commits nothing and answers as the applied spec would; matrices diff pair by pair. */
class PreviewAndMatrixDiffTest {
  private InMemoryCloud cloud;
  private List<Endpoint> hosts;

  private void threeVpcsInOneCen() {
    threeVpcsInOneCen(InMemoryCloud.create());
  }

  private void threeVpcsInOneCen(InMemoryCloud empty) {
    cloud = empty;
    VpcSpec v1 = Cenkit.vpc(RegionId.CN_HANGZHOU).named("v1").cidr("10.1.0.0/16").vSwitch("cn-hangzhou-a", "10.1.1.0/24");
    VpcSpec v2 = Cenkit.vpc(RegionId.CN_HANGZHOU).named("v2").cidr("10.2.0.0/16").vSwitch("cn-hangzhou-a", "10.2.1.0/24");
    VpcSpec v3 = Cenkit.vpc(RegionId.CN_HANGZHOU).named("v3").cidr("10.3.0.0/16").vSwitch("cn-hangzhou-a", "10.3.1.0/24");
    cloud.apply(Cenkit.cen().named("mesh").attachNew(v1).attachNew(v2).attachNew(v3));
    hosts = cloud.snapshot().vpc().vpcs().values().stream()
        .sorted(java.util.Comparator.comparing(Vpc::displayName))
        .map(v -> (Endpoint) VpcHost.of(v.id(), v.cidrBlock().toString().replace(".0.0/16", ".1.10")))
        .toList();
  }

  private Spec detach(String name) {
    Vpc vpc = cloud.snapshot().vpc().vpcs().values().stream().filter(v -> v.displayName().equals(name)).findFirst().orElseThrow();
    CenAttachment a = cloud.snapshot().cen().attachmentOf(vpc.id()).orElseThrow();
    return Spec.empty().plus(Step.of("detach " + name, b -> DetachCenChildInstanceRequest.builder()
        .cenId(a.cenId()).childInstanceId(vpc.id()).childInstanceRegion(vpc.region()).build()));
  }

  @Test
  void aPreviewCommitsNothingAndAnswersFromTheSnapshotTheSpecWouldProduce() {
    threeVpcsInOneCen();
    Snapshot before = Internals.state(cloud);

    Preview preview = cloud.preview(detach("v3"));

    assertThat(cloud.snapshot()).isSameAs(before);
    assertThat(preview.snapshot().cen().attachments()).hasSize(2);
    assertThat(preview.snapshot().version()).isEqualTo(before.version() + 1);
    assertThat(preview.reachability().network(hosts.get(0), hosts.get(2), 443).verdict()).isEqualTo(Verdict.UNREACHABLE);
    assertThat(cloud.reachability().network(hosts.get(0), hosts.get(2), 443).isReachable()).isTrue();
  }

  @Test
  void aPreviewOfAnInvalidSpecThrowsTheErrorApplyWouldAndChangesNothing() {
    threeVpcsInOneCen(InMemoryCloud.builder().quotas(dev.cenkit.inmemory.quota.Quotas.builder().vpcsPerRegion(4).build()).build());
    Snapshot before = Internals.state(cloud);
    Spec bad = detach("v3")
        .plus(Step.of("a fourth VPC", b -> CreateVpcRequest.builder()
            .region(RegionId.CN_HANGZHOU).cidrBlock(dev.cenkit.model.Cidr.of("10.9.0.0/16")).vpcName("x").build()))
        .plus(Step.of("a fifth VPC, over the quota of 4 (D2)", b -> CreateVpcRequest.builder()
            .region(RegionId.CN_HANGZHOU).cidrBlock(dev.cenkit.model.Cidr.of("10.8.0.0/16")).vpcName("y").build()));

    CenkitException previewed = catchCenkit(() -> cloud.preview(bad));
    CenkitException applied = catchCenkit(() -> cloud.apply(bad));

    assertThat(previewed.code()).isEqualTo("QuotaExceeded.Vpc").isEqualTo(applied.code());
    assertThat(previewed.getMessage()).isEqualTo(applied.getMessage());
    assertThat(cloud.snapshot()).isSameAs(before);
  }

  private static CenkitException catchCenkit(Runnable r) {
    try {
      r.run();
    } catch (CenkitException e) {
      return e;
    }
    throw new AssertionError("expected a CenkitException");
  }

  @Test
  void detachingOneVpcBreaksExactlyThePairsThroughItEachWithItsNewFirstBlocker() {
    threeVpcsInOneCen();
    ReachabilityMatrix<Endpoint> now = cloud.reachability().networkMatrix(hosts, hosts, 443);

    ReachabilityMatrix<Endpoint> then = cloud.preview(detach("v3")).reachability().networkMatrix(hosts, hosts, 443);
    List<MatrixChange<Endpoint>> changes = now.diff(then);

    assertThat(changes).hasSize(4);
    assertThat(changes).allMatch(MatrixChange::broke);
    assertThat(changes).allMatch(c -> c.row().equals(hosts.get(2)) != c.column().equals(hosts.get(2)));
    assertThat(changes).allMatch(c -> c.after().firstBlocker().equals(java.util.Optional.of(BlockerCode.NOT_IN_SAME_CEN)));
    assertThat(now.countByVerdict().get(Verdict.REACHABLE)).isEqualTo(9L);
  }

  @Test
  void matricesOfDifferentShapesCannotBeDiffed() {
    threeVpcsInOneCen();
    ReachabilityMatrix<Endpoint> all = cloud.reachability().networkMatrix(hosts, hosts, 443);
    ReachabilityMatrix<Endpoint> some = cloud.reachability().networkMatrix(hosts.subList(0, 2), hosts, 443);

    assertThatThrownBy(() -> all.diff(some)).isInstanceOf(CenkitException.class).hasMessageContaining("shape");
  }

  @Test
  void aCellHasAFirstBlockerExactlyWhenItIsNotReachable() {
    assertThatThrownBy(() -> new MatrixCell(Verdict.UNREACHABLE, java.util.Optional.empty())).isInstanceOf(CenkitException.class);
    assertThatThrownBy(() -> new MatrixCell(Verdict.REACHABLE, java.util.Optional.of(BlockerCode.NO_ROUTE)))
        .isInstanceOf(CenkitException.class);
  }
}
