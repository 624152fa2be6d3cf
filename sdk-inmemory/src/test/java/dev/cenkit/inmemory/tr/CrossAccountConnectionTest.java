package dev.cenkit.inmemory.tr;

import static dev.cenkit.inmemory.Rejections.assertRejected;
import static dev.cenkit.model.RegionId.CN_HANGZHOU;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cenkit.error.RuleId;
import dev.cenkit.model.AccountId;
import dev.cenkit.model.Cidr;
import dev.cenkit.model.cen.CenGrant;
import dev.cenkit.model.cen.GrantOrderType;
import dev.cenkit.model.expressconnect.DataCenter;
import dev.cenkit.model.expressconnect.LineOperator;
import dev.cenkit.model.expressconnect.PhysicalConnection;
import dev.cenkit.model.expressconnect.Vbr;
import dev.cenkit.model.tr.TransitRouter;
import dev.cenkit.model.tr.TransitRouterAttachment;
import dev.cenkit.model.tr.ZoneMapping;
import dev.cenkit.model.vpc.VSwitch;
import dev.cenkit.model.vpc.Vpc;
import dev.cenkit.reach.ReachabilityAnswer;
import dev.cenkit.reach.Verdict;
import dev.cenkit.reach.VpcHost;
import dev.cenkit.spi.CloudProvider;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Cross-account connections to Enterprise transit routers: GrantInstanceToTransitRouter and its revoke (E18, R48). */
class CrossAccountConnectionTest {
  private static final AccountId B = AccountId.of("1688000000000002");

  private final TrFixture f = new TrFixture();
  private final CloudProvider asB = f.cloud.asAccount(B);
  private final Vpc theirs = asB.createVpc(b -> b.region(CN_HANGZHOU).cidrBlock(Cidr.of("10.8.0.0/16")));
  private final VSwitch theirsH = vSwitchOfB("cn-hangzhou-h", "10.8.1.0/24");
  private final VSwitch theirsI = vSwitchOfB("cn-hangzhou-i", "10.8.2.0/24");
  private final TransitRouter hz = f.router(CN_HANGZHOU);

  private VSwitch vSwitchOfB(String zone, String cidr) {
    return asB.createVSwitch(b -> b.vpcId(theirs.id()).zoneId(zone).cidrBlock(Cidr.of(cidr)));
  }

  private TransitRouterAttachment connectTheirs() {
    return f.cloud.createTransitRouterVpcAttachment(b -> b.transitRouterId(hz.id()).vpcId(theirs.id()).vpcOwnerId(B)
        .zoneMappings(List.of(ZoneMapping.of(theirsH.zoneId(), theirsH.id()), ZoneMapping.of(theirsI.zoneId(), theirsI.id()))));
  }

  private CenGrant grantToRouters() {
    return asB.grantInstanceToTransitRouter(
        b -> b.instanceId(theirs.id()).cenId(f.cen).cenOwnerId(AccountId.DEFAULT).regionId(CN_HANGZHOU)
            .orderType(GrantOrderType.PAY_BY_RESOURCE_OWNER));
  }

  @Test
  void e18ConnectingAnotherAccountsVpcWithoutAGrantIsRejectedAndChangesNothing() {
    assertThat(assertRejected(f.cloud, this::connectTheirs, "Forbbiden.AttachChildInstanceAcrossUid", RuleId.E18)
        .getMessage()).contains("GrantInstanceToTransitRouter", theirs.id().value(), B.value());
  }

  @Test
  void e18ConnectingAnotherAccountsVpcAfterAGrantIsAccepted() {
    CenGrant grant = grantToRouters();

    TransitRouterAttachment c = connectTheirs();

    assertThat(grant.orderType()).contains(GrantOrderType.PAY_BY_RESOURCE_OWNER);
    assertThat(c.vpcId()).contains(theirs.id());
    assertThat(f.cloud.describeGrantRulesToResource(theirs.id())).containsExactly(grant);
  }

  @Test
  void e18ABasicGrantDoesNotAllowATransitRouterConnection() {
    asB.grantInstanceToCen(b -> b.instanceId(theirs.id()).cenId(f.cen).cenOwnerId(AccountId.DEFAULT).regionId(CN_HANGZHOU));
    assertRejected(f.cloud, this::connectTheirs, "Forbbiden.AttachChildInstanceAcrossUid", RuleId.E18);
  }

  @Test
  void e18WithoutVpcOwnerIdAnotherAccountsVpcIsNotFound() {
    grantToRouters();
    assertRejected(
        f.cloud,
        () -> f.cloud.createTransitRouterVpcAttachment(b -> b.transitRouterId(hz.id()).vpcId(theirs.id())
            .zoneMappings(List.of(ZoneMapping.of(theirsH.zoneId(), theirsH.id()),
                ZoneMapping.of(theirsI.zoneId(), theirsI.id())))),
        "InvalidVpcID.NotFound");
  }

  @Test
  void e18AnotherAccountCannotConnectToTheCensRouters() {
    assertRejected(
        f.cloud,
        () -> asB.createTransitRouterVpcAttachment(b -> b.transitRouterId(hz.id()).vpcId(theirs.id())
            .zoneMappings(List.of(ZoneMapping.of(theirsH.zoneId(), theirsH.id()),
                ZoneMapping.of(theirsI.zoneId(), theirsI.id())))),
        "InvalidCenId.NotFound");
  }

