package dev.cenkit.spi;

/**
 * An immutable, versioned view of everything that exists in a cloud, by product. Every answer (describe
 * calls, reachability) is read from one snapshot, so it never sees a half-applied change.
 */
public interface CloudSnapshot {
  /** The number of accepted state changes before this snapshot; rejected operations do not count. */
  long version();

  /** VPCs, vSwitches and route tables. */
  VpcView vpc();

  /** CEN instances, attachments, bandwidth plans and inter-region limits. */
  CenView cen();

  /** Physical connections, VBRs, router interfaces and data centers. */
  ExpressConnectView expressConnect();

  /** API Gateway instances, groups, APIs and VPC access authorizations. */
  ApiGatewayView apiGateway();

  /** Function Compute functions. */
  FunctionComputeView functionCompute();

  /** Enterprise Edition transit routers, their tables, connections, associations and propagations. */
  TransitRouterView transitRouter();
  /** ECS instances and security groups. */
  EcsView ecs();

  /** The cross-account grants of VPCs and VBRs to CENs (R8) and to their transit routers (E18). */
  GrantView grants();
}
