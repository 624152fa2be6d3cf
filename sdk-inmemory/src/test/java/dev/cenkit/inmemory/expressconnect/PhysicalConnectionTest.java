package dev.cenkit.inmemory.expressconnect;

import static dev.cenkit.inmemory.Rejections.assertRejected;
import static dev.cenkit.model.RegionId.CN_BEIJING;
import static dev.cenkit.model.RegionId.CN_HANGZHOU;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cenkit.error.IncorrectStatusException;
import dev.cenkit.error.RuleId;
import dev.cenkit.inmemory.InMemoryCloud;
import dev.cenkit.inmemory.quota.Quotas;
import dev.cenkit.model.expressconnect.DataCenter;
import dev.cenkit.model.expressconnect.LineOperator;
import dev.cenkit.model.expressconnect.PhysicalConnection;
import dev.cenkit.model.expressconnect.PhysicalConnectionId;
import dev.cenkit.model.expressconnect.PhysicalConnectionStatus;
import dev.cenkit.model.expressconnect.PortType;
import org.junit.jupiter.api.Test;

class PhysicalConnectionTest {
  private final InMemoryCloud cloud = InMemoryCloud.create();
  private final DataCenter dc = Fixtures.dataCenter(cloud);

  @Test
  void r43ACircuitGoesFromInitialToConfirmedToEnabled() {
    PhysicalConnection pc = Fixtures.circuit(cloud, dc, CN_HANGZHOU);
    assertThat(pc.id().value()).startsWith("pc-");
    assertThat(pc.status()).isEqualTo(PhysicalConnectionStatus.INITIAL);
    assertThat(pc.portType()).isEqualTo(PortType.BASE_LX_1000);
    assertThat(pc.carriesTraffic()).isFalse();

    assertThat(cloud.confirmPhysicalConnection(b -> b.physicalConnectionId(pc.id())).status())
        .isEqualTo(PhysicalConnectionStatus.CONFIRMED);
    PhysicalConnection enabled = cloud.createPhysicalConnectionOccupancyOrder(b -> b.physicalConnectionId(pc.id()));

    assertThat(enabled.status()).isEqualTo(PhysicalConnectionStatus.ENABLED);
    assertThat(enabled.carriesTraffic()).isTrue();
    assertThat(cloud.snapshot().expressConnect().physicalConnection(pc.id())).contains(enabled);
  }

  @Test
  void r43EnablingAnInitialCircuitWithoutConfirmingIsRejected() {
    PhysicalConnection pc = Fixtures.circuit(cloud, dc, CN_HANGZHOU);
    var e =
        assertRejected(
            cloud,
            () -> cloud.createPhysicalConnectionOccupancyOrder(b -> b.physicalConnectionId(pc.id())),
            "IncorrectStatus.PhysicalConnection",
            RuleId.R43);
    assertThat(e).isInstanceOf(IncorrectStatusException.class);
  }

  @Test
  void r43ConfirmingTwiceIsRejected() {
    PhysicalConnection pc = Fixtures.circuit(cloud, dc, CN_HANGZHOU);
    cloud.confirmPhysicalConnection(b -> b.physicalConnectionId(pc.id()));
    assertRejected(
        cloud,
        () -> cloud.confirmPhysicalConnection(b -> b.physicalConnectionId(pc.id())),
        "IncorrectStatus.PhysicalConnection",
        RuleId.R43);
  }

  @Test
  void r43CancelingAnEnabledCircuitIsRejectedButTerminatingItWorks() {
    PhysicalConnection pc = Fixtures.enabledCircuit(cloud, dc, CN_HANGZHOU);
    assertRejected(
        cloud,
        () -> cloud.cancelPhysicalConnection(b -> b.physicalConnectionId(pc.id())),
        "IncorrectStatus.PhysicalConnection",
        RuleId.R43);
    assertThat(cloud.terminatePhysicalConnection(b -> b.physicalConnectionId(pc.id())).status())
        .isEqualTo(PhysicalConnectionStatus.TERMINATED);
  }

  @Test
  void r43TerminatingACircuitThatIsNotEnabledIsRejected() {
    PhysicalConnection pc = Fixtures.circuit(cloud, dc, CN_HANGZHOU);
    assertRejected(
        cloud,
        () -> cloud.terminatePhysicalConnection(b -> b.physicalConnectionId(pc.id())),
        "IncorrectStatus.PhysicalConnection",
        RuleId.R43);
  }

