package dev.cenkit.inmemory.tr;

import static dev.cenkit.inmemory.Rejections.assertRejected;
import static dev.cenkit.model.RegionId.CN_HANGZHOU;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.cenkit.error.CenkitException;
import dev.cenkit.error.RuleId;
import dev.cenkit.inmemory.internal.Internals;
import dev.cenkit.inmemory.rules.TransitRouterLookups;
import dev.cenkit.inmemory.state.Snapshot;
import dev.cenkit.model.expressconnect.Vbr;
import dev.cenkit.model.tr.TransitRouter;
import dev.cenkit.model.tr.TransitRouterAttachment;
import dev.cenkit.model.tr.TransitRouterAttachmentKind;
import dev.cenkit.model.tr.TransitRouterAttachmentStatus;
import dev.cenkit.model.tr.TransitRouterStatus;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * E24 (a router or connection in a transitional state accepts only reads) and E32 (a VPC or VBR goes only after
 * its connections). cenkit completes every change at once, so E24 is checked against snapshots that carry a
 * transitional status, built from a real cloud's state, as the R40/R41 tests do.
 */
class TransitionalAndTeardownRulesTest {
  private final TrFixture f = new TrFixture();
  private final TransitRouter h = f.router(CN_HANGZHOU);
  private final TransitRouterAttachment c1 = f.connect(h, f.vpc1, f.vsw1a, f.vsw1b);

  private static void assertRule(ThrowingCallable call, String code, RuleId rule) {
    CenkitException e = catchThrowableOfType(CenkitException.class, call);
    assertThat(e).as("expected %s", code).isNotNull();
    assertThat(e.code()).isEqualTo(code);
    assertThat(e.rule()).contains(rule);
  }

  private Snapshot withRouter(TransitRouterStatus status) {
    return Internals.state(f.cloud).withTransitRouter(t -> t.withRouter(h.toBuilder().status(status).build()));
  }

  private Snapshot withConnection(TransitRouterAttachmentStatus status) {
    return Internals.state(f.cloud).withTransitRouter(t -> t.withAttachment(c1.toBuilder().status(status).build()));
  }

  @Test
  void e24ARouterThatIsCreatingModifyingOrDeletingAcceptsNoChange() {
    for (TransitRouterStatus status : TransitRouterStatus.values()) {
      Snapshot s = withRouter(status);
      if (status == TransitRouterStatus.ACTIVE) {
        assertThatCode(() -> TransitRouterLookups.routerToChange(s, h.id())).doesNotThrowAnyException();
      } else {
        assertRule(() -> TransitRouterLookups.routerToChange(s, h.id()), "IncorrectStatus.TransitRouter", RuleId.E24);
        // A change to one of its connections is refused for the router's sake too.
        assertRule(() -> TransitRouterLookups.attachment(s, c1.id(), TransitRouterAttachmentKind.VPC),
            "IncorrectStatus.TransitRouter", RuleId.E24);
      }
      // Reads still succeed.
      assertThat(TransitRouterLookups.router(s, h.id()).status()).isEqualTo(status);
    }
  }

  @Test
  void e24AConnectionThatIsAttachingModifyingOrDetachingAcceptsNoChange() {
    for (TransitRouterAttachmentStatus status : TransitRouterAttachmentStatus.values()) {
      Snapshot s = withConnection(status);
      if (status == TransitRouterAttachmentStatus.ATTACHED) {
        assertThatCode(() -> TransitRouterLookups.attachmentToRoute(s, c1.id())).doesNotThrowAnyException();
      } else {
        assertRule(() -> TransitRouterLookups.attachment(s, c1.id(), TransitRouterAttachmentKind.VPC),
            "IncorrectStatus.Status", RuleId.E24);
        assertRule(() -> TransitRouterLookups.attachmentToRoute(s, c1.id()), "IncorrectStatus.Status", RuleId.E24);
      }
    }
  }

  @Test
  void e24TheCloudsOwnChangesLeaveRoutersAndConnectionsSettled() {
    assertThat(f.cloud.listTransitRouters(f.cen)).extracting(TransitRouter::status).containsOnly(TransitRouterStatus.ACTIVE);
    assertThat(f.cloud.listTransitRouterAttachments(h.id())).extracting(TransitRouterAttachment::status)
        .containsOnly(TransitRouterAttachmentStatus.ATTACHED);
  }

  @Test
  void e32AVpcIsNotDeletedWhileATransitRouterConnectionUsesIt() {
    assertRejected(f.cloud, () -> f.cloud.deleteVpc(f.vpc1.id()), "DependencyViolation.CenAttachment", RuleId.E32);
    f.cloud.deleteTransitRouterVpcAttachment(b -> b.transitRouterAttachmentId(c1.id()));
    f.cloud.deleteVSwitch(f.vsw1a.id());
    f.cloud.deleteVSwitch(f.vsw1b.id());
    f.cloud.deleteVpc(f.vpc1.id());
    assertThat(f.cloud.snapshot().vpc().vpc(f.vpc1.id())).isEmpty();
  }

  @Test
  void e32AVbrIsNotDeletedWhileATransitRouterConnectionUsesIt() {
    Vbr vbr = f.vbr();
    TransitRouterAttachment v = f.cloud.createTransitRouterVbrAttachment(b -> b.transitRouterId(h.id()).vbrId(vbr.id()));
    assertRejected(f.cloud, () -> f.cloud.deleteVirtualBorderRouter(b -> b.vbrId(vbr.id())),
        "DependencyViolation.CenAttachment", RuleId.E32);
    f.cloud.deleteTransitRouterVbrAttachment(b -> b.transitRouterAttachmentId(v.id()));
    assertThatCode(() -> f.cloud.deleteVirtualBorderRouter(b -> b.vbrId(vbr.id()))).doesNotThrowAnyException();
  }
}
