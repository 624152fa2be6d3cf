package dev.cenkit.server;

import dev.cenkit.model.RegionId;

/**
 * What the server knows about a call besides its parameters: the region the request was sent to (from the
 * {@code RegionId} parameter, else the host {@code *.<region>.aliyuncs.com}, else the server's default region;
 * wire-protocol.md section 7) and the caller's AccessKey id.
 *
 * @param region the region of the endpoint the request was addressed to
 * @param accessKeyId the caller's AccessKey id, empty when none was sent
 */
public record CallContext(RegionId region, String accessKeyId) {}
