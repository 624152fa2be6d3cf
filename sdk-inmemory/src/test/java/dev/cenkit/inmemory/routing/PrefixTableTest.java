package dev.cenkit.inmemory.routing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cenkit.model.Cidr;
import dev.cenkit.model.Ipv4Address;
import org.junit.jupiter.api.Test;

class PrefixTableTest {
  @Test
  void aLookupTakesTheLongestPrefixContainingTheAddressAndListsEveryMatchLongestFirst() {
    PrefixTable<String> t = PrefixTable.<String>empty()
        .plus(Cidr.of("10.0.0.0/8"), "eight").plus(Cidr.of("10.1.0.0/16"), "sixteen").plus(Cidr.of("10.1.2.0/24"), "twenty-four");

    assertThat(t.longestMatch(Ipv4Address.of("10.1.2.3"))).contains("twenty-four");
    assertThat(t.longestMatch(Ipv4Address.of("10.1.9.3"))).contains("sixteen");
    assertThat(t.longestMatch(Ipv4Address.of("10.9.9.9"))).contains("eight");
    assertThat(t.longestMatch(Ipv4Address.of("192.168.0.1"))).isEmpty();
    assertThat(t.matches(Ipv4Address.of("10.1.2.3"))).containsExactly("twenty-four", "sixteen", "eight");
    assertThat(t.size()).isEqualTo(3);
  }

  @Test
  void addingOrRemovingAPrefixLeavesTheTableItCameFromAsItWas() {
    PrefixTable<String> before = PrefixTable.<String>empty().plus(Cidr.of("10.1.0.0/16"), "a");
    PrefixTable<String> added = before.plus(Cidr.of("10.1.2.0/24"), "b");
    PrefixTable<String> removed = added.minus(Cidr.of("10.1.0.0/16"));
    PrefixTable<String> replaced = added.plus(Cidr.of("10.1.2.0/24"), "c");

    assertThat(before.longestMatch(Ipv4Address.of("10.1.2.3"))).contains("a");
    assertThat(added.longestMatch(Ipv4Address.of("10.1.2.3"))).contains("b");
    assertThat(removed.longestMatch(Ipv4Address.of("10.1.9.3"))).isEmpty();
    assertThat(removed.longestMatch(Ipv4Address.of("10.1.2.3"))).contains("b");
    assertThat(replaced.get(Cidr.of("10.1.2.0/24"))).isEqualTo("c");
    assertThat(replaced.size()).isEqualTo(2);
    assertThat(removed.minus(Cidr.of("10.1.0.0/16"))).isSameAs(removed);
  }

  @Test
  void theDefaultRouteAndHostRoutesAreLookedUpLikeAnyOtherLength() {
    PrefixTable<String> t = PrefixTable.<String>empty().plus(Cidr.of("0.0.0.0/0"), "default").plus(Cidr.of("10.0.0.7/32"), "host");

    assertThat(t.longestMatch(Ipv4Address.of("10.0.0.7"))).contains("host");
    assertThat(t.longestMatch(Ipv4Address.of("10.0.0.8"))).contains("default");
    assertThat(t.minus(Cidr.of("10.0.0.7/32")).matches(Ipv4Address.of("10.0.0.7"))).containsExactly("default");
  }
}
