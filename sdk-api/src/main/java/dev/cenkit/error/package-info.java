/**
 * Errors are data: one root exception, {@link dev.cenkit.error.CenkitException}, carrying the exact Alibaba
 * Cloud error code from the {@link dev.cenkit.error.ErrorCode} registry, the {@link dev.cenkit.error.RuleId}
 * it enforces and the ids involved; one subclass per {@link dev.cenkit.error.ErrorFamily}.
 */
@NullMarked
package dev.cenkit.error;

import org.jspecify.annotations.NullMarked;
