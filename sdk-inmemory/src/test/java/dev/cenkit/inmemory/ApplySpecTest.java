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
import dev.cenkit.inmemory.internal.Internals;
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
    CenSpec cen = Cenkit.cen().named("api-mesh").attachNew(vpc1).attachNew(vpc3);

    ApplyResult result = cloud.apply(cen);

    assertThat(cloud.snapshot().vpc().vpcs()).hasSize(2);
    assertThat(cloud.snapshot().vpc().vSwitches()).hasSize(2);
    assertThat(cloud.snapshot().cen().attachmentsOf(result.id(cen.ref()))).hasSize(2);
    assertThat(result.resultOf(cen).name()).contains("api-mesh");
  }

  @Test
  void aSpecsAcceptedOperationsAreRecordedInStepOrderUnderItsOneCommitAsOperationByOperation() {
    InMemoryCloud bySpec = InMemoryCloud.create();
    CenSpec cen = Cenkit.cen().named("api-mesh").attachNew(vpc1).attachNew(vpc3);
    Spec spec = Spec.of(cen);
    ApplyResult result = bySpec.apply(spec);

    InMemoryCloud oneByOne = InMemoryCloud.create();
    java.util.List<dev.cenkit.spi.operation.Operation<?>> executed = new java.util.ArrayList<>();
    for (dev.cenkit.inmemory.state.OperationHistory.Entry e : Internals.state(bySpec).history().entries()) {
      oneByOne.execute(e.operation());
      executed.add(e.operation());
    }

    java.util.List<dev.cenkit.inmemory.state.OperationHistory.Entry> entries = Internals.state(bySpec).history().entries();
    assertThat(entries).hasSize(spec.steps().size());
    assertThat(entries).extracting(e -> e.commitVersion()).containsOnly(result.snapshot().version());
    assertThat(entries).extracting(e -> e.operation().action())
        .containsExactly("CreateCen", "CreateVpc", "CreateVSwitch", "AttachCenChildInstance", "CreateVpc",
            "CreateVSwitch", "AttachCenChildInstance"); // the spec's steps, in order
    assertThat(Internals.state(oneByOne).sameContentAs(Internals.state(bySpec))).isTrue();
    assertThat(Internals.state(oneByOne).history().entries()).extracting(e -> e.operation()).isEqualTo(executed);
  }

  @Test
  void aFailingStepLeavesNothingOfTheEarlierStepsAndNamesTheStep() {
    InMemoryCloud cloud = InMemoryCloud.create();
    cloud.apply(vpc1);
    Snapshot before = Internals.state(cloud);
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
    a.apply(Cenkit.cen().attachNew(vpc1).attachNew(vpc3));
    b.apply(Cenkit.cen().attachNew(vpc1).attachNew(vpc3));
    assertThat(a.snapshot()).isEqualTo(b.snapshot());
    assertThat(Internals.state(a.snapshot()).vpc().vpcs().firstKey().value()).matches("vpc-[a-z][a-z0-9]{19}");
  }

  @Test
  void aSpecDerivedFromACenSpecKeepsItsCreateStepSoTheOriginFindsItsCen() {
    InMemoryCloud cloud = InMemoryCloud.create();
    CenSpec cen = Cenkit.cen().named("api-mesh").attachNew(vpc1);
    CenSpec derived = cen.attachNew(vpc3).with(Spec.empty());

    ApplyResult result = cloud.apply(derived);

    assertThat(derived.mainStep()).isSameAs(cen.mainStep());
    assertThat(result.resultOf(cen).id()).isEqualTo(result.resultOf(derived).id());
    assertThat(result.resultOf(cen).name()).contains("api-mesh");
  }

  @Test
  void aSpecRenamedAfterItWasReferredToStillFindsTheResourceByItsReference() {
    InMemoryCloud cloud = InMemoryCloud.create();
    CenSpec cen = Cenkit.cen().attachNew(vpc1);
    CenSpec described = cen.description("the mesh");

    ApplyResult result = cloud.apply(described);

    assertThat(described.mainStep()).isNotSameAs(cen.mainStep());
    assertThat(result.resultOf(cen).description()).contains("the mesh");
  }

  @Test
  void theResultOfASpecThatWasNotAppliedIsRefusedWithTheReason() {
    InMemoryCloud cloud = InMemoryCloud.create();
    ApplyResult result = cloud.apply(vpc1);

    CenkitException e = catchThrowableOfType(CenkitException.class, () -> result.resultOf(vpc3));

    assertThat(e.code()).isEqualTo("cenkit.SpecReferenceUnresolved");
    assertThat(e.getMessage()).contains("VPC-3").contains("was not created by the applied spec");
  }

  @Test
  void applyingTheSameSpecObjectASecondTimeIsRefusedAndChangesNothing() {
    InMemoryCloud cloud = InMemoryCloud.create();
    CenSpec cen = Cenkit.cen().named("api-mesh").attachNew(vpc1).attachNew(vpc3);
    cloud.apply(cen);
    Snapshot before = Internals.state(cloud);

    CenkitException again = catchThrowableOfType(CenkitException.class, () -> cloud.apply(cen));
    CenkitException viaAnotherSpec =
        catchThrowableOfType(CenkitException.class, () -> cloud.apply(Cenkit.cen().named("second").attachNew(vpc1)));

    assertThat(again.code()).isEqualTo("cenkit.SpecAlreadyApplied");
    assertThat(again.getMessage()).contains("already applied to this cloud").contains("it created cen-");
    assertThat(viaAnotherSpec.code()).isEqualTo("cenkit.SpecAlreadyApplied");
    assertThat(viaAnotherSpec.getMessage()).contains("VPC-1").contains("it created vpc-");
    assertThat(cloud.snapshot()).isSameAs(before);
  }

  @Test
  void theStepsOfARejectedSpecCanBeAppliedAgainBecauseNothingOfThemWasCommitted() {
    InMemoryCloud cloud = InMemoryCloud.create();
    VpcSpec broken = Cenkit.vpc(CN_HANGZHOU).named("bad").cidr("192.168.0.0/16").vSwitch("cn-hangzhou-h", "10.0.0.0/24");
    catchThrowableOfType(CenkitException.class, () -> cloud.apply(Spec.of(vpc1, broken)));

    ApplyResult result = cloud.apply(vpc1);

    assertThat(result.resultOf(vpc1).name()).contains("VPC-1");
    assertThat(cloud.snapshot().vpc().vpcs()).hasSize(1);
  }
}
