package dev.cenkit.inmemory.expressconnect;

import static dev.cenkit.inmemory.Rejections.assertRejected;
import static dev.cenkit.model.RegionId.CN_HANGZHOU;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cenkit.error.RuleId;
import dev.cenkit.inmemory.InMemoryCloud;
import dev.cenkit.model.Cidr;
import dev.cenkit.model.Ipv4Address;
import dev.cenkit.model.expressconnect.DataCenter;
import dev.cenkit.model.expressconnect.PhysicalConnection;
import dev.cenkit.model.expressconnect.Vbr;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataCenterTest {
  private final InMemoryCloud cloud = InMemoryCloud.create();

  @Test
  void aDataCenterIsCreatedWithItsPrefixesAndHostsByCenkitsOwnAction() {
    DataCenter dc = Fixtures.dataCenter(cloud);

    assertThat(dc.id().value()).startsWith("idc-");
    assertThat(dc.host("backend")).contains(Ipv4Address.of("192.168.10.5"));
    assertThat(cloud.snapshot().expressConnect().dataCenter(dc.id())).contains(dc);
    assertThat(cloud.modeledActions()).contains("cenkit:CreateDataCenter");
  }

  @Test
  void d10APrefixInside100_64Slash10IsRejected() {
    assertRejected(
        cloud,
        () -> cloud.createDataCenter(b -> b.name("idc").prefixes(List.of(Cidr.of("100.100.0.0/16")))),
        "InvalidDataCenterPrefix.Reserved",
        RuleId.D10);
  }

  @Test
  void d10APrefixContaining100_64Slash10IsRejected() {
    assertRejected(
        cloud,
        () -> cloud.createDataCenter(b -> b.name("idc").prefixes(List.of(Cidr.of("100.0.0.0/8")))),
        "InvalidDataCenterPrefix.Reserved",
        RuleId.D10);
  }

  @Test
  void d10OverlappingPrefixesAreRejected() {
    assertRejected(
        cloud,
        () ->
            cloud.createDataCenter(
                b -> b.name("idc").prefixes(List.of(Cidr.of("192.168.0.0/16"), Cidr.of("192.168.4.0/24")))),
        "InvalidDataCenterPrefix.Overlapped",
        RuleId.D10);
  }

  @Test
  void d10ADataCenterWithoutPrefixesIsRejected() {
    assertRejected(cloud, () -> cloud.createDataCenter(b -> b.name("idc")), "MissingParameter", RuleId.D10);
  }

  @Test
  void d10AHostOutsideThePrefixesIsRejected() {
    assertRejected(
        cloud,
        () ->
            cloud.createDataCenter(
                b ->
                    b.name("idc")
                        .prefixes(List.of(Cidr.of("192.168.0.0/16")))
                        .hosts(Map.of("stray", Ipv4Address.of("10.1.1.1")))),
        "InvalidDataCenterHost.NotInPrefix",
        RuleId.D10);
  }

  @Test
  void d10ADataCenterRouteGoesOverAVbrOfACircuitLandingInIt() {
    Vbr vbr = Fixtures.vbr(cloud);
    DataCenter dc = cloud.snapshot().expressConnect().dataCenterOf(vbr.id()).orElseThrow();

    DataCenter updated =
        cloud.createDataCenterRoute(
            b -> b.dataCenterId(dc.id()).destination(Cidr.of("172.16.0.0/16")).vbrId(vbr.id()));

    assertThat(updated.routes()).singleElement().satisfies(r -> {
      assertThat(r.destination()).isEqualTo(Cidr.of("172.16.0.0/16"));
      assertThat(r.vbrId()).isEqualTo(vbr.id());
    });
    assertRejected(
        cloud,
        () -> cloud.createDataCenterRoute(b -> b.dataCenterId(dc.id()).destination(Cidr.of("172.16.0.0/16")).vbrId(vbr.id())),
        "RouterEntryConflict.Duplicated",
        RuleId.D10);
    cloud.deleteDataCenterRoute(b -> b.dataCenterId(dc.id()).destination(Cidr.of("172.16.0.0/16")));
    assertThat(cloud.snapshot().expressConnect().dataCenter(dc.id()).orElseThrow().routes()).isEmpty();
  }

  @Test
  void d10ADataCenterRouteOverAVbrOfAnotherDataCenterIsRejected() {
    Vbr vbr = Fixtures.vbr(cloud);
    DataCenter other =
        cloud.createDataCenter(b -> b.name("bj-idc").prefixes(List.of(Cidr.of("10.20.0.0/16"))));

    assertRejected(
        cloud,
        () -> cloud.createDataCenterRoute(b -> b.dataCenterId(other.id()).destination(Cidr.of("172.16.0.0/16")).vbrId(vbr.id())),
        "InvalidOperation.VbrNotInDataCenter",
        RuleId.D10);
  }

  @Test
  void d10ADataCenterRouteToItsOwnPrefixIsRejected() {
    Vbr vbr = Fixtures.vbr(cloud);
    DataCenter dc = cloud.snapshot().expressConnect().dataCenterOf(vbr.id()).orElseThrow();

    assertRejected(
        cloud,
        () -> cloud.createDataCenterRoute(b -> b.dataCenterId(dc.id()).destination(Cidr.of("192.168.1.0/24")).vbrId(vbr.id())),
        "InvalidParameter",
        RuleId.D10);
  }

  @Test
  void aCircuitMustLandInAnExistingDataCenter() {
    DataCenter dc = Fixtures.dataCenter(cloud);
    PhysicalConnection pc = Fixtures.circuit(cloud, dc, CN_HANGZHOU);
    assertThat(pc.dataCenterId()).isEqualTo(dc.id());
    assertThat(cloud.snapshot().expressConnect().circuitsOf(dc.id())).containsExactly(pc);
    assertRejected(
        cloud,
        () ->
            cloud.createPhysicalConnection(
                b ->
                    b.region(CN_HANGZHOU)
                        .accessPointId("ap-cn-hangzhou-xs-A")
                        .lineOperator(dev.cenkit.model.expressconnect.LineOperator.CU)
                        .dataCenterId(dev.cenkit.model.expressconnect.DataCenterId.of("idc-missing0000000000"))),
        "InvalidDataCenterId.NotFound");
  }
}
