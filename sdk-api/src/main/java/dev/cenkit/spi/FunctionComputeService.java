package dev.cenkit.spi;

/** The Function Compute actions: functions that API backends reference. */
public interface FunctionComputeService extends OperationExecutor {}
