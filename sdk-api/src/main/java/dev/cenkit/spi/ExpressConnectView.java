package dev.cenkit.spi;

/** The Express Connect part of a {@link CloudSnapshot}: physical connections, VBRs, router interfaces, data centers. */
public interface ExpressConnectView {}
