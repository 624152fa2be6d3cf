/**
 * The Alibaba Cloud RPC wire protocol ({@code Vpc} 2016-04-28, {@code Cbn} 2017-09-12, {@code CloudAPI}
 * 2016-07-14, and cenkit's own {@code 2026-12-01}) on localhost, over a cenkit cloud: {@link
 * dev.cenkit.server.CenkitServer}.
 */
@NullMarked
package dev.cenkit.server;

import org.jspecify.annotations.NullMarked;
