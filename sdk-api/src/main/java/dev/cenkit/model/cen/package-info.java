/** Cloud Enterprise Network resources: CEN instances, attachments, bandwidth plans and inter-region limits. */
@NullMarked
package dev.cenkit.model.cen;

import org.jspecify.annotations.NullMarked;