  @Test
  void r43CanceledAndTerminatedAreFinal() {
    PhysicalConnection canceled = Fixtures.circuit(cloud, dc, CN_HANGZHOU);
    cloud.cancelPhysicalConnection(b -> b.physicalConnectionId(canceled.id()));
    assertRejected(
        cloud,
        () -> cloud.confirmPhysicalConnection(b -> b.physicalConnectionId(canceled.id())),
        "IncorrectStatus.PhysicalConnection",
        RuleId.R43);

    PhysicalConnection terminated = Fixtures.enabledCircuit(cloud, dc, CN_HANGZHOU);
    cloud.terminatePhysicalConnection(b -> b.physicalConnectionId(terminated.id()));
    assertRejected(
        cloud,
        () -> cloud.createPhysicalConnectionOccupancyOrder(b -> b.physicalConnectionId(terminated.id())),
        "IncorrectStatus.PhysicalConnection",
        RuleId.R43);
  }

  @Test
  void r43OnlyCanceledOrTerminatedCircuitsAreDeleted() {
    PhysicalConnection enabled = Fixtures.enabledCircuit(cloud, dc, CN_HANGZHOU);
    assertRejected(
        cloud,
        () -> cloud.deletePhysicalConnection(b -> b.physicalConnectionId(enabled.id())),
        "IncorrectStatus.PhysicalConnection",
        RuleId.R43);

    PhysicalConnection canceled = Fixtures.circuit(cloud, dc, CN_HANGZHOU);
    cloud.cancelPhysicalConnection(b -> b.physicalConnectionId(canceled.id()));
    cloud.deletePhysicalConnection(b -> b.physicalConnectionId(canceled.id()));
    assertThat(cloud.snapshot().expressConnect().physicalConnection(canceled.id())).isEmpty();
  }

  @Test
  void r43ACircuitWithVbrsCannotBeTerminated() {
    PhysicalConnection pc = Fixtures.enabledCircuit(cloud, dc, CN_HANGZHOU);
    Fixtures.vbr(cloud, pc, 100);
    assertRejected(
        cloud,
        () -> cloud.terminatePhysicalConnection(b -> b.physicalConnectionId(pc.id())),
        "DependencyViolation.VirtualBorderRouter",
        RuleId.R43);
  }

  @Test
  void r42AtMostFiveCircuitsWaitToBeEnabled() {
    for (int i = 0; i < 5; i++) {
      Fixtures.circuit(cloud, dc, CN_HANGZHOU);
    }
    assertRejected(
        cloud,
        () -> Fixtures.circuit(cloud, dc, CN_HANGZHOU),
        "QuotaExceeded.UnfinishedPhysicalConnection",
        RuleId.R42);
  }

  @Test
  void r42EnabledAndCanceledCircuitsDoNotCount() {
    InMemoryCloud small = InMemoryCloud.builder().quotas(Quotas.builder().pendingCircuitsPerAccount(1).build()).build();
    DataCenter idc = Fixtures.dataCenter(small);
    Fixtures.enabledCircuit(small, idc, CN_HANGZHOU);
    PhysicalConnection pending = Fixtures.circuit(small, idc, CN_HANGZHOU);
    assertRejected(small, () -> Fixtures.circuit(small, idc, CN_HANGZHOU), "QuotaExceeded.UnfinishedPhysicalConnection", RuleId.R42);

    small.cancelPhysicalConnection(b -> b.physicalConnectionId(pending.id()));
    assertThat(Fixtures.circuit(small, idc, CN_HANGZHOU).status()).isEqualTo(PhysicalConnectionStatus.INITIAL);
  }

  @Test
  void r1AnAccessPointOfAnotherRegionIsRejected() {
    assertRejected(
        cloud,
        () ->
            cloud.createPhysicalConnection(
                b ->
                    b.region(CN_BEIJING)
                        .accessPointId("ap-cn-hangzhou-xs-A")
                        .lineOperator(LineOperator.CM)
                        .dataCenterId(dc.id())),
        "InvalidAccessPointId.RegionMismatch",
        RuleId.R1);
  }

  @Test
  void actionsOnAnUnknownCircuitAreRejectedWithTheRealCode() {
    assertRejected(
        cloud,
        () -> cloud.confirmPhysicalConnection(b -> b.physicalConnectionId(PhysicalConnectionId.of("pc-doesnotexist000000"))),
        "InvalidPhysicalConnectionId.NotFound");
  }

  @Test
  void lineOperatorsAndPortTypesParseTheApiValues() {
    assertThat(LineOperator.of("Equinix")).isEqualTo(LineOperator.EQUINIX);
    assertThat(PortType.of("10GBase-LR")).isEqualTo(PortType.GBASE_LR_10);
    assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(
            dev.cenkit.error.CenkitException.class, () -> PortType.of("1G")).code())
        .isEqualTo("InvalidPortType.Malformed");
  }
}
