package dev.cenkit.model;

import dev.cenkit.error.MissingParameterException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of every cenkit value type: the generated class is package-private, users reach
 * builders as {@code Vpc.builder()} and {@code toBuilder()}, and a missing or null attribute raises a
 * {@link MissingParameterException} ({@code MissingParameter}) rather than a raw library exception.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    throwForInvalidImmutableState = MissingParameterException.class,
    throwForNullPointer = MissingParameterException.class,
    defaults = @Value.Immutable(copy = false))
public @interface CenkitStyle {}
