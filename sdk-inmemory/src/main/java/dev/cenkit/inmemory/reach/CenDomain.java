package dev.cenkit.inmemory.reach;

import dev.cenkit.inmemory.state.Snapshot;
import dev.cenkit.model.Cidr;
import dev.cenkit.model.ChildInstanceType;
import dev.cenkit.model.Ipv4Address;
import dev.cenkit.model.cen.CenAttachment;
import dev.cenkit.model.cen.CenId;
import dev.cenkit.model.vpc.VSwitch;
import dev.cenkit.model.vpc.VpcId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The route domain of one CEN (Basic Edition, D1): every route its attached instances advertise (R25: a VPC's
 * vSwitch blocks; never 100.64.0.0/10, R26), with identical prefixes resolved by D4 (a VBR beats a CCN, then
 * the earlier attachment wins); losers are kept as candidates (R28).
 */
final class CenDomain {
  /** One advertised route; {@code effective} is false for a loser of an identical-prefix conflict. */
  record Advertised(Cidr prefix, CenAttachment origin, boolean effective) {}

  private final List<Advertised> all;

  private CenDomain(List<Advertised> all) {
    this.all = List.copyOf(all);
  }

  static CenDomain of(Snapshot s, CenId cen) {
    List<Advertised> advertised = new ArrayList<>();
    Map<Cidr, Advertised> winners = new LinkedHashMap<>();
    List<CenAttachment> attachments = new ArrayList<>(s.cen().attachmentsOf(cen));
    attachments.sort(Comparator.comparingInt(CenDomain::typeRank).thenComparingLong(CenAttachment::attachOrder));
    for (CenAttachment a : attachments) {
      for (Cidr prefix : advertisedBy(s, a)) {
        boolean wins = !winners.containsKey(prefix);
        Advertised adv = new Advertised(prefix, a, wins);
        if (wins) {
          winners.put(prefix, adv);
        }
        advertised.add(adv);
      }
    }
    return new CenDomain(advertised);
  }

  /** D4 (b): VBR routes before CCN routes; VPC routes rank with VBRs and ties go to the earlier attachment. */
  private static int typeRank(CenAttachment a) {
    return a.childInstanceType() == ChildInstanceType.CCN ? 1 : 0;
  }

  private static List<Cidr> advertisedBy(Snapshot s, CenAttachment a) {
    List<Cidr> prefixes = new ArrayList<>();
    if (a.childInstanceId() instanceof VpcId) {
      for (VSwitch v : s.vpc().vSwitchesOf((VpcId) a.childInstanceId())) {
        if (!Cidr.CLOUD_SERVICES.overlaps(v.cidrBlock())) {
          prefixes.add(v.cidrBlock());
        }
      }
    }
    return prefixes;
  }

  /** Every advertised route, winners and losers. */
  List<Advertised> all() {
    return all;
  }

  /** The routes in force: one per prefix. */
  List<Advertised> effective() {
    return all.stream().filter(Advertised::effective).collect(java.util.stream.Collectors.toUnmodifiableList());
  }

  /** The effective route with the longest prefix containing {@code address}. */
  Optional<Advertised> longestMatch(Ipv4Address address) {
    return all.stream()
        .filter(a -> a.effective() && a.prefix().contains(address))
        .max(Comparator.comparingInt(a -> a.prefix().prefixLength()));
  }
}
