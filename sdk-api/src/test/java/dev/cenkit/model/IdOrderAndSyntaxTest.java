package dev.cenkit.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cenkit.model.apigateway.ApiGroupId;
import dev.cenkit.model.vpc.VSwitchId;
import dev.cenkit.model.vpc.VpcId;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Ids order exactly as their strings do, and kinds accept exactly what their patterns match. */
class IdOrderAndSyntaxTest {
  private static final String ID_CHARS = "0123456789abcdefghijklmnopqrstuvwxyz-";

  @Test
  void idsOfOneKindAndOfDifferentKindsOrderExactlyAsTheirStrings() {
    SplittableRandom random = new SplittableRandom(7);
    List<ResourceId> ids = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      // Short and long suffixes over a small alphabet, so equal leading characters and prefixes of one another occur.
      String suffix = "a" + word(random, "ab-0", random.nextInt(14));
      ids.add(VpcId.of("vpc-" + suffix));
      ids.add(VSwitchId.of("vsw-" + suffix));
    }
    for (ResourceId a : ids) {
      for (ResourceId b : ids) {
        assertThat(Integer.signum(a.compareTo(b)))
            .as("%s vs %s", a, b)
            .isEqualTo(Integer.signum(a.value().compareTo(b.value())));
      }
    }
  }

  @Test
  void aKindAcceptsExactlyTheIdsItsPatternMatches() {
    SplittableRandom random = new SplittableRandom(11);
    IdKind prefixed = IdKind.prefixed("VPC", "vpc-", "vpc-bp1abc");
    IdKind hex = IdKind.hex32("API group", "0123456789abcdef0123456789abcdef");
    String chars = ID_CHARS + "ABZ_.\\\u00e9";
    for (int i = 0; i < 20_000; i++) {
      String tail = word(random, chars, random.nextInt(34));
      for (String value : List.of("vpc-" + tail, "vpc" + tail, tail, "vpc-" + tail.toLowerCase(java.util.Locale.ROOT))) {
        assertThat(prefixed.matches(value)).as(value).isEqualTo(Pattern.matches("vpc-[a-z0-9][a-z0-9-]*", value));
        assertThat(hex.matches(value)).as(value).isEqualTo(Pattern.matches("[0-9a-f]{32}", value));
      }
      String hexTail = word(random, "0123456789abcdefg", 31 + random.nextInt(3));
      assertThat(hex.matches(hexTail)).as(hexTail).isEqualTo(Pattern.matches("[0-9a-f]{32}", hexTail));
    }
    assertThat(ApiGroupId.KIND.matches("0123456789abcdef0123456789abcdef")).isTrue();
    assertThat(prefixed.matches("vpc--a")).isFalse();
    assertThat(prefixed.matches("vpc-")).isFalse();
    assertThat(prefixed.matches(null)).isFalse();
  }

  private static String word(SplittableRandom random, String alphabet, int length) {
    StringBuilder sb = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return sb.toString();
  }

  @Test
  void theHandWrittenCheckOfEveryKindAgreesWithItsPatternIncludingTheTransitRouterLookahead() {
    List<IdKind> kinds = List.of(dev.cenkit.model.tr.TransitRouterId.KIND, dev.cenkit.model.tr.TransitRouterAttachmentId.KIND,
        dev.cenkit.model.tr.TransitRouterRouteTableId.KIND, dev.cenkit.model.tr.TransitRouterRouteEntryId.KIND, VpcId.KIND,
        VSwitchId.KIND, ApiGroupId.KIND);
    List<String> values = List.of("tr-", "tr-a", "tr-attach-", "tr-attach-x1", "tr-attachx", "tr-basic-cen-1-cn-hangzhou",
        "tr--x", "TR-abc", "tr-ab_c", "vtb-basic-cen-x", "vtb-", "rte-1", "vpc-abc", "vpc-", "vsw-9", "vpc-Abc",
        "0123456789abcdef0123456789abcdef", "0123456789abcdef0123456789abcdeg", "");
    for (IdKind kind : kinds) {
      for (String v : values) {
        assertThat(kind.matches(v)).as(kind.description() + " " + v).isEqualTo(kind.pattern().matcher(v).matches());
      }
    }
  }
}
