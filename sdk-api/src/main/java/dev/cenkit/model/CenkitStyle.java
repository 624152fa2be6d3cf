package dev.cenkit.model;

import dev.cenkit.error.MissingParameterException;
import dev.cenkit.model.encoding.ListEncodingEnabled;
import dev.cenkit.model.encoding.MapEncodingEnabled;
import dev.cenkit.model.encoding.OptionalEncodingEnabled;
import dev.cenkit.model.encoding.SetEncodingEnabled;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of every cenkit value type: the generated class is package-private, users reach
 * builders as {@code Vpc.builder()} and {@code toBuilder()}, and a missing or null attribute raises a
 * {@link MissingParameterException} ({@code MissingParameter}) rather than a raw library exception. The same holds
 * for the container attributes, through the encodings of {@code dev.cenkit.model.encoding} that this style enables:
 * a null {@code Optional}, collection, array, map, element, key or value given to a generated setter is refused with
 * {@code MissingParameter} naming the attribute.
 *
 * <p>The style is kept out of the published class files ({@code SOURCE} retention, no {@code Generated} marker on
 * generated classes), so a project using cenkit needs no Immutables jar and its compiler warns about none.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.SOURCE)
@OptionalEncodingEnabled
@ListEncodingEnabled
@SetEncodingEnabled
@MapEncodingEnabled
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    throwForInvalidImmutableState = MissingParameterException.class,
    throwForNullPointer = MissingParameterException.class,
    defaults = @Value.Immutable(copy = false),
    // Only this harmless annotation may be copied from the classpath onto generated classes, so they carry no
    // @org.immutables.value.Generated (or javax/jakarta Generated) that users of the jar lack at compile time.
    allowedClasspathAnnotations = Override.class)
public @interface CenkitStyle {}
