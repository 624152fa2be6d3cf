package dev.cenkit.reach;

/**
 * The stable codes of blockers and notes: cenkit's vocabulary for "why not" (catalog section 4.7), not
 * Alibaba error codes. Codes never change meaning; new ones may be added.
 */
public enum BlockerCode {
  /** An endpoint of the question does not exist in the snapshot. */
  ENDPOINT_NOT_FOUND("the endpoint does not exist"),
  /** The address is not inside any vSwitch of the VPC, or any prefix of the data center. */
  ADDRESS_NOT_IN_NETWORK("the address is not inside the network it is said to be in"),
  /** Two networks would need a CEN between them, and are not attached to the same one (R10). */
  NOT_IN_SAME_CEN("the two networks are not attached to the same CEN"),
  /** No route matches the destination at this hop. */
  NO_ROUTE("no route to the destination"),
  /** The destination's route is in conflict with an identical one and lost the tie-break (R28, D4). */
  ROUTE_CONFLICT("the route is in conflict with an identical one and is not effective here"),
  /** The destination lies in 100.64.0.0/10 or another range that is never advertised (R26). */
  ROUTE_NOT_ADVERTISED("the route is never advertised to the CEN"),
  /** A cross-region hop has no allocated bandwidth: it runs at 1 Kbit/s for tests only (R12, D13). */
  CROSS_REGION_TEST_BANDWIDTH_ONLY("no bandwidth is allocated to the region pair; 1 Kbit/s for tests only"),
  /** The CEN has no bandwidth plan covering the region pair's areas (R17, R18). */
  NO_BANDWIDTH_PLAN_FOR_AREA_PAIR("no bandwidth plan of the CEN covers the areas of the region pair"),
  /** The Express Connect circuit is not Enabled (R43). */
  CIRCUIT_NOT_ENABLED("the Express Connect circuit is not enabled"),
  /** The VBR is not active (R44, R47). */
  VBR_NOT_ACTIVE("the virtual border router is not active"),
  /** The data center has no route towards the cloud for the address (D10). */
  NO_DATA_CENTER_ROUTE("the data center sends no traffic for the address towards the cloud"),
  /** Data center to data center traffic through a CEN is denied by the default route map (D15, N3). */
  DATA_CENTER_TO_DATA_CENTER_DENIED("traffic between two data centers through a CEN is denied by default"),
  /** The VPC domain is served only by a dedicated instance for this client (R50, R71). */
  INSTANCE_NOT_DEDICATED("the API Gateway instance is not a dedicated instance"),
  /** The dedicated instance has no bound VPC, so its VPC domain resolves nowhere (R51, D5, D7). */
  INSTANCE_NOT_BOUND_TO_VPC("the dedicated instance is not bound to a VPC"),
  /** A shared instance's VPC domain serves only VPCs of its own region (R50). */
  CLIENT_REGION_MISMATCH_SHARED_INSTANCE("a shared instance serves only VPCs of its own region"),
  /** The group's VPC second-level domain is not enabled (R58). */
  VPC_DOMAIN_DISABLED("the API group's VPC second-level domain is not enabled"),
  /** The API group has no valid instance (runtime I410GG). */
  GROUP_HAS_NO_VALID_INSTANCE("the API group has no valid instance"),
  /** The API is not deployed to the stage asked about (R61, runtime I404NF). */
  API_NOT_DEPLOYED("the API is not deployed to the stage"),
  /** The API's VPC backend names an authorization that does not exist (R65, R70, D12). */
  VPC_ACCESS_AUTHORIZATION_MISSING("the VPC access authorization the API uses does not exist"),
  /** The backend answers the gateway's 100.x egress block, but nothing routes that block back (R31-R34, scenario 3). */
  NO_RETURN_ROUTE_FOR_GATEWAY_EGRESS("no route carries the reply back to the gateway's egress addresses"),
  /** A cloud-service route exists but for another region (R34). */
  CLOUD_SERVICE_ROUTE_REGION_MISMATCH("the cloud-service route is for another region"),
  /** The API's Function Compute function does not exist (R74). */
  FC_FUNCTION_MISSING("the Function Compute function does not exist"),
  /** Note: the function is in another region and is reached over the Internet (R72). */
  FC_CROSS_REGION_VIA_INTERNET("the function is in another region and is called over the Internet"),
  /** Note: a data-center client needs its own way to resolve the VPC domain (D14). */
  DNS_NOT_RESOLVABLE_FROM_CLIENT("the client's resolver may not resolve the VPC domain"),
  /** The VPC or VBR has no route whose next hop is its transit router connection (E16). */
  NO_ROUTE_TO_TRANSIT_ROUTER("the network has no route to its transit router connection"),
  /** The connection the packet arrives on is associated with no route table (E8). */
  CONNECTION_NOT_ASSOCIATED("the transit router connection is not associated with a route table"),
  /** The route table the connection is associated with has no route: the destination is not propagated into it (E9, E26). */
  ROUTE_NOT_PROPAGATED("the destination's routes are not propagated into the transit router route table"),
  /** A blackhole entry of the route table drops the packet (E11). */
  BLACKHOLE_ROUTE("a blackhole entry of the transit router route table drops the traffic"),
  /** The two regions' transit routers have no inter-region connection (E15). */
  NO_PEER_CONNECTION("no inter-region connection joins the transit routers of the two regions"),
  /** A security group of the destination instance drops the traffic: a drop rule or the basic default (SG10, SG16). */
  SG_INGRESS_DENIED("a security group of the destination does not admit the traffic"),
  /** A security group of the source instance drops the traffic: a drop rule (SG16, SG55). */
  SG_EGRESS_DENIED("a security group of the source does not let the traffic out"),
  /** An advanced security group denies what no rule accepts, in and out (SG10). */
  SG_DEFAULT_DENY_ENTERPRISE("an advanced security group denies traffic no rule accepts"),
  /** The two instances share a group that isolates its members, and no rule accepts the traffic (SG13). */
  SG_INTRA_GROUP_ISOLATED("the instances share a group that isolates its members"),
  /** Note: a data-center host has no security group; nothing filters its ports in cenkit (SG56). */
  DATA_CENTER_HOST_NOT_FILTERED("a data-center host has no security group; its own firewall is not modelled");

  private final String meaning;

  BlockerCode(String meaning) {
    this.meaning = meaning;
  }

  /** What the code means, in one phrase. */
  public String meaning() {
    return meaning;
  }

  /**
   * How much a finding with this code matters where it blocks: {@link Severity#WARNING} for
   * {@link #CROSS_REGION_TEST_BANDWIDTH_ONLY} (the traffic gets through at 1 Kbit/s), {@link Severity#NOTE} for
   * the codes that are only ever observations, {@link Severity#BLOCKING} for every other code.
   */
  public Severity severity() {
    switch (this) {
      case CROSS_REGION_TEST_BANDWIDTH_ONLY:
        return Severity.WARNING;
      case DNS_NOT_RESOLVABLE_FROM_CLIENT:
      case FC_CROSS_REGION_VIA_INTERNET:
      case DATA_CENTER_HOST_NOT_FILTERED:
        return Severity.NOTE;
      default:
        return Severity.BLOCKING;
    }
  }
}
