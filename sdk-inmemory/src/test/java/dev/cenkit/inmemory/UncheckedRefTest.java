package dev.cenkit.inmemory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.cenkit.error.CenkitException;
import dev.cenkit.model.Cidr;
import dev.cenkit.model.RegionId;
import dev.cenkit.model.cen.CenId;
import dev.cenkit.model.vpc.Vpc;
import dev.cenkit.model.vpc.VpcId;
import dev.cenkit.spi.CloudSnapshot;
import dev.cenkit.spi.Ref;
import dev.cenkit.spi.Spec;
import dev.cenkit.spi.Step;
import dev.cenkit.spi.vpc.CreateVpcRequest;
import org.junit.jupiter.api.Test;

/** A reference forced to the wrong id type by an unchecked cast is refused with a typed error, not a ClassCastException. */
class UncheckedRefTest {

  @Test
  @SuppressWarnings({"unchecked", "rawtypes"})
  void aStepCreatingAnotherKindThanItsReferenceIsRefusedAndNothingIsCreated() {
    InMemoryCloud cloud = InMemoryCloud.create();
    Ref<VpcId> wrong = (Ref) Ref.pending(CenId.KIND, "mesh");
    Step<Vpc> step = Step.creating(wrong,
        b -> CreateVpcRequest.builder().region(RegionId.CN_HANGZHOU).cidrBlock(Cidr.of("10.0.0.0/16")).build(), Vpc::id);
    CloudSnapshot before = cloud.snapshot();

    Throwable t = catchThrowable(() -> cloud.apply(Spec.empty().plus(step)));

    assertThat(t).isInstanceOf(CenkitException.class).isNotInstanceOf(ClassCastException.class);
    assertThat(((CenkitException) t).code()).isEqualTo("cenkit.SpecReferenceUnresolved");
    assertThat(t.getMessage()).contains("CEN 'mesh'").contains("vpc-");
    assertThat(((CenkitException) t).failedStep()).isPresent();
    assertThat(cloud.snapshot()).isSameAs(before);
  }
}
