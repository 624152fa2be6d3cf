package dev.cenkit.inmemory.ids;

import dev.cenkit.model.NetworkInstanceId;
import dev.cenkit.model.RegionId;
import dev.cenkit.model.cen.CenId;
import dev.cenkit.model.cen.RegionPair;
import dev.cenkit.model.tr.TransitRouterAttachmentId;
import dev.cenkit.model.tr.TransitRouterId;
import dev.cenkit.model.tr.TransitRouterRouteTableId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The ids of a Basic CEN's implicit routing objects (DE18): derived from the CEN, the region and the attached
 * instance, so they are the same in every snapshot and need no storage: {@code tr-basic-<cen>-<region>} for the
 * router of a region, {@code tr-attach-basic-<instance>} for an attached instance's connection, {@code
 * tr-attach-basic-<cen>-<region>-<region>} for the inter-region connection of a pair, {@code vtb-basic-<cen>} for
 * the CEN's one table.
 */
public final class BasicRouterIds {
  private static final String ROUTER_PREFIX = "tr-basic-";
  private static final String CONNECTION_PREFIX = "tr-attach-basic-";

  private BasicRouterIds() {}

  /** The id of the one table of a Basic CEN. */
  public static TransitRouterRouteTableId table(CenId cen) {
    return TransitRouterRouteTableId.of("vtb-basic-" + slug(cen.value()));
  }

  /** The id of a Basic CEN's implicit router in {@code region}. */
  public static TransitRouterId router(CenId cen, RegionId region) {
    return TransitRouterId.of(ROUTER_PREFIX + slug(cen.value()) + "-" + slug(region.id()));
  }

  /** The id of the implicit connection of an attached instance (an instance is in one Basic CEN at most, R6). */
  public static TransitRouterAttachmentId connection(NetworkInstanceId child) {
    return TransitRouterAttachmentId.of(CONNECTION_PREFIX + slug(child.value()));
  }

  /** The id of the implicit inter-region connection of a Basic CEN between two regions. */
  public static TransitRouterAttachmentId peer(CenId cen, RegionPair pair) {
    return TransitRouterAttachmentId.of(
        CONNECTION_PREFIX + slug(cen.value()) + "-" + slug(pair.first().id()) + "-" + slug(pair.second().id()));
  }

  /**
   * The (CEN id, region id) texts {@code id} could be the Basic router of, one per way of splitting it (CEN and
   * region ids both contain hyphens); empty when it is not a Basic router id. The caller checks which CEN exists.
   */
  public static List<String[]> routerCandidates(TransitRouterId id) {
    String v = id.value();
    List<String[]> out = new ArrayList<>(2);
    if (!v.startsWith(ROUTER_PREFIX)) {
      return out;
    }
    String rest = v.substring(ROUTER_PREFIX.length());
    for (int i = rest.indexOf('-'); i > 0 && i < rest.length() - 1; i = rest.indexOf('-', i + 1)) {
      out.add(new String[] {rest.substring(0, i), rest.substring(i + 1)});
    }
    return out;
  }

  /** {@code value} in lower case with every character but a-z, 0-9 and '-' replaced by '-' (ids are already so). */
  private static String slug(String value) {
    int n = value.length();
    int i = 0;
    while (i < n && isSlugChar(value.charAt(i))) {
      i++;
    }
    if (i == n) {
      return value;
    }
    char[] out = value.toLowerCase(Locale.ROOT).toCharArray();
    for (int k = 0; k < out.length; k++) {
      if (!isSlugChar(out[k])) {
        out[k] = '-';
      }
    }
    return new String(out);
  }

  private static boolean isSlugChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
  }
}
