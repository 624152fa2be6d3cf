package dev.cenkit.inmemory.expressconnect;

import static dev.cenkit.inmemory.Rejections.assertRejected;
import static dev.cenkit.model.RegionId.CN_BEIJING;
import static dev.cenkit.model.RegionId.CN_HANGZHOU;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cenkit.error.RuleId;
import dev.cenkit.inmemory.InMemoryCloud;
import dev.cenkit.model.ChildInstanceType;
import dev.cenkit.model.cen.CenAttachment;
import dev.cenkit.model.cen.CenInstance;
import dev.cenkit.model.expressconnect.Vbr;
import dev.cenkit.model.expressconnect.VbrId;
import org.junit.jupiter.api.Test;

class VbrCenAttachmentTest {
  private final InMemoryCloud cloud = InMemoryCloud.create();
  private final Vbr vbr = Fixtures.vbr(cloud);
  private final CenInstance cen = Fixtures.cen(cloud);

  @Test
  void aVbrIsAttachedToACenAsAChildOfTypeVbr() {
    CenAttachment a =
        cloud.attachCenChildInstance(b -> b.cenId(cen.id()).childInstanceId(vbr.id()).childInstanceRegion(CN_HANGZHOU));

    assertThat(a.childInstanceType()).isEqualTo(ChildInstanceType.VBR);
    assertThat(a.childInstanceRegion()).isEqualTo(CN_HANGZHOU);
    assertThat(cloud.snapshot().cen().attachmentOf(vbr.id())).contains(a);
  }

  @Test
  void r6AVbrAttachedToACenCannotBeAttachedToASecondCen() {
    cloud.attachCenChildInstance(b -> b.cenId(cen.id()).childInstanceId(vbr.id()).childInstanceRegion(CN_HANGZHOU));
    CenInstance second = Fixtures.cen(cloud);
    assertRejected(
        cloud,
        () -> cloud.attachCenChildInstance(b -> b.cenId(second.id()).childInstanceId(vbr.id()).childInstanceRegion(CN_HANGZHOU)),
        "InvalidOperation.ChildInstanceAlreadyAttached",
        RuleId.R6);
  }

  @Test
  void r1AVbrAttachedWithAnotherRegionIsRejected() {
    assertRejected(
        cloud,
        () -> cloud.attachCenChildInstance(b -> b.cenId(cen.id()).childInstanceId(vbr.id()).childInstanceRegion(CN_BEIJING)),
        "ParameterIllegal.ChildInstanceRegionId",
        RuleId.R1);
  }

  @Test
  void attachingAnUnknownVbrIsRejected() {
    assertRejected(
        cloud,
        () -> cloud.attachCenChildInstance(
            b -> b.cenId(cen.id()).childInstanceId(VbrId.of("vbr-doesnotexist00000")).childInstanceRegion(CN_HANGZHOU)),
        "InvalidVbrId.NotFound");
  }
}
