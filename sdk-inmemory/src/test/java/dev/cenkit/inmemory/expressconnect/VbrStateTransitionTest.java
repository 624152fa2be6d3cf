package dev.cenkit.inmemory.expressconnect;

import static dev.cenkit.inmemory.Rejections.assertRejected;
import static dev.cenkit.model.RegionId.CN_HANGZHOU;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cenkit.dsl.Cenkit;
import dev.cenkit.dsl.DataCenterSpec;
import dev.cenkit.dsl.ExpressConnectSpec;
import dev.cenkit.error.RuleId;
import dev.cenkit.inmemory.InMemoryCloud;
import dev.cenkit.model.expressconnect.Vbr;
import dev.cenkit.model.expressconnect.VbrStatus;
import dev.cenkit.spi.Spec;
import org.junit.jupiter.api.Test;

/** R3: an action is accepted only in the states that allow it; the others are rejected and change nothing. */
class VbrStateTransitionTest {
  private final InMemoryCloud cloud = InMemoryCloud.create();
  private final DataCenterSpec idc = Cenkit.dataCenter("hz-idc").prefix("192.168.0.0/16");
  private final ExpressConnectSpec line =
      Cenkit.circuit().in(CN_HANGZHOU).vbr(Cenkit.vbr(100).localIp("10.0.0.1").peerIp("10.0.0.2").mask(30)).routesToNew(idc);

  private Vbr vbr() {
    return cloud.apply(Spec.of(idc, line)).resultOf(line);
  }

  @Test
  void r3TerminatingAnAlreadyTerminatedVbrIsRejected() {
    Vbr vbr = vbr();
    assertThat(cloud.terminateVirtualBorderRouter(b -> b.vbrId(vbr.id())).status()).isEqualTo(VbrStatus.TERMINATED);

    assertRejected(cloud, () -> cloud.terminateVirtualBorderRouter(b -> b.vbrId(vbr.id())), "IncorrectStatus.VirtualBorderRouter", RuleId.R3);
  }

  @Test
  void r3RecoveringAnActiveVbrIsRejectedAndATerminatedOneRecovers() {
    Vbr vbr = vbr();
    assertRejected(cloud, () -> cloud.recoverVirtualBorderRouter(b -> b.vbrId(vbr.id())), "IncorrectStatus.VirtualBorderRouter", RuleId.R3);

    cloud.terminateVirtualBorderRouter(b -> b.vbrId(vbr.id()));
    assertThat(cloud.recoverVirtualBorderRouter(b -> b.vbrId(vbr.id())).status()).isEqualTo(VbrStatus.ACTIVE);
  }

  @Test
  void r46AVbrThatADataCenterStillRoutesToCannotBeDeleted() {
    DataCenterSpec routed = Cenkit.dataCenter("routed-idc").prefix("192.169.0.0/16");
    ExpressConnectSpec routedLine =
        Cenkit.circuit().in(CN_HANGZHOU).vbr(Cenkit.vbr(101).localIp("10.0.2.1").peerIp("10.0.2.2").mask(30))
            .routesToNew(routed).dataCenterRoute("10.0.0.0/8");
    Vbr vbr = cloud.apply(Spec.of(routed, routedLine)).resultOf(routedLine);

    assertRejected(cloud, () -> cloud.deleteVirtualBorderRouter(b -> b.vbrId(vbr.id())), "DependencyViolation.DataCenterRoute", RuleId.R46);
  }

  @Test
  void d10TwoHostsOfOneDataCenterReachEachOtherInsideIt() {
    var r = cloud.apply(Spec.of(idc, line));
    var dc = r.id(idc.ref());
    var answer = cloud.reachability().network(
        dev.cenkit.reach.DataCenterHost.of(dc, "192.168.1.1"), dev.cenkit.reach.DataCenterHost.of(dc, "192.168.2.2"), 22);
    assertThat(answer.isReachable()).as(answer.explain()).isTrue();
  }
}
