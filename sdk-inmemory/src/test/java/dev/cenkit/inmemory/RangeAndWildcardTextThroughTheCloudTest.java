package dev.cenkit.inmemory;

import static dev.cenkit.model.RegionId.CN_HANGZHOU;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.cenkit.dsl.Cenkit;
import dev.cenkit.dsl.VpcSpec;
import dev.cenkit.error.CenkitException;
import dev.cenkit.reach.VpcHost;
import dev.cenkit.spi.ApplyResult;
import dev.cenkit.spi.CloudSnapshot;
import org.junit.jupiter.api.Test;

/**
 * Issue 15 finding 1 end to end: range, wildcard and mask text never becomes a VPC's block or a question's source
 * (before the strict syntax, {@code CreateVpc} committed {@code 10.*.0.0/16} with a wrong size and a question from
 * {@code 10.3.1.*} answered REACHABLE, as if from {@code 10.3.1.0}).
 */
class RangeAndWildcardTextThroughTheCloudTest {
  private final InMemoryCloud cloud = InMemoryCloud.create();

  private static CenkitException typed(Runnable call) {
    Throwable t = catchThrowable(call::run);
    assertThat(t).isInstanceOf(CenkitException.class);
    return (CenkitException) t;
  }

  @Test
  void aWildcardRangeOrMaskBlockNeverReachesCreateVpcAndTheCloudIsUnchanged() {
    CloudSnapshot before = cloud.snapshot();
    for (String text : new String[] {"10.*.0.0/16", "10-11.0.0.0/8", "*.*.*.*/0", "10.0.0.0/255.0.0.0"}) {
      CenkitException e = typed(() -> cloud.apply(Cenkit.vpc(CN_HANGZHOU).named("v").cidr(text)));
      assertThat(e.code()).as(e.getMessage()).isEqualTo("InvalidCidrBlock.Malformed");
      assertThat(e.getMessage()).contains(text);
    }
    assertThat(cloud.snapshot()).isSameAs(before);
    assertThat(cloud.snapshot().vpc().vpcs()).isEmpty();
  }

  @Test
  void aQuestionFromAWildcardOrRangeAddressIsRefusedRatherThanAnsweredForTheRangesFirstAddress() {
    VpcSpec vpc = Cenkit.vpc(CN_HANGZHOU).named("VPC-3").cidr("10.3.0.0/16").vSwitch("cn-hangzhou-h", "10.3.1.0/24");
    VpcSpec other = Cenkit.vpc(CN_HANGZHOU).named("VPC-1").cidr("172.16.0.0/16").vSwitch("cn-hangzhou-h", "172.16.1.0/24");
    ApplyResult r = cloud.apply(Cenkit.cen().attachNew(vpc).attachNew(other));
    VpcHost target = VpcHost.of(r.id(other.ref()), "172.16.1.5");
    for (String text : new String[] {"10.3.1.*", "10.3.1.0-5", "10.3.1.1-10.3.1.9"}) {
      CenkitException e = typed(() -> cloud.reachability().network(VpcHost.of(r.id(vpc.ref()), text), target, 443));
      assertThat(e.code()).as(e.getMessage()).isEqualTo("InvalidParameter");
      assertThat(e.getMessage()).contains(text);
    }
  }
}
