package dev.cenkit.inmemory.apigateway;

import static dev.cenkit.inmemory.Rejections.assertRejected;
import static dev.cenkit.model.RegionId.CN_HANGZHOU;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cenkit.inmemory.InMemoryCloud;
import dev.cenkit.model.fc.FcFunction;
import dev.cenkit.model.fc.FcFunctionId;
import dev.cenkit.model.fc.FcVersion;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FunctionComputeTest {
  private final InMemoryCloud cloud = InMemoryCloud.create();

  @Test
  void functionsAreCreatedListedAndDeleted() {
    FcFunction v3 = cloud.createFunction(b -> b.region(CN_HANGZHOU).functionName("getOrder"));
    FcFunction v2 =
        cloud.createFunction(b -> b.region(CN_HANGZHOU).serviceName("orders").functionName("getOrder").fcVersion(FcVersion.V2_0));

    assertThat(v3.id().value()).isEqualTo("cn-hangzhou/getOrder");
    assertThat(v2.id().value()).isEqualTo("cn-hangzhou/orders/getOrder");
    assertThat(cloud.listFunctions()).containsExactly(v3, v2);
    assertThat(cloud.getFunction(FcFunctionId.of(CN_HANGZHOU, Optional.empty(), "getOrder"))).contains(v3);

    assertThat(cloud.deleteFunction(v3.id())).isEqualTo(v3);
    assertThat(cloud.listFunctions()).containsExactly(v2);
  }

  @Test
  void aDuplicateFunctionIsRejected() {
    cloud.createFunction(b -> b.region(CN_HANGZHOU).functionName("getOrder"));
    assertRejected(cloud, () -> cloud.createFunction(b -> b.region(CN_HANGZHOU).functionName("getOrder")), "FunctionAlreadyExists");
  }

  @Test
  void deletingAMissingFunctionIsRejected() {
    assertRejected(cloud, () -> cloud.deleteFunction(FcFunctionId.of("cn-hangzhou/getOrder")), "FunctionNotFound");
  }

  @Test
  void malformedNamesAndAServiceOnVersion3AreRejected() {
    assertRejected(cloud, () -> cloud.createFunction(b -> b.region(CN_HANGZHOU).functionName("9lives")), "InvalidArgument");
    assertRejected(
        cloud, () -> cloud.createFunction(b -> b.region(CN_HANGZHOU).serviceName("orders").functionName("getOrder")), "InvalidArgument");
    assertRejected(
        cloud, () -> cloud.createFunction(b -> b.region(CN_HANGZHOU).functionName("getOrder").fcVersion(FcVersion.V2_0)), "InvalidArgument");
  }
}
