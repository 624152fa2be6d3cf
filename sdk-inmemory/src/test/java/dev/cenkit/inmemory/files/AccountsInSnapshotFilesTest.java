package dev.cenkit.inmemory.files;

import static dev.cenkit.model.RegionId.CN_HANGZHOU;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.cenkit.error.CenkitException;
import dev.cenkit.inmemory.Fixtures;
import dev.cenkit.inmemory.InMemoryCloud;
import dev.cenkit.inmemory.internal.Internals;
import dev.cenkit.model.AccountId;
import dev.cenkit.model.Cidr;
import dev.cenkit.model.cen.CenId;
import dev.cenkit.model.vpc.Vpc;
import dev.cenkit.spi.CloudProvider;
import org.junit.jupiter.api.Test;

/** Snapshot files keep which account ran each commit, the owners and the grants (R8). */
class AccountsInSnapshotFilesTest {
  private static final AccountId B = AccountId.of("1688000000000003");

  private final InMemoryCloud cloud = InMemoryCloud.create();
  private final CloudProvider asB = cloud.asAccount(B);
  private final Vpc theirs = asB.createVpc(b -> b.region(CN_HANGZHOU).cidrBlock(Cidr.of("10.2.0.0/16")));
  private final CenId cen = Fixtures.cen(cloud);

  AccountsInSnapshotFilesTest() {
    asB.grantInstanceToCen(b -> b.instanceId(theirs.id()).cenId(cen).cenOwnerId(AccountId.DEFAULT).regionId(CN_HANGZHOU));
    cloud.attachCenChildInstance(
        b -> b.cenId(cen).childInstanceId(theirs.id()).childInstanceRegion(CN_HANGZHOU).childInstanceOwnerId(B));
  }

  @Test
  void r8AFileKeepsTheAccountsOwnersAndGrantsAndReadsBackTheSame() {
    String json = SnapshotFiles.toJson(cloud.snapshot());

    InMemoryCloud imported = SnapshotFiles.importJson(json);

    assertThat(json).contains("\"account\" : \"" + B + "\"", "\"ownerId\" : \"" + B + "\"", "\"cenGrants\"",
        "\"childInstanceOwnerId\" : \"" + B + "\"");
    assertThat(json).doesNotContain("\"ownerId\" : \"" + AccountId.DEFAULT + "\"", "transitRouterGrants");
    assertThat(Internals.state(imported).sameContentAs(Internals.state(cloud))).isTrue();
    assertThat(imported.snapshot().vpc().vpcs().get(theirs.id()).ownerId()).isEqualTo(B);
    assertThat(imported.describeGrantRulesToCen(theirs.id())).hasSize(1);
    assertThat(SnapshotFiles.toJson(imported.snapshot())).isEqualTo(json);
  }

  @Test
  void r8AFileWhoseCommitLosesItsAccountIsRefusedByTheRules() {
    String json = SnapshotFiles.toJson(cloud.snapshot());
    String withoutAccounts = json.replaceAll("\"account\" : \"" + B + "\",\\s*", "");

    CenkitException e = catchThrowableOfType(CenkitException.class, () -> SnapshotFiles.importJson(withoutAccounts));

    assertThat(e.code()).isEqualTo("cenkit.SnapshotFile.Invalid");
    assertThat(e.getMessage()).contains("refused by the API");
  }

  @Test
  void aCommitsAccountMustBeAUid() {
    String json = SnapshotFiles.toJson(cloud.snapshot()).replace("\"account\" : \"" + B + "\"", "\"account\" : \"bob\"");

    CenkitException e = catchThrowableOfType(CenkitException.class, () -> SnapshotFiles.importJson(json));

    assertThat(e.code()).isEqualTo("cenkit.SnapshotFile.Invalid");
    assertThat(e.detail()).startsWith("$.commits[0].account");
  }
}
