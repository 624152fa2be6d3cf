package dev.cenkit.reach;

/** The kinds of component a hop or a blocker is placed at. */
public enum ComponentKind {
  /** A host: an ECS-like instance in a vSwitch, or a machine in a data center. */
  HOST,
  /** A VPC and its system route table. */
  VPC,
  /** A vSwitch. */
  VSWITCH,
  /** A CEN instance (its regional route domain, in the hop's region). */
  CEN,
  /** An Enterprise Edition transit router (its route tables). */
  TRANSIT_ROUTER,
  /** A virtual border router. */
  VBR,
  /** An Express Connect circuit. */
  PHYSICAL_CONNECTION,
  /** A router interface between a VBR and a VPC. */
  ROUTER_INTERFACE,
  /** An on-premises data center. */
  DATA_CENTER,
  /** An API Gateway instance. */
  API_GATEWAY_INSTANCE,
  /** An API group (its domains). */
  API_GROUP,
  /** An API. */
  API,
  /** A VPC access authorization. */
  VPC_ACCESS,
  /** A Function Compute function. */
  FC_FUNCTION,
  /** An Alibaba Cloud service reached at a 100.64.0.0/10 address. */
  CLOUD_SERVICE,
  /** The public Internet. */
  INTERNET,
  /** A security group on an ECS instance. */
  SECURITY_GROUP
}
