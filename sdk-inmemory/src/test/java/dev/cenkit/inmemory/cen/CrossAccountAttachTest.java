package dev.cenkit.inmemory.cen;

import static dev.cenkit.inmemory.Rejections.assertRejected;
import static dev.cenkit.model.RegionId.CN_BEIJING;
import static dev.cenkit.model.RegionId.CN_HANGZHOU;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cenkit.dsl.Cenkit;
import dev.cenkit.error.RuleId;
import dev.cenkit.inmemory.Fixtures;
import dev.cenkit.inmemory.InMemoryCloud;
import dev.cenkit.model.AccountId;
import dev.cenkit.model.Cidr;
import dev.cenkit.model.cen.CenAttachment;
import dev.cenkit.model.cen.CenGrant;
import dev.cenkit.model.cen.CenId;
import dev.cenkit.model.vpc.Vpc;
import dev.cenkit.reach.ReachabilityAnswer;
import dev.cenkit.reach.Verdict;
import dev.cenkit.reach.VpcHost;
import dev.cenkit.spi.CloudProvider;
import org.junit.jupiter.api.Test;

/** Cross-account attachments to a Basic CEN: owners, GrantInstanceToCen / RevokeInstanceFromCen (R8, R9). */
class CrossAccountAttachTest {
  private static final AccountId B = AccountId.of("1688000000000001");

  private final InMemoryCloud cloud = InMemoryCloud.create();
  private final CloudProvider asB = cloud.asAccount(B);
  private final Vpc own = Fixtures.vpcWithVSwitch(cloud, CN_HANGZHOU, "172.16.0.0/16", "172.16.1.0/24");
  private final Vpc theirs = vpcOfB(CN_HANGZHOU, "10.2.0.0/16", "10.2.1.0/24");
  private final CenId cen = Fixtures.cen(cloud);

  private Vpc vpcOfB(dev.cenkit.model.RegionId region, String cidr, String vSwitch) {
    Vpc vpc = asB.createVpc(b -> b.region(region).cidrBlock(Cidr.of(cidr)));
    asB.createVSwitch(b -> b.vpcId(vpc.id()).zoneId(region.id() + "-a").cidrBlock(Cidr.of(vSwitch)));
    return vpc;
  }

  private CenGrant grantToCen(Vpc vpc) {
    return asB.grantInstanceToCen(
        b -> b.instanceId(vpc.id()).cenId(cen).cenOwnerId(AccountId.DEFAULT).regionId(vpc.region()));
  }

  private CenAttachment attachTheirs() {
    return cloud.attachCenChildInstance(
        b -> b.cenId(cen).childInstanceId(theirs.id()).childInstanceRegion(CN_HANGZHOU).childInstanceOwnerId(B));
  }

  @Test
  void resourcesBelongToTheAccountThatCreatedThem() {
    assertThat(own.ownerId()).isEqualTo(AccountId.DEFAULT);
    assertThat(theirs.ownerId()).isEqualTo(B);
    assertThat(cloud.snapshot().vpc().vpcs().get(theirs.id()).ownerId()).isEqualTo(B);
    assertThat(cloud.snapshot().cen().cens().get(cen).ownerId()).isEqualTo(AccountId.DEFAULT);
    assertThat(asB.createCen(b -> {}).ownerId()).isEqualTo(B);
  }

  @Test
  void r8AttachingAnotherAccountsVpcWithoutAGrantIsRejectedAndChangesNothing() {
    CenkitExceptionText e = new CenkitExceptionText(
        assertRejected(cloud, this::attachTheirs, "Forbbiden.AttachChildInstanceAcrossUid", RuleId.R8).getMessage());
    assertThat(e.text).contains(theirs.id().value(), B.value(), "GrantInstanceToCen");
    assertThat(e.text).contains(cen.value());
  }

  @Test
  void r8AttachingAnotherAccountsVpcAfterItsOwnerGrantedItIsAccepted() {
    CenGrant grant = grantToCen(theirs);

    CenAttachment attached = attachTheirs();

    assertThat(grant.instanceOwnerId()).isEqualTo(B);
    assertThat(grant.cenOwnerId()).isEqualTo(AccountId.DEFAULT);
    assertThat(attached.childInstanceId()).isEqualTo(theirs.id());
    assertThat(cloud.describeCenAttachedChildInstances(cen)).extracting(CenAttachment::childInstanceId)
        .containsExactly(theirs.id());
  }

  @Test
  void r8AttachingAnotherAccountsVpcWithoutNamingItsOwnerIsNotFound() {
    grantToCen(theirs);
    assertRejected(
        cloud,
        () -> cloud.attachCenChildInstance(b -> b.cenId(cen).childInstanceId(theirs.id()).childInstanceRegion(CN_HANGZHOU)),
        "InvalidVpcID.NotFound");
    assertRejected(
        cloud,
        () -> cloud.attachCenChildInstance(b -> b.cenId(cen).childInstanceId(own.id()).childInstanceRegion(CN_HANGZHOU)
            .childInstanceOwnerId(B)),
        "InvalidVpcID.NotFound");
  }

