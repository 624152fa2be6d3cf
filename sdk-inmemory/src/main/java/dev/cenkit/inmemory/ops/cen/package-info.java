/** Internal: the handlers of the CEN actions (instances, attachments, bandwidth plans and limits). */
@NullMarked
package dev.cenkit.inmemory.ops.cen;

import org.jspecify.annotations.NullMarked;
