package dev.cenkit.spi;

/** The API Gateway actions: instances, groups, APIs, VPC access authorizations. */
public interface ApiGatewayService extends OperationExecutor {}
