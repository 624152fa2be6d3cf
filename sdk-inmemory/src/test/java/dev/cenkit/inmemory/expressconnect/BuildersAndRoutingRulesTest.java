package dev.cenkit.inmemory.expressconnect;

import static dev.cenkit.model.RegionId.CN_HANGZHOU;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.cenkit.dsl.Cenkit;
import dev.cenkit.dsl.DataCenterSpec;
import dev.cenkit.dsl.ExpressConnectSpec;
import dev.cenkit.error.CenkitException;
import dev.cenkit.error.RuleId;
import dev.cenkit.inmemory.InMemoryCloud;
import dev.cenkit.inmemory.rules.ExpressConnectRules;
import dev.cenkit.model.expressconnect.Vbr;
import dev.cenkit.model.vpc.Vpc;
import org.junit.jupiter.api.Test;

class BuildersAndRoutingRulesTest {
  @Test
  void aDataCenterBuilderRejectsADuplicateHostNameAndAMalformedAddressAtOnce() {
    DataCenterSpec idc = Cenkit.dataCenter("hz-idc").prefix("192.168.0.0/16").host("backend", "192.168.10.5");

    assertThat(catchThrowableOfType(CenkitException.class, () -> idc.host("backend", "192.168.10.6")).code())
        .isEqualTo("InvalidParameter");
    assertThat(catchThrowableOfType(CenkitException.class, () -> idc.host("db", "192.168.10")).code())
        .isEqualTo("InvalidParameter");
    assertThat(catchThrowableOfType(CenkitException.class, () -> idc.prefix("192.168.0.1/16")).code())
        .isEqualTo("InvalidCidrBlock.Malformed");
    assertThat(catchThrowableOfType(CenkitException.class, () -> Cenkit.dataCenter("http://idc")).code())
        .isEqualTo("InvalidName.Malformed");
  }

  @Test
  void r45AVbrBuilderRejectsAPrefixLengthThatIsNoMaskAndNeedsBothAddresses() {
    CenkitException e = catchThrowableOfType(CenkitException.class, () -> Cenkit.vbr(1).mask(33));
    assertThat(e.code()).isEqualTo("InvalidPeeringSubnetMask.Malformed");
    assertThat(e.rule()).contains(RuleId.R45);
    assertThat(Cenkit.vbr(1).mask(24).mask()).isEqualTo("255.255.255.0");

    InMemoryCloud cloud = InMemoryCloud.create();
    ExpressConnectSpec noPeer =
        Cenkit.circuit().in(CN_HANGZHOU).vbr(Cenkit.vbr(1).localIp("10.0.0.1"))
            .routesToNew(Cenkit.dataCenter("idc").prefix("192.168.0.0/16"));
    assertThat(catchThrowableOfType(CenkitException.class, () -> cloud.apply(noPeer)).code())
        .isEqualTo("MissingParameter");
    assertThat(cloud.snapshot().version()).isZero();
  }

  @Test
  void aSpecListsItsStepsInOrder() {
    ExpressConnectSpec line =
        Cenkit.circuit().in(CN_HANGZHOU).vbr(Cenkit.vbr(100).localIp("10.0.0.1").peerIp("10.0.0.2"))
            .routesToNew(Cenkit.dataCenter("idc").prefix("192.168.0.0/16").prefix("10.10.0.0/16"))
            .dataCenterRoute("172.16.0.0/16");

    assertThat(line.toSpec().steps()).extracting(s -> s.label().split(" ")[0])
        .containsExactly("create", "create", "confirm", "enable", "create", "route", "route", "route");
  }

  @Test
  void d15TrafficFromOneVbrToAnotherIsDeniedByTheDefaultRouteMapButNotVbrToVpc() {
    InMemoryCloud cloud = InMemoryCloud.create();
    Vbr a = Fixtures.vbr(cloud);
    Vbr b = Fixtures.vbr(cloud, cloud.snapshot().expressConnect().physicalConnection(a.physicalConnectionId()).orElseThrow(), 200);
    Vpc vpc = Fixtures.vpc(cloud, CN_HANGZHOU, "172.16.0.0/16");

    assertThat(ExpressConnectRules.d15DeniedByDefaultRouteMap(a.id(), b.id())).isTrue();
    assertThat(ExpressConnectRules.d15DeniedByDefaultRouteMap(a.id(), vpc.id())).isFalse();
    assertThat(ExpressConnectRules.d15DeniedByDefaultRouteMap(vpc.id(), a.id())).isFalse();
  }
}
