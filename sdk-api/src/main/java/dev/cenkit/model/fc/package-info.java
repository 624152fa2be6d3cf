/** Function Compute resources: functions that API backends reference. */
@NullMarked
package dev.cenkit.model.fc;

import org.jspecify.annotations.NullMarked;
