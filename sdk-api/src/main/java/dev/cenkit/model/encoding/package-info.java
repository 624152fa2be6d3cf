/**
 * Immutables encodings of the container attributes ({@code Optional}, {@code List}, {@code Set}, {@code Map}) of
 * every cenkit value type, enabled through {@link dev.cenkit.model.CenkitStyle}: the one null policy of the
 * generated builders. A null given to any generated setter, a null collection, array or map, and a null element,
 * key or value raise {@link dev.cenkit.error.MissingParameterException} ({@code MissingParameter}) naming the
 * attribute, where Immutables' built-in container support hands them to the JDK and throws a bare
 * {@link NullPointerException}.
 *
 * <p>Immutables reads an encoding from its compiled metadata, so this package and {@code dev.cenkit.error} are
 * compiled first, in their own compiler execution (see {@code sdk-api/pom.xml}); the generated code of the value
 * types inlines the encodings' code, so nothing here is called at run time.
 */
@NullMarked
package dev.cenkit.model.encoding;

import org.jspecify.annotations.NullMarked;
