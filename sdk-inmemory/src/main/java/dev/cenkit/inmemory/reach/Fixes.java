package dev.cenkit.inmemory.reach;

import dev.cenkit.dsl.Cen;
import dev.cenkit.dsl.Spec;
import dev.cenkit.dsl.Step;
import dev.cenkit.model.vpc.Vpc;
import dev.cenkit.model.cen.CenId;
import dev.cenkit.reach.Fix;
import dev.cenkit.spi.cen.AttachCenChildInstanceRequest;

/** Builds the fixes (specs) that remove blockers. */
final class Fixes {
  private Fixes() {}

  static Fix attach(Vpc vpc, CenId cen) {
    AttachCenChildInstanceRequest request =
        AttachCenChildInstanceRequest.builder().cenId(cen).childInstanceId(vpc.id()).childInstanceRegion(vpc.region()).build();
    return Fix.of(
        "attach VPC '" + vpc.displayName() + "' (" + vpc.id() + ") to CEN " + cen,
        Spec.empty().plus(Step.of(request.describe(), b -> request)));
  }

  static Fix newCenFor(Vpc a, Vpc b) {
    return Fix.of(
        "create a CEN and attach VPC '" + a.displayName() + "' and VPC '" + b.displayName() + "' to it",
        Cen.create().attach(a).attach(b).toSpec());
  }
}