  @Test
  void e18AGrantCannotBeRepeatedNorRevokedWhileConnected() {
    grantToRouters();
    assertRejected(f.cloud, this::grantToRouters, "InvalidOperation.InstanceAlreadyGranted", RuleId.R8);
    TransitRouterAttachment c = connectTheirs();
    assertRejected(
        f.cloud,
        () -> asB.revokeInstanceFromTransitRouter(b -> b.instanceId(theirs.id()).cenId(f.cen).cenOwnerId(AccountId.DEFAULT)),
        "InvalidOperation.GrantedInstanceAttached",
        RuleId.E18);

    f.cloud.deleteTransitRouterVpcAttachment(b -> b.transitRouterAttachmentId(c.id()));
    asB.revokeInstanceFromTransitRouter(b -> b.instanceId(theirs.id()).cenId(f.cen).cenOwnerId(AccountId.DEFAULT)
        .regionId(CN_HANGZHOU));

    assertThat(f.cloud.describeGrantRulesToResource(theirs.id())).isEmpty();
    assertRejected(f.cloud, this::connectTheirs, "Forbbiden.AttachChildInstanceAcrossUid", RuleId.E18);
  }

  @Test
  void r48AnotherAccountsVbrCannotBeGrantedToACenOrItsRouters() {
    Vbr vbr = vbrOfB();
    assertRejected(
        f.cloud,
        () -> asB.grantInstanceToCen(b -> b.instanceId(vbr.id()).cenId(f.cen).cenOwnerId(AccountId.DEFAULT)
            .regionId(CN_HANGZHOU)),
        "Forbidden.GrantVbrAcrossUid",
        RuleId.R48);
    assertRejected(
        f.cloud,
        () -> asB.grantInstanceToTransitRouter(b -> b.instanceId(vbr.id()).cenId(f.cen).cenOwnerId(AccountId.DEFAULT)
            .regionId(CN_HANGZHOU)),
        "Forbidden.GrantVbrAcrossUid",
        RuleId.R48);
    assertRejected(
        f.cloud,
        () -> f.cloud.createTransitRouterVbrAttachment(b -> b.transitRouterId(hz.id()).vbrId(vbr.id()).vbrOwnerId(B)),
        "Forbbiden.AttachChildInstanceAcrossUid",
        RuleId.E18);
    dev.cenkit.model.cen.CenId basic = f.cloud.createCen(b -> b.name("basic")).id();
    assertRejected(
        f.cloud,
        () -> f.cloud.attachCenChildInstance(b -> b.cenId(basic).childInstanceId(vbr.id()).childInstanceRegion(CN_HANGZHOU)
            .childInstanceOwnerId(B)),
        "Forbbiden.AttachChildInstanceAcrossUid",
        RuleId.R8);
    assertThat(vbr.ownerId()).isEqualTo(B);
  }

  @Test
  void r48AVbrGrantedWithinItsOwnAccountIsAcceptedAndChangesNoRule() {
    Vbr vbr = vbrOfB();
    dev.cenkit.model.cen.CenId own = asB.createCen(b -> b.name("b-own")).id();

    CenGrant grant = asB.grantInstanceToCen(b -> b.instanceId(vbr.id()).cenId(own).cenOwnerId(B).regionId(CN_HANGZHOU));

    assertThat(grant.instanceType()).isEqualTo(dev.cenkit.model.ChildInstanceType.VBR);
    assertThat(asB.attachCenChildInstance(b -> b.cenId(own).childInstanceId(vbr.id()).childInstanceRegion(CN_HANGZHOU))
        .childInstanceId()).isEqualTo(vbr.id());
  }

  @Test
  void e18AGrantedCrossAccountConnectionIsReachableLikeASameAccountOne() {
    grantToRouters();
    TransitRouterAttachment mine = f.connect(hz, f.vpc1, f.vsw1a, f.vsw1b);
    TransitRouterAttachment other = connectTheirs();
    f.associateAndPropagate(hz, mine);
    f.associateAndPropagate(hz, other);
    f.cloud.createRouteEntry(b -> b.routeTableId(f.vpc1.routeTableId()).destinationCidrBlock(Cidr.of("10.8.0.0/16"))
        .nextHopType(dev.cenkit.model.vpc.NextHopType.ATTACHMENT).nextHopId(mine.id().value()));
    asB.createRouteEntry(b -> b.routeTableId(theirs.routeTableId()).destinationCidrBlock(Cidr.of("172.16.0.0/16"))
        .nextHopType(dev.cenkit.model.vpc.NextHopType.ATTACHMENT).nextHopId(other.id().value()));

    ReachabilityAnswer answer =
        f.cloud.reachability().network(VpcHost.of(f.vpc1.id(), "172.16.1.5"), VpcHost.of(theirs.id(), "10.8.1.9"), 443);

    assertThat(answer.verdict()).as(answer.explain()).isEqualTo(Verdict.REACHABLE);
  }

  /** A VBR of account B in Hangzhou, on B's own enabled circuit. */
  private Vbr vbrOfB() {
    DataCenter dc = asB.createDataCenter(b -> b.name("b-idc").prefixes(List.of(Cidr.of("192.168.0.0/16"))));
    PhysicalConnection pc = asB.createPhysicalConnection(
        b -> b.region(CN_HANGZHOU).accessPointId("ap-cn-hangzhou-xs-A").lineOperator(LineOperator.CT).dataCenterId(dc.id()));
    asB.confirmPhysicalConnection(b -> b.physicalConnectionId(pc.id()));
    PhysicalConnection enabled = asB.createPhysicalConnectionOccupancyOrder(b -> b.physicalConnectionId(pc.id()));
    return asB.createVirtualBorderRouter(
        b -> b.region(CN_HANGZHOU).physicalConnectionId(enabled.id()).vlanId(100).localGatewayIp("10.0.0.1")
            .peerGatewayIp("10.0.0.2").peeringSubnetMask("255.255.255.252"));
  }
}
