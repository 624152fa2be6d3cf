package dev.cenkit.spi;

/** The API Gateway part of a {@link CloudSnapshot}: instances, groups, APIs, VPC access authorizations. */
public interface ApiGatewayView {}
