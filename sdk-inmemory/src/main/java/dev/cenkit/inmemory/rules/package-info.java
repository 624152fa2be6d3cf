/** Internal: the rule checks the handlers run before a change, each naming the rule it enforces. */
@NullMarked
package dev.cenkit.inmemory.rules;

import org.jspecify.annotations.NullMarked;
