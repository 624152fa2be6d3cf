package dev.cenkit.model.encoding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.cenkit.error.CenkitException;
import dev.cenkit.error.ErrorCode;
import dev.cenkit.model.Cidr;
import dev.cenkit.model.Ipv4Address;
import dev.cenkit.model.RegionId;
import dev.cenkit.model.ecs.SecurityGroupId;
import dev.cenkit.model.ecs.SecurityGroupRuleId;
import dev.cenkit.model.expressconnect.DataCenter;
import dev.cenkit.model.expressconnect.DataCenterId;
import dev.cenkit.model.vpc.RouteTableId;
import dev.cenkit.model.vpc.Vpc;
import dev.cenkit.model.vpc.VpcId;
import dev.cenkit.spi.ecs.RevokeSecurityGroupEgressRequest;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The one null policy of the generated builders (the encodings {@link dev.cenkit.model.CenkitStyle} enables): a
 * null given to an {@code Optional}, collection or map setter, or a null element, key or value, is refused with
 * {@code MissingParameter} naming the attribute, not a bare {@link NullPointerException} from the JDK.
 */
class GeneratedSetterNullPolicyTest {

  private static void missing(Runnable call, String attribute) {
    Throwable t = catchThrowable(call::run);
    assertThat(t).as("a typed error naming %s", attribute).isInstanceOf(CenkitException.class);
    assertThat(((CenkitException) t).code()).isEqualTo(ErrorCode.MISSING_PARAMETER.code());
    assertThat(t.getMessage()).contains(attribute);
  }

  private static Vpc.Builder vpc() {
    return Vpc.builder().id(VpcId.of("vpc-bp1example00001")).region(RegionId.CN_HANGZHOU).cidrBlock(Cidr.of("10.0.0.0/16"))
        .routeTableId(RouteTableId.of("vtb-bp1example00001"));
  }

  private static RevokeSecurityGroupEgressRequest.Builder revoke() {
    return RevokeSecurityGroupEgressRequest.builder().securityGroupId(SecurityGroupId.of("sg-bp1example00001"));
  }

  private static DataCenter.Builder dataCenter() {
    return DataCenter.builder().id(DataCenterId.of("idc-example00001")).name("hq");
  }

  @Test
  void aNullOptionalOrANullValueGivenToAnOptionalSetterIsMissingParameterNamingTheAttribute() {
    missing(() -> vpc().name((Optional<String>) null), "name");
    missing(() -> vpc().description((String) null), "description");
  }

  @Test
  void aNullCollectionArrayOrElementGivenToAListSetterIsMissingParameterNamingTheAttribute() {
    missing(() -> revoke().addAllSecurityGroupRuleIds(null), "securityGroupRuleIds");
    missing(() -> revoke().securityGroupRuleIds(null), "securityGroupRuleIds");
    missing(() -> revoke().addSecurityGroupRuleIds((SecurityGroupRuleId[]) null), "securityGroupRuleIds");
    missing(() -> revoke().addSecurityGroupRuleIds((SecurityGroupRuleId) null), "securityGroupRuleIds element");
    missing(() -> revoke().addAllSecurityGroupRuleIds(Collections.singletonList(null)), "securityGroupRuleIds element");
    missing(() -> revoke().addSecurityGroupRuleIds(SecurityGroupRuleId.of("sgr-bp1example00001"), null),
        "securityGroupRuleIds element");
  }

  @Test
  void aNullMapEntryKeyOrValueGivenToAMapSetterIsMissingParameterNamingTheAttribute() {
    missing(() -> dataCenter().putAllHosts(null), "hosts");
    missing(() -> dataCenter().hosts(null), "hosts");
    missing(() -> dataCenter().putHosts((Map.Entry<String, Ipv4Address>) null), "hosts entry");
    missing(() -> dataCenter().putHosts(null, Ipv4Address.of("10.0.0.1")), "hosts key");
    missing(() -> dataCenter().putHosts("www", null), "hosts value for key www");
  }

  @Test
  void aRefusedReplacementLeavesTheBuilderAsItWas() {
    SecurityGroupRuleId kept = SecurityGroupRuleId.of("sgr-bp1example00001");
    RevokeSecurityGroupEgressRequest.Builder builder = revoke().addSecurityGroupRuleIds(kept);
    missing(() -> builder.securityGroupRuleIds(Arrays.asList(kept, null)), "securityGroupRuleIds element");
    assertThat(builder.build().securityGroupRuleIds()).containsExactly(kept);
  }

  @Test
  void containerAttributesKeepTheirValueSemantics() {
    Vpc plain = vpc().build();
    Vpc named = vpc().name("prod").build();
    assertThat(plain.name()).isEmpty();
    assertThat(named.name()).contains("prod");
    assertThat(named.toBuilder().build()).isEqualTo(named).hasSameHashCodeAs(named);
    assertThat(named).isNotEqualTo(plain);
    assertThat(plain.toString()).as("an absent optional is left out").doesNotContain("name");
    assertThat(named.toString()).contains("name=prod");

    SecurityGroupRuleId a = SecurityGroupRuleId.of("sgr-bp1example0000b");
    SecurityGroupRuleId b = SecurityGroupRuleId.of("sgr-bp1example0000a");
    List<SecurityGroupRuleId> ids = revoke().addSecurityGroupRuleIds(a, b).build().securityGroupRuleIds();
    assertThat(ids).containsExactly(a, b);
    assertThat(catchThrowable(() -> ids.add(a))).isInstanceOf(UnsupportedOperationException.class);

    DataCenter dc = dataCenter().putHosts("b", Ipv4Address.of("10.0.0.2")).putHosts("a", Ipv4Address.of("10.0.0.1")).build();
    assertThat(dc.hosts().keySet()).containsExactly("b", "a");
    assertThat(dc.toBuilder().build()).isEqualTo(dc);
  }

  @Test
  void defaultAndDerivedContainerAttributesAndSetsOfAnyTypeAreSupported() {
    ContainerSample defaults = ContainerSample.builder().id("a").build();
    assertThat(defaults.tags()).containsExactly("default-tag");
    assertThat(defaults.labels()).containsEntry("k", "v");
    assertThat(defaults.note()).contains("default-note");
    assertThat(defaults.marks()).isEmpty();
    assertThat(defaults.firstTag()).contains("default-tag");

    ContainerSample set = ContainerSample.builder().id("b").addTags("x").putLabels("p", "q").note("n").addMarks("m2", "m1").build();
    assertThat(set.tags()).containsExactly("x");
    assertThat(set.labels()).containsExactly(Map.entry("p", "q"));
    assertThat(set.note()).contains("n");
    assertThat(set.marks()).containsExactly("m2", "m1");
    assertThat(set.firstTag()).contains("x");
    assertThat(ContainerSample.builder().from(set).build()).isEqualTo(set);

    ContainerSample emptied = ContainerSample.builder().id("c").tags(List.of()).note(Optional.empty()).build();
    assertThat(emptied.tags()).as("an explicitly set empty list is not replaced by the default").isEmpty();
    assertThat(emptied.note()).isEmpty();
    missing(() -> ContainerSample.builder().addMarks((String[]) null), "marks");
    missing(() -> ContainerSample.builder().note((Optional<String>) null), "note");
  }
}
