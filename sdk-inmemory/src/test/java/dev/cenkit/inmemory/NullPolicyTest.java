package dev.cenkit.inmemory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.cenkit.dsl.Cenkit;
import dev.cenkit.inmemory.internal.Internals;
import dev.cenkit.spi.Spec;
import dev.cenkit.spi.SpecSource;
import dev.cenkit.spi.Step;
import dev.cenkit.error.CenkitException;
import dev.cenkit.error.ErrorCode;
import dev.cenkit.model.Bandwidth;
import dev.cenkit.model.Cidr;
import dev.cenkit.model.RegionId;
import dev.cenkit.model.cen.AreaPair;
import dev.cenkit.model.Area;
import dev.cenkit.spi.CloudSnapshot;
import dev.cenkit.spi.operation.Operation;
import dev.cenkit.spi.vpc.CreateVpcRequest;
import java.util.function.Consumer;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * One null policy: a null where a value is needed is a {@code MissingParameter} error naming what is missing,
 * from every product service, view, spec part and value helper, and a rejected call changes nothing.
 */
class NullPolicyTest {
  private final InMemoryCloud cloud = InMemoryCloud.create();

  private CenkitException rejected(ThrowingCallable call, String code) {
    CloudSnapshot before = cloud.snapshot();
    Throwable t = catchThrowable(call);
    assertThat(t).isInstanceOf(CenkitException.class);
    CenkitException e = (CenkitException) t;
    assertThat(e.code()).as(e.getMessage()).isEqualTo(code);
    assertThat(cloud.snapshot()).as("the snapshot after a rejection").isSameAs(before);
    return e;
  }

  @Test
  void nullRequestConsumersOfEveryProductAreMissingParameters() {
    rejected(() -> cloud.createInstance((Consumer<dev.cenkit.spi.apigateway.CreateInstanceRequest.Builder>) null), "MissingParameter");
    rejected(() -> cloud.createApi((Consumer<dev.cenkit.spi.apigateway.CreateApiRequest.Builder>) null), "MissingParameter");
    rejected(() -> cloud.createVirtualBorderRouter(
        (Consumer<dev.cenkit.spi.expressconnect.CreateVirtualBorderRouterRequest.Builder>) null), "MissingParameter");
    rejected(() -> cloud.createPhysicalConnection(
        (Consumer<dev.cenkit.spi.expressconnect.CreatePhysicalConnectionRequest.Builder>) null), "MissingParameter");
    rejected(() -> cloud.createFunction((Consumer<dev.cenkit.spi.fc.CreateFunctionRequest.Builder>) null), "MissingParameter");
    CenkitException e = rejected(() -> cloud.createVpc((Consumer<CreateVpcRequest.Builder>) null), "MissingParameter");
    assertThat(e.getMessage()).contains("request");
  }

  @Test
  void viewsOfEveryProductGivenANullIdAreMissingParameters() {
    CloudSnapshot s = cloud.snapshot();
    assertThat(rejected(() -> s.vpc().vpc(null), "MissingParameter").getMessage()).contains("VpcId");
    rejected(() -> s.vpc().vSwitchesOf(null), "MissingParameter");
    rejected(() -> s.cen().cen(null), "MissingParameter");
    rejected(() -> s.cen().attachmentOf(null), "MissingParameter");
    rejected(() -> s.expressConnect().vbr(null), "MissingParameter");
    rejected(() -> s.apiGateway().api(null), "MissingParameter");
    rejected(() -> s.functionCompute().function(null), "MissingParameter");
  }

  @Test
  void anOperationWithoutAnActionIsAMissingParameter() {
    Operation<Object> bare = new Operation<>() {
      @Override
      public String action() {
        return null;
      }

      @Override
      public String summary() {
        return "bare";
      }
    };
    assertThat(rejected(() -> cloud.execute(bare), "MissingParameter").getMessage()).contains("action");
    rejected(() -> cloud.execute(null), "MissingParameter");
  }

  @Test
  void aStepsOwnExceptionIsWrappedWithTheFailedStepAndTheSpecLeavesNothingBehind() {
    Spec spec = Spec.of(Cenkit.vpc(RegionId.CN_HANGZHOU).cidr("10.0.0.0/16"))
        .plus(Step.of("a step that breaks", b -> {
          throw new IllegalStateException("boom");
        }));
    CenkitException e = rejected(() -> cloud.apply(spec), ErrorCode.SPEC_STEP_FAILED.code());
    assertThat(e.failedStep()).isPresent();
    assertThat(e.failedStep().get().toString()).contains("a step that breaks");
    assertThat(e).hasRootCauseInstanceOf(IllegalStateException.class).hasRootCauseMessage("boom");
  }

  @Test
  void aStepReturningNoOperationIsAMissingParameterAtThatStep() {
    Spec spec = Spec.empty().plus(Step.of("a step without operation", b -> null));
    CenkitException e = rejected(() -> cloud.apply(spec), "MissingParameter");
    assertThat(e.failedStep()).isPresent();
  }

  @Test
  void aSpecSourceWithoutSpecIsAMissingParameter() {
    SpecSource nothing = () -> null;
    rejected(() -> Spec.of(nothing), "MissingParameter");
    rejected(() -> Spec.empty().then(nothing), "MissingParameter");
    rejected(() -> cloud.apply(nothing), "MissingParameter");
    rejected(() -> Step.of("no function", null), "MissingParameter");
  }

  @Test
  void valueHelpersGivenNullAreMissingParameters() {
    rejected(() -> Cidr.of("10.0.0.0/8").contains((Cidr) null), "MissingParameter");
    rejected(() -> Cidr.of("10.0.0.0/8").overlaps(null), "MissingParameter");
    rejected(() -> RegionId.CN_HANGZHOU.hasZone(null), "MissingParameter");
    rejected(() -> ErrorCode.byCode(null), "MissingParameter");
    rejected(() -> Bandwidth.ofMbps(2).min(null), "MissingParameter");
    rejected(() -> AreaPair.of(Area.CHINA, Area.CHINA).covers(null, RegionId.CN_BEIJING), "MissingParameter");
  }

  @Test
  void theStateClassesRefuseNullToo() {
    rejected(() -> Internals.state(cloud).vpc().withVpc(null), "MissingParameter");
    rejected(() -> Internals.state(cloud).withVpc(null), "MissingParameter");
    rejected(() -> Internals.state(cloud).sameContentAs(null), "MissingParameter");
  }
}
