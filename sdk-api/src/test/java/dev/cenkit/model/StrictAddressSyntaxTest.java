package dev.cenkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.cenkit.error.CenkitException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link Cidr} reads only {@code a.b.c.d/n} and {@link Ipv4Address} only {@code a.b.c.d}: no ranges, wildcards,
 * masks, shorthands, leading zeros or white space.
 */
class StrictAddressSyntaxTest {

  private static CenkitException rejected(Runnable call, String code, String offending) {
    Throwable t = catchThrowable(call::run);
    assertThat(t).as("a typed cenkit error for '%s'", offending).isInstanceOf(CenkitException.class);
    CenkitException e = (CenkitException) t;
    assertThat(e.code()).as(e.getMessage()).isEqualTo(code);
    assertThat(e.resourceIds()).as("names the offending text").contains(offending);
    return e;
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "10-11.0.0.0/8", "10.*.0.0/16", "*.*.*.*/0", "*/0", "10.0.0.0/255.0.0.0", "10.0.0.0/0.0.0.255",
      "10/8", "10.0/16", "10.0.0/24", "0x0a.0.0.0/8", "012.0.0.0/8", "10.00.0.0/16", "10.0.0.0/08", "10.0.0.0/+8",
      " 10.0.0.0/8", "10.0.0.0/8 ", "10.0.0.0 /8", "10.0.0.0/ 8", "10.0.0.0/8\n", "\t10.0.0.0/8", "10.0.0.0/8\u0000",
      "１０.0.0.0/8", "10.0.0.0.0/8", "10.0.0.0//8", "10.0.0.0/8/", "10..0.0/8", ".10.0.0/8", "10.0.0./24",
      "256.0.0.0/8", "1000.0.0.0/8", "10.0.0.0/100", "10.0.0.0/-1", "10.0.0.0/", "/8",
      "10.0.0.0/8;", "10.0.0.0/8,10.1.0.0/16",
      "10.0.0.0/000000000000000000008", "10.0.0.0/99999999999999999999", "99999999999999999999.0.0.0/8"})
  void malformedBlockShapesAreRejectedAsMalformedCidrBlocks(String text) {
    rejected(() -> Cidr.of(text), "InvalidCidrBlock.Malformed", text);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "10.0.0.*", "10.0.0.1-5", "10.0.0.1-10.0.0.5", "*", "*.*.*.*", "10.1", "10.0.1", "167772161", "0x0a000001",
      "010.0.0.1", "10.0.0.01", " 10.0.0.1", "10.0.0.1 ", "10.0.0.1\r", "10.0.0.1%eth0", "10.0.0.1.", "10.0.0.256",
      "１0.0.0.1", "10.0.0.0/32"})
  void malformedAddressShapesAreRejected(String text) {
    rejected(() -> Ipv4Address.of(text), "InvalidParameter", text);
  }

  @Test
  void aRangeIsNotOneAddressAndAWildcardIsNotABlock() {
    rejected(() -> Ipv4Address.of("10.3.1.*"), "InvalidParameter", "10.3.1.*");
    rejected(() -> Cidr.ofHostOrBlock("10.3.1.*"), "InvalidParameter", "10.3.1.*");
    rejected(() -> Cidr.ofHostOrBlock("10.*.0.0/16"), "InvalidCidrBlock.Malformed", "10.*.0.0/16");
  }

  @Test
  void theErrorSaysWhyTheTextIsRejected() {
    assertThat(rejected(() -> Cidr.of("010.0.0.0/8"), "InvalidCidrBlock.Malformed", "010.0.0.0/8").getMessage())
        .contains("leading zero");
    assertThat(rejected(() -> Cidr.of(" 10.0.0.0/8"), "InvalidCidrBlock.Malformed", " 10.0.0.0/8").getMessage())
        .contains("white space");
    assertThat(rejected(() -> Cidr.of("10.*.0.0/16"), "InvalidCidrBlock.Malformed", "10.*.0.0/16").getMessage())
        .contains("wildcards");
    assertThat(rejected(() -> Cidr.of("10.0.0.0/255.0.0.0"), "InvalidCidrBlock.Malformed", "10.0.0.0/255.0.0.0").getMessage())
        .contains("prefix length");
    assertThat(rejected(() -> Cidr.of("10.0.0.1/8"), "InvalidCidrBlock.Malformed", "10.0.0.1/8").getMessage())
        .contains("did you mean '10.0.0.0/8'");
    assertThat(rejected(() -> Cidr.of("10.0.0.0/8\u0007"), "InvalidCidrBlock.Malformed", "10.0.0.0/8\u0007").getMessage())
        .contains("\\u0007").doesNotContain("\u0007");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0.0.0.0/0", "10.0.0.0/8", "172.16.0.0/12", "192.168.1.128/25", "255.255.255.255/32", "100.64.0.0/10", "128.0.0.0/1"})
  void plainBlocksReadAndPrintTheSame(String text) {
    Cidr cidr = Cidr.of(text);
    assertThat(cidr.toString()).isEqualTo(text);
    assertThat(Cidr.of(cidr.toString())).isEqualTo(cidr).hasSameHashCodeAs(cidr);
    assertThat(cidr.size()).isEqualTo(1L << (32 - cidr.prefixLength()));
  }

  @Test
  void blockSizeAndBoundsAreRightAtTheEdges() {
    Cidr all = Cidr.of("0.0.0.0/0");
    assertThat(all.size()).isEqualTo(1L << 32);
    assertThat(all.last()).isEqualTo(Ipv4Address.of("255.255.255.255"));
    assertThat(all.contains(Ipv4Address.of("200.1.2.3"))).isTrue();
    assertThat(all.contains(Cidr.of("255.255.255.255/32"))).isTrue();
    Cidr high = Cidr.of("192.168.0.0/16");
    assertThat(high.address(high.size() - 1)).isEqualTo(Ipv4Address.of("192.168.255.255"));
    assertThat(high.contains(Ipv4Address.of("192.169.0.0"))).isFalse();
    assertThat(high.overlaps(Cidr.of("192.0.0.0/8"))).isTrue();
    assertThat(high.overlaps(Cidr.of("10.0.0.0/8"))).isFalse();
    assertThat(Cidr.of("128.0.0.0/1").compareTo(Cidr.of("10.0.0.0/8"))).isPositive();
    assertThat(Ipv4Address.of("200.0.0.1").compareTo(Ipv4Address.of("10.0.0.1"))).isPositive();
    assertThat(Ipv4Address.of("255.255.255.255").toLong()).isEqualTo(0xffff_ffffL);
  }

  @Test
  void equalBlocksAreEqualWhateverTheirOrigin() {
    assertThat(Cidr.of(Ipv4Address.of("10.0.0.5"))).isEqualTo(Cidr.of("10.0.0.5/32")).hasSameHashCodeAs(Cidr.of("10.0.0.5/32"));
    assertThat(Cidr.of("10.0.0.0/8")).isNotEqualTo(Cidr.of("10.0.0.0/16"));
    assertThat(Cidr.of("10.0.0.0/8").network()).isEqualTo(Ipv4Address.of("10.0.0.0"));
  }

  @Test
  void theIpAddressLibraryDoesNotAppearInThePublicApi() {
    for (Class<?> type : new Class<?>[] {Cidr.class, Ipv4Address.class}) {
      for (java.lang.reflect.Method m : type.getMethods()) {
        assertThat(m.getReturnType().getName()).as(m.toString()).doesNotStartWith("inet.ipaddr");
        for (Class<?> p : m.getParameterTypes()) {
          assertThat(p.getName()).as(m.toString()).doesNotStartWith("inet.ipaddr");
        }
      }
    }
  }

  @Test
  void addressNumbersOutsideThirtyTwoBitsAreRejected() {
    assertThat(Ipv4Address.ofLong(0xffff_ffffL)).isEqualTo(Ipv4Address.of("255.255.255.255"));
    rejected(() -> Ipv4Address.ofLong(1L << 32), "InvalidParameter", String.valueOf(1L << 32));
    rejected(() -> Ipv4Address.ofLong(-1), "InvalidParameter", "-1");
  }

  @Test
  void bandwidthsPastTheLargestRepresentableAreRejected() {
    assertThat(Bandwidth.ofMbps(Bandwidth.MAX_MBPS).mbps()).isEqualTo(Bandwidth.MAX_MBPS);
    rejected(() -> Bandwidth.ofMbps(Bandwidth.MAX_MBPS + 1), "InvalidParameter", String.valueOf(Bandwidth.MAX_MBPS + 1));
    rejected(() -> Bandwidth.ofMbps(Long.MAX_VALUE), "InvalidParameter", String.valueOf(Long.MAX_VALUE));
    rejected(() -> Bandwidth.ofKbps(Long.MIN_VALUE), "InvalidParameter", String.valueOf(Long.MIN_VALUE));
  }
}
