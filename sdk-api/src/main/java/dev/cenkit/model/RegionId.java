package dev.cenkit.model;

import org.jspecify.annotations.Nullable;
import dev.cenkit.error.ErrorCode;
import dev.cenkit.error.RuleId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An Alibaba Cloud region id such as {@code cn-hangzhou}, with the bandwidth-plan {@link Area} it belongs to
 * where the sources say.
 *
 * <p>Every real region is a region: {@link #of(String)} rejects only ids that are not regions. A few real
 * regions have no documented bandwidth-plan area (decision D8); they work for every resource, and their
 * unknown area matters only where bandwidth plans are concerned: {@link #area()} is then a typed error and
 * reachability reports that no plan can cover a hop to them. Instances are interned: compare with
 * {@code equals} or {@code ==}.
 */
public final class RegionId implements Comparable<RegionId> {
  private static final Map<String, RegionId> KNOWN = new LinkedHashMap<>();

  /** China (Qingdao). */
  public static final RegionId CN_QINGDAO = register("cn-qingdao", Area.CHINA);
  /** China (Beijing). */
  public static final RegionId CN_BEIJING = register("cn-beijing", Area.CHINA);
  /** China (Zhangjiakou). */
  public static final RegionId CN_ZHANGJIAKOU = register("cn-zhangjiakou", Area.CHINA);
  /** China (Hohhot). */
  public static final RegionId CN_HUHEHAOTE = register("cn-huhehaote", Area.CHINA);
  /** China (Ulanqab). */
  public static final RegionId CN_WULANCHABU = register("cn-wulanchabu", Area.CHINA);
  /** China (Shenzhen). */
  public static final RegionId CN_SHENZHEN = register("cn-shenzhen", Area.CHINA);
  /** China (Heyuan). */
  public static final RegionId CN_HEYUAN = register("cn-heyuan", Area.CHINA);
  /** China (Guangzhou). */
  public static final RegionId CN_GUANGZHOU = register("cn-guangzhou", Area.CHINA);
  /** China (Hangzhou). */
  public static final RegionId CN_HANGZHOU = register("cn-hangzhou", Area.CHINA);
  /** China (Shanghai). */
  public static final RegionId CN_SHANGHAI = register("cn-shanghai", Area.CHINA);
  /** China (Nanjing). */
  public static final RegionId CN_NANJING = register("cn-nanjing", Area.CHINA);
  /** China (Fuzhou). */
  public static final RegionId CN_FUZHOU = register("cn-fuzhou", Area.CHINA);
  /** China (Chengdu). */
  public static final RegionId CN_CHENGDU = register("cn-chengdu", Area.CHINA);
  /** China (Hong Kong): an Asia-Pacific region, not a Chinese-mainland one. */
  public static final RegionId CN_HONGKONG = register("cn-hongkong", Area.ASIA_PACIFIC);
  /** Singapore. */
  public static final RegionId AP_SOUTHEAST_1 = register("ap-southeast-1", Area.ASIA_PACIFIC);
  /** Malaysia (Kuala Lumpur). */
  public static final RegionId AP_SOUTHEAST_3 = register("ap-southeast-3", Area.ASIA_PACIFIC);
  /** Indonesia (Jakarta). */
  public static final RegionId AP_SOUTHEAST_5 = register("ap-southeast-5", Area.ASIA_PACIFIC);
  /** Philippines (Manila). */
  public static final RegionId AP_SOUTHEAST_6 = register("ap-southeast-6", Area.ASIA_PACIFIC);
  /** Thailand (Bangkok). */
  public static final RegionId AP_SOUTHEAST_7 = register("ap-southeast-7", Area.ASIA_PACIFIC);
  /** Japan (Tokyo). */
  public static final RegionId AP_NORTHEAST_1 = register("ap-northeast-1", Area.ASIA_PACIFIC);
  /** South Korea (Seoul). */
  public static final RegionId AP_NORTHEAST_2 = register("ap-northeast-2", Area.ASIA_PACIFIC);
  /** Australia (Sydney). */
  public static final RegionId AP_SOUTHEAST_2 = register("ap-southeast-2", Area.AUSTRALIA);
  /** US (Silicon Valley). */
  public static final RegionId US_WEST_1 = register("us-west-1", Area.NORTH_AMERICA);
  /** US (Virginia). */
  public static final RegionId US_EAST_1 = register("us-east-1", Area.NORTH_AMERICA);
  /** Germany (Frankfurt). */
  public static final RegionId EU_CENTRAL_1 = register("eu-central-1", Area.EUROPE);
  /** UK (London). */
  public static final RegionId EU_WEST_1 = register("eu-west-1", Area.EUROPE);
  /** UAE (Dubai). */
  public static final RegionId ME_EAST_1 = register("me-east-1", Area.MIDDLE_EAST);
  /** Saudi Arabia (Riyadh). */
  public static final RegionId ME_CENTRAL_1 = register("me-central-1", Area.MIDDLE_EAST);

  // Real regions (the Terraform provider's and DescribeRegions' lists) that the bandwidth-plan area table of
  // CreateCenBandwidthPackage does not list: their area is unknown (D8).
  /** China (Zhongwei). */
  public static final RegionId CN_ZHONGWEI = register("cn-zhongwei", null);
  /** India (Mumbai). */
  public static final RegionId AP_SOUTH_1 = register("ap-south-1", null);
  /** Malaysia (Johor), {@code ap-southeast-8}. */
  public static final RegionId AP_SOUTHEAST_8 = register("ap-southeast-8", null);
  /** US (Atlanta), {@code us-southeast-1}. */
  public static final RegionId US_SOUTHEAST_1 = register("us-southeast-1", null);
  /** Mexico, {@code na-south-1}. */
  public static final RegionId NA_SOUTH_1 = register("na-south-1", null);
  /** Russia (Moscow), {@code rus-west-1}. */
  public static final RegionId RUS_WEST_1 = register("rus-west-1", null);

  private final String id;
  private final @Nullable Area area;

  private RegionId(String id, @Nullable Area area) {
    this.id = id;
    this.area = area;
  }

  private static RegionId register(String id, @Nullable Area area) {
    RegionId region = new RegionId(id, area);
    KNOWN.put(id, region);
    return region;
  }

  /**
   * The region with this id.
   *
   * @throws dev.cenkit.error.InvalidParameterException {@code InvalidRegionId.NotFound} for an id that is not a
   *     region
   */
  public static RegionId of(String id) {
    Checks.required(id, "region id");
    RegionId region = KNOWN.get(id);
    if (region != null) {
      return region;
    }
    throw ErrorCode.INVALID_REGION_ID.exception(
        null, "'" + id + "' is not a known region id; known regions: " + String.join(", ", KNOWN.keySet()), id);
  }

  /** Every region cenkit knows, in a stable order (Chinese mainland first). */
  public static List<RegionId> all() {
    return List.copyOf(KNOWN.values());
  }

  /** The region id string, e.g. {@code cn-hangzhou}. */
  public String id() {
    return id;
  }

  /**
   * The bandwidth-plan area of the region.
   *
   * @throws dev.cenkit.error.InvalidParameterException {@code InvalidRegionId.AreaUnknown} for a real region
   *     whose bandwidth-plan area is not documented (D8); ask {@link #knownArea()} first where that can be
   */
  public Area area() {
    if (area == null) {
      throw ErrorCode.REGION_AREA_UNKNOWN.exception(
          RuleId.D8, "region '" + id + "' has no documented bandwidth-plan area, so no bandwidth plan can cover it", id);
    }
    return area;
  }

  /** The bandwidth-plan area of the region, or empty where no source documents it (D8). */
  public Optional<Area> knownArea() {
    return Optional.ofNullable(area);
  }

  /** Whether {@code zoneId} names a zone of this region, e.g. {@code cn-hangzhou-h} for {@code cn-hangzhou}. */
  public boolean hasZone(@Nullable String zoneId) {
    Checks.required(zoneId, "zone id");
    // By hand, the same as the prefix "<region>-" followed by one to three of [a-z0-9]: every vSwitch asks this (R1).
    int from = id.length() + 1;
    int suffix = zoneId.length() - from;
    if (suffix < 1 || suffix > 3 || !zoneId.startsWith(id) || zoneId.charAt(id.length()) != '-') {
      return false;
    }
    for (int i = from; i < zoneId.length(); i++) {
      char c = zoneId.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int compareTo(RegionId other) {
    return id.compareTo(other.id);
  }

  @Override
  public String toString() {
    return id;
  }
}
