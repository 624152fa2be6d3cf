/**
 * Requests of the Express Connect actions (physical connections, VBRs, router interfaces) and of cenkit's own
 * data-center actions, whose names start with {@code cenkit:} because Alibaba Cloud has no such action.
 */
@NullMarked
package dev.cenkit.spi.expressconnect;

import org.jspecify.annotations.NullMarked;
