package dev.cenkit.inmemory.reach;

import dev.cenkit.inmemory.state.Snapshot;
import dev.cenkit.model.cen.BandwidthPackageId;
import dev.cenkit.model.cen.CenId;
import dev.cenkit.model.expressconnect.VbrId;
import dev.cenkit.model.vpc.VpcId;
import java.util.Optional;

/**
 * How blocker messages and fix descriptions name a resource: as hops do, with its name when it has one and its
 * id ({@code CEN 'api-mesh' (cen-…)}), or by its id alone ({@code CEN cen-…}) when it has no name or is gone.
 */
final class Names {
  private Names() {}

  static String cen(Snapshot s, CenId id) {
    return named("CEN", s.cen().cen(id).flatMap(c -> c.name()), id.value());
  }

  static String vpc(Snapshot s, VpcId id) {
    return named("VPC", s.vpc().vpc(id).flatMap(v -> v.name()), id.value());
  }

  static String vbr(Snapshot s, VbrId id) {
    return named("VBR", s.expressConnect().vbr(id).flatMap(v -> v.name()), id.value());
  }

  static String vbr(dev.cenkit.model.expressconnect.Vbr vbr) {
    return named("VBR", vbr.name(), vbr.id().value());
  }

  static String plan(Snapshot s, BandwidthPackageId id) {
    return named("plan", s.cen().bandwidthPlan(id).flatMap(p -> p.name()), id.value());
  }

  static String tr(dev.cenkit.model.tr.TransitRouter tr) {
    return named("transit router", tr.name(), tr.id().value());
  }

  static String connection(dev.cenkit.model.tr.TransitRouterAttachment c) {
    return named(c.isPeer() ? "inter-region connection" : "connection", c.name(), c.id().value());
  }

  static String vpc(dev.cenkit.model.vpc.Vpc vpc) {
    return named("VPC", vpc.name(), vpc.id().value());
  }

  private static String named(String kind, Optional<String> name, String id) {
    return name.filter(n -> !n.isEmpty() && !n.equals(id)).map(n -> kind + " '" + n + "' (" + id + ")").orElse(kind + " " + id);
  }
}
