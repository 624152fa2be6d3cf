package dev.cenkit.testkit;

import dev.cenkit.inmemory.InMemoryCloud;
import dev.cenkit.spi.CloudProvider;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A JUnit 5 extension that hands each test (or lifecycle method) a fresh, empty in-memory cloud as a
 * parameter of type {@link InMemoryCloud} or {@link CloudProvider}. Two parameters of one invocation get the
 * same cloud; two tests never share one. The cloud enforces the real cloud's documented quotas
 * ({@link dev.cenkit.inmemory.quota.Quotas#defaults()}), so a test does not pass with more CENs or attachments
 * than the real cloud allows; annotate a test or its class with {@link LargeQuotas} for the quotas of
 * {@link GeneratedTopology#quotas()}, large enough for generated topologies.
 *
 * <pre>{@code
 * @ExtendWith(InMemoryCloudExtension.class)
 * class MyTest {
 *   @Test
 *   void works(InMemoryCloud cloud) { ... }
 * }
 * }</pre>
 */
public final class InMemoryCloudExtension implements ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(InMemoryCloudExtension.class);

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == InMemoryCloud.class || type == CloudProvider.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    boolean large =
        context.getTestMethod().map(m -> m.isAnnotationPresent(LargeQuotas.class)).orElse(false)
            || context.getTestClass().map(c -> c.isAnnotationPresent(LargeQuotas.class)).orElse(false);
    return context
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(
            "cloud",
            k ->
                large
                    ? InMemoryCloud.builder().quotas(GeneratedTopology.quotas()).build()
                    : InMemoryCloud.create(),
            InMemoryCloud.class);
  }
}