  @Test
  void r8AGrantCannotBeRepeated() {
    grantToCen(theirs);
    assertRejected(cloud, () -> grantToCen(theirs), "InvalidOperation.InstanceAlreadyGranted", RuleId.R8);
  }

  @Test
  void r8AGrantNamingAnotherCenOwnerDoesNotLetTheCenAttach() {
    asB.grantInstanceToCen(b -> b.instanceId(theirs.id()).cenId(cen).cenOwnerId(AccountId.of("42")).regionId(CN_HANGZHOU));
    assertThat(assertRejected(cloud, this::attachTheirs, "Forbbiden.AttachChildInstanceAcrossUid", RuleId.R8)
        .getMessage()).contains("names CEN owner 42");
  }

  @Test
  void r8OnlyTheOwnerCanGrantItsInstanceAndInItsRegion() {
    assertRejected(
        cloud,
        () -> cloud.grantInstanceToCen(b -> b.instanceId(theirs.id()).cenId(cen).cenOwnerId(AccountId.DEFAULT)
            .regionId(CN_HANGZHOU)),
        "InvalidVpcID.NotFound");
    assertRejected(
        cloud,
        () -> asB.grantInstanceToCen(b -> b.instanceId(theirs.id()).cenId(cen).cenOwnerId(AccountId.DEFAULT)
            .regionId(CN_BEIJING)),
        "ParameterIllegal.ChildInstanceRegionId",
        RuleId.R1);
    assertRejected(
        cloud,
        () -> asB.grantInstanceToCen(b -> b.instanceId(theirs.id()).cenId(CenId.of("cen-missing"))
            .cenOwnerId(AccountId.DEFAULT).regionId(CN_HANGZHOU)),
        "ParameterCenInstanceId");
  }

  @Test
  void r8AnotherAccountsCenIsNotFoundForAttachAndDetach() {
    grantToCen(theirs);
    assertRejected(
        cloud,
        () -> asB.attachCenChildInstance(b -> b.cenId(cen).childInstanceId(theirs.id()).childInstanceRegion(CN_HANGZHOU)),
        "ParameterCenInstanceId");
    attachTheirs();
    assertRejected(
        cloud,
        () -> asB.detachCenChildInstance(b -> b.cenId(cen).childInstanceId(theirs.id()).childInstanceRegion(CN_HANGZHOU)),
        "ParameterCenInstanceId");
  }

  @Test
  void r8RevokingAGrantWhileTheInstanceIsAttachedIsRejectedAndAfterDetachIsAccepted() {
    grantToCen(theirs);
    attachTheirs();
    assertRejected(
        cloud,
        () -> asB.revokeInstanceFromCen(b -> b.instanceId(theirs.id()).cenId(cen).cenOwnerId(AccountId.DEFAULT)
            .regionId(CN_HANGZHOU)),
        "InvalidOperation.GrantedInstanceAttached",
        RuleId.R8);

    assertRejected(cloud,
        () -> cloud.detachCenChildInstance(b -> b.cenId(cen).childInstanceId(theirs.id()).childInstanceRegion(CN_HANGZHOU)),
        "InvalidVpcID.NotFound");
    cloud.detachCenChildInstance(
        b -> b.cenId(cen).childInstanceId(theirs.id()).childInstanceRegion(CN_HANGZHOU).childInstanceOwnerId(B));
    CenGrant revoked = asB.revokeInstanceFromCen(
        b -> b.instanceId(theirs.id()).cenId(cen).cenOwnerId(AccountId.DEFAULT).regionId(CN_HANGZHOU));

    assertThat(revoked.instanceId()).isEqualTo(theirs.id());
    assertThat(cloud.describeGrantRulesToCen(theirs.id())).isEmpty();
    assertRejected(cloud, this::attachTheirs, "Forbbiden.AttachChildInstanceAcrossUid", RuleId.R8);
  }

  @Test
  void r8RevokingAGrantThatDoesNotExistIsRejected() {
    assertRejected(
        cloud,
        () -> asB.revokeInstanceFromCen(b -> b.instanceId(theirs.id()).cenId(cen).cenOwnerId(AccountId.DEFAULT)
            .regionId(CN_HANGZHOU)),
        "OperationFailed.GrantCrossAccountNotExist",
        RuleId.R8);
  }

