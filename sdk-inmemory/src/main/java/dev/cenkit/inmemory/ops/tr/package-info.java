/** Internal: the handlers of the transit router actions of Enterprise Edition CENs (routers, attachments, routing). */
@NullMarked
package dev.cenkit.inmemory.ops.tr;

import org.jspecify.annotations.NullMarked;
