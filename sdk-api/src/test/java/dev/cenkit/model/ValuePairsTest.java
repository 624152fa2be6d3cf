package dev.cenkit.model;

import static dev.cenkit.model.RegionId.CN_BEIJING;
import static dev.cenkit.model.RegionId.CN_HANGZHOU;
import static dev.cenkit.model.RegionId.CN_HONGKONG;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cenkit.model.cen.AreaPair;
import dev.cenkit.model.cen.RegionPair;
import org.junit.jupiter.api.Test;

class ValuePairsTest {
  @Test
  void r14AreaPairsAreUnorderedAndMayRepeatAnArea() {
    assertThat(AreaPair.of(Area.CHINA, Area.ASIA_PACIFIC)).isEqualTo(AreaPair.of(Area.ASIA_PACIFIC, Area.CHINA));
    assertThat(AreaPair.of(Area.CHINA, Area.ASIA_PACIFIC).hashCode()).isEqualTo(AreaPair.of(Area.ASIA_PACIFIC, Area.CHINA).hashCode());
    assertThat(AreaPair.of(Area.CHINA, Area.CHINA).first()).isEqualTo(Area.CHINA);
    assertThat(AreaPair.of(Area.CHINA, Area.CHINA)).isNotEqualTo(AreaPair.of(Area.CHINA, Area.ASIA_PACIFIC));
    assertThat(AreaPair.of(Area.CHINA, Area.ASIA_PACIFIC).covers(CN_HONGKONG, CN_HANGZHOU)).isTrue();
    assertThat(AreaPair.of(Area.CHINA, Area.CHINA).covers(CN_HONGKONG, CN_HANGZHOU)).isFalse();
  }

  @Test
  void r21RegionPairsAreNormalisedAndNeedTwoRegions() {
    RegionPair pair = RegionPair.of(CN_HANGZHOU, CN_BEIJING);
    assertThat(pair).isEqualTo(RegionPair.of(CN_BEIJING, CN_HANGZHOU));
    assertThat(pair.first()).isEqualTo(CN_BEIJING);
    assertThat(pair.toString()).isEqualTo("cn-beijing:cn-hangzhou");
    assertThat(pair.areas()).isEqualTo(AreaPair.of(Area.CHINA, Area.CHINA));
    assertThat(pair.contains(CN_HANGZHOU)).isTrue();
    assertThat(pair.contains(CN_HONGKONG)).isFalse();
  }

  @Test
  void cidrContainmentAndOverlap() {
    Cidr vpc = Cidr.of("172.16.0.0/16");
    assertThat(vpc.contains(Cidr.of("172.16.1.0/24"))).isTrue();
    assertThat(vpc.contains(vpc)).isTrue();
    assertThat(Cidr.of("172.16.1.0/24").contains(vpc)).isFalse();
    assertThat(vpc.overlaps(Cidr.of("172.16.255.0/24"))).isTrue();
    assertThat(vpc.overlaps(Cidr.of("172.17.0.0/16"))).isFalse();
  }
}
