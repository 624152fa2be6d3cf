package dev.cenkit.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Asks {@link InMemoryCloudExtension} for a cloud with the quotas of {@link GeneratedTopology#quotas()}, far
 * above the real cloud's, for tests that build large generated topologies. Without it a test gets the real
 * cloud's documented quotas ({@link dev.cenkit.inmemory.quota.Quotas#defaults()}), so what passes in a test
 * is also accepted by the real cloud.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface LargeQuotas {}
