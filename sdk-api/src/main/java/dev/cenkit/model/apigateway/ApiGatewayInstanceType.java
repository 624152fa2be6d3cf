package dev.cenkit.model.apigateway;

/** The kind of an API Gateway instance ({@code InstanceType} of DescribeInstances, R49). */
public enum ApiGatewayInstanceType {
  /** A shared (serverless) instance in a VPC environment: its VPC domain serves every VPC of its region. */
  VPC_SHARED,
  /** A dedicated instance: conventional ({@code normal}) or VPC integration ({@code vpc_connect}). */
  VPC_DEDICATED
}
