package dev.cenkit.cli;

import static dev.cenkit.model.RegionId.CN_HANGZHOU;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.cenkit.dsl.Cenkit;
import dev.cenkit.dsl.DataCenterSpec;
import dev.cenkit.inmemory.InMemoryCloud;
import dev.cenkit.model.Ipv4Address;
import dev.cenkit.model.expressconnect.DataCenter;
import dev.cenkit.reach.DataCenterHost;
import dev.cenkit.spi.ApplyResult;
import dev.cenkit.spi.CloudSnapshot;
import org.junit.jupiter.api.Test;

/** The host syntax of {@code --from}: data centers by id or name, with an address or one of their named hosts; names that are not unique. */
class HostArgumentTest {
  private final InMemoryCloud cloud = InMemoryCloud.create();
  private final DataCenter idc;

  HostArgumentTest() {
    DataCenterSpec spec = Cenkit.dataCenter("hz-idc").prefix("192.168.0.0/16").host("app-server", "192.168.10.5");
    ApplyResult r = cloud.apply(spec);
    idc = r.resultOf(spec);
    cloud.create(Cenkit.vpc(CN_HANGZHOU).named("twin").cidr("172.16.0.0/16"));
    cloud.create(Cenkit.vpc(CN_HANGZHOU).named("twin").cidr("172.17.0.0/16"));
  }

  private CloudSnapshot snapshot() {
    return cloud.snapshot();
  }

  @Test
  void aDataCenterHostIsNamedByTheDataCentersIdOrNameAndAnAddressOrHostName() {
    DataCenterHost expected = new DataCenterHost(idc.id(), Ipv4Address.of("192.168.10.5"));

    assertThat(HostArgument.parse("dc:hz-idc:app-server", snapshot())).isEqualTo(expected);
    assertThat(HostArgument.parse("dc:hz-idc:192.168.10.5", snapshot())).isEqualTo(expected);
    assertThat(HostArgument.parse("dc:" + idc.id() + ":app-server", snapshot())).isEqualTo(expected);
    assertThat(HostArgument.parse(idc.id() + ":192.168.10.5", snapshot())).isEqualTo(expected);
  }

  @Test
  void anUnknownHostNameOfADataCenterIsAUsageError() {
    CliFailure e = catchThrowableOfType(CliFailure.class, () -> HostArgument.parse("dc:hz-idc:db-server", snapshot()));

    assertThat(e.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(e.getMessage()).contains("'db-server' is not an IPv4 address nor a host of the data center");
  }

  @Test
  void aNameTwoVpcsShareIsRefusedListingTheirIds() {
    CliFailure e = catchThrowableOfType(CliFailure.class, () -> HostArgument.parse("vpc:twin:172.16.0.5", snapshot()));

    assertThat(e.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(e.getMessage()).contains("more than one VPC is named 'twin'").contains("look it up by id");
    snapshot().vpc().vpcs().keySet().forEach(id -> assertThat(e.getMessage()).contains(id.value()));
  }

  @Test
  void anEcsHostTakesNoAddress() {
    CliFailure e = catchThrowableOfType(CliFailure.class, () -> HostArgument.parse("ecs:web:10.0.0.1", snapshot()));

    assertThat(e.getMessage()).contains("without an address");
  }
}
