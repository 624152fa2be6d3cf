package dev.cenkit.spi;

/** The Function Compute part of a {@link CloudSnapshot}: functions that API backends reference. */
public interface FunctionComputeView {}
