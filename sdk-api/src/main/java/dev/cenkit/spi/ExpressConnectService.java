package dev.cenkit.spi;

/** The Express Connect actions: physical connections, VBRs, router interfaces, data centers. */
public interface ExpressConnectService extends OperationExecutor {}
