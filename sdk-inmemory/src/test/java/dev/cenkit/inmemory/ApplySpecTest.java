package dev.cenkit.inmemory;

import static dev.cenkit.model.RegionId.CN_BEIJING;
import static dev.cenkit.model.RegionId.CN_HANGZHOU;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.cenkit.dsl.CenSpec;
import dev.cenkit.dsl.Cenkit;
import dev.cenkit.dsl.VpcSpec;
import dev.cenkit.error.CenkitException;
import dev.cenkit.error.RuleId;
import dev.cenkit.inmemory.state.Snapshot;
import dev.cenkit.spi.ApplyResult;
import dev.cenkit.spi.Spec;
import org.junit.jupiter.api.Test;

class ApplySpecTest {
  private final VpcSpec vpc1 =
      Cenkit.vpc(CN_HANGZHOU).named("VPC-1").cidr("172.16.0.0/16").vSwitch("cn-hangzhou-h", "172.16.1.0/24");
  private final VpcSpec vpc3 =
      Cenkit.vpc(CN_BEIJING).named("VPC-3").cidr("10.3.0.0/16").vSwitch("cn-beijing-a", "10.3.1.0/24");

  @Test
  void aCenSpecCreatesTheVpcsItAttaches() {
    InMemoryCloud cloud = InMemoryCloud.create();
    CenSpec cen = Cenkit.cen().named("api-mesh").attach(vpc1).attach(vpc3);

    ApplyResult result = cloud.apply(cen);

    assertThat(cloud.snapshot().vpc().vpcs()).hasSize(2);
    assertThat(cloud.snapshot().vpc().vSwitches()).hasSize(2);
    assertThat(cloud.snapshot().cen().attachmentsOf(result.id(cen.ref()))).hasSize(2);
    assertThat(result.resultOf(cen).name()).contains("api-mesh");
  }

  @Test
  void aFailingStepLeavesNothingOfTheEarlierStepsAndNamesTheStep() {
    InMemoryCloud cloud = InMemoryCloud.create();
    cloud.apply(vpc1);
    Snapshot before = cloud.snapshot();
    VpcSpec broken = Cenkit.vpc(CN_HANGZHOU).named("bad").cidr("192.168.0.0/16").vSwitch("cn-hangzhou-h", "10.0.0.0/24");

    CenkitException e =
        catchThrowableOfType(CenkitException.class, () -> cloud.apply(Spec.of(vpc3, broken)));

    assertThat(e.code()).isEqualTo("InvalidCidrBlock.NotInVpc");
    assertThat(e.rule()).contains(RuleId.R37);
    assertThat(e.failedStep()).hasValueSatisfying(s -> assertThat(s.index()).isEqualTo(4));
    assertThat(e.getMessage()).contains("step 4 of 4").contains("CreateVSwitch");
    assertThat(cloud.snapshot()).isSameAs(before);
  }

  @Test
  void idsAreDeterministicForTheSameSequenceOfCalls() {
    InMemoryCloud a = InMemoryCloud.create();
    InMemoryCloud b = InMemoryCloud.create();
    a.apply(Cenkit.cen().attach(vpc1).attach(vpc3));
    b.apply(Cenkit.cen().attach(vpc1).attach(vpc3));
    assertThat(a.snapshot()).isEqualTo(b.snapshot());
    assertThat(a.snapshot().vpc().vpcs().firstKey().value()).matches("vpc-[a-z][a-z0-9]{19}");
  }
}