  @Test
  void r8DescribeGrantRulesToCenListsAnInstancesGrantsAndDeletingTheVpcDropsThem() {
    CenId other = Fixtures.cen(cloud);
    grantToCen(theirs);
    asB.grantInstanceToCen(b -> b.instanceId(theirs.id()).cenId(other).cenOwnerId(AccountId.DEFAULT).regionId(CN_HANGZHOU));
    Vpc second = vpcOfB(CN_HANGZHOU, "10.9.0.0/16", "10.9.1.0/24");
    grantToCen(second);

    assertThat(cloud.describeGrantRulesToCen(theirs.id())).extracting(CenGrant::cenId).containsExactlyInAnyOrder(cen, other);
    assertThat(cloud.describeGrantRulesToCen(second.id())).extracting(CenGrant::cenId).containsExactly(cen);

    asB.deleteVSwitch(asB.snapshot().vpc().vSwitchesOf(second.id()).get(0).id());
    asB.deleteVpc(second.id());
    assertThat(cloud.describeGrantRulesToCen(second.id())).isEmpty();
    assertThat(cloud.describeGrantRulesToCen(theirs.id())).hasSize(2);
  }

  @Test
  void r8TheBuildersAttachAnotherAccountsVpcNamingItsOwner() {
    assertRejected(cloud, () -> cloud.apply(Cenkit.attachExisting(cen, theirs)), "Forbbiden.AttachChildInstanceAcrossUid",
        RuleId.R8);
    grantToCen(theirs);

    var applied = cloud.apply(Cenkit.attachExisting(cen, theirs));
    var second = cloud.apply(Cenkit.cen().named("own").attachExisting(own));

    assertThat(applied.snapshot().cen().attachmentOf(theirs.id()).orElseThrow().cenId()).isEqualTo(cen);
    assertThat(second.snapshot().cen().attachmentOf(own.id())).isPresent();
    assertThat(Cenkit.cen().attachExisting(theirs).toSpec().steps()).hasSize(2);
  }

  @Test
  void r9AGrantedCrossAccountAttachIsReachableLikeASameAccountOne() {
    grantToCen(theirs);
    attachTheirs();
    Fixtures.attach(cloud, cen, own);

    ReachabilityAnswer there =
        cloud.reachability().network(VpcHost.of(own.id(), "172.16.1.5"), VpcHost.of(theirs.id(), "10.2.1.10"), 443);
    ReachabilityAnswer back =
        cloud.reachability().network(VpcHost.of(theirs.id(), "10.2.1.10"), VpcHost.of(own.id(), "172.16.1.5"), 443);

    assertThat(there.verdict()).as(there.explain()).isEqualTo(Verdict.REACHABLE);
    assertThat(back.verdict()).as(back.explain()).isEqualTo(Verdict.REACHABLE);
    assertThat(there.blockers()).isEmpty();
  }

  @Test
  void r8AnotherAccountsCenOrVpcIsNotFoundForEveryOperationThatNamesIt() {
    assertRejected(cloud, () -> asB.deleteVpc(own.id()), "InvalidVpcID.NotFound");
    assertRejected(cloud, () -> asB.createVSwitch(b -> b.vpcId(own.id()).zoneId("cn-hangzhou-b")
        .cidrBlock(Cidr.of("172.16.9.0/24"))), "InvalidVpcID.NotFound");
    assertRejected(cloud, () -> asB.deleteCen(cen), "ParameterCenInstanceId");
    assertRejected(cloud, () -> asB.modifyCenAttribute(b -> b.cenId(cen).name("mine-now")), "ParameterCenInstanceId");
    assertRejected(cloud, () -> cloud.deleteVpc(theirs.id()), "InvalidVpcID.NotFound");
    assertThat(assertRejected(cloud, () -> asB.deleteVpc(own.id()), "InvalidVpcID.NotFound").getMessage())
        .contains("belongs to another account");
  }

  @Test
  void anIdThatExistsNowhereKeepsTheHandlersOwnAnswerForEveryAccount() {
    assertRejected(cloud, () -> asB.deleteVpc(dev.cenkit.model.vpc.VpcId.of("vpc-nowhere")), "InvalidVpcID.NotFound");
    assertRejected(cloud, () -> asB.deleteCen(CenId.of("cen-nowhere")), "ParameterCenInstanceId");
  }

  @Test
  void anAccountIdIsADecimalUidAndAsAccountNeedsOne() {
    assertThat(AccountId.of("1688000000000000").value()).isEqualTo("1688000000000000");
    assertThat(AccountId.of(AccountId.DEFAULT.value())).isSameAs(AccountId.DEFAULT);
    assertRejected(cloud, () -> AccountId.of("acct-1"), "InvalidParameter");
    assertRejected(cloud, () -> AccountId.of("1".repeat(21)), "InvalidParameter");
    assertRejected(cloud, () -> AccountId.of(""), "MissingParameter");
    assertRejected(cloud, () -> cloud.asAccount(null), "MissingParameter");
  }

  /** The message of a rejection, for assertions. */
  private record CenkitExceptionText(String text) {}
}
