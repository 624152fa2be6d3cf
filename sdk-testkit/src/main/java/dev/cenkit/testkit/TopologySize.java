package dev.cenkit.testkit;

import dev.cenkit.error.ErrorCode;
import dev.cenkit.model.Checks;

/**
 * How big a generated topology is. {@link #small()} describes VPCs, vSwitches and CENs only; the withers add
 * bandwidth plans, data centers with circuits and VBRs, and API Gateway instances with groups and APIs, and
 * {@link #everything()} turns them all on with small defaults.
 *
 * @param regions how many regions to spread over (1 to 8; drawn across several areas)
 * @param vpcs how many VPCs
 * @param vSwitchesPerVpc the most vSwitches per VPC (at least 1)
 * @param cens how many CEN instances (0 to 5)
 * @param overlapping whether address space may overlap between VPCs (which makes route conflicts possible)
 * @param bandwidthPlans whether CENs may buy bandwidth plans and allocate inter-region bandwidth from them
 * @param dataCenters how many data centers (0 to 4)
 * @param circuitsPerDataCenter the most Express Connect circuits (each with one VBR) per data center (1 to 3)
 * @param inactiveLinks whether some circuits or VBRs are left terminated (R43, R44)
 * @param apiInstances how many API Gateway instances (0 to 4)
 * @param groupsPerInstance the most API groups per instance (1 to 3)
 * @param apisPerGroup the most APIs per group (0 to 3)
 */
public record TopologySize(
    int regions,
    int vpcs,
    int vSwitchesPerVpc,
    int cens,
    boolean overlapping,
    boolean bandwidthPlans,
    int dataCenters,
    int circuitsPerDataCenter,
    boolean inactiveLinks,
    int apiInstances,
    int groupsPerInstance,
    int apisPerGroup) {
  /** Checks the ranges. */
  public TopologySize {
    Checks.inRange(regions, 1, 8, "regions", ErrorCode.INVALID_PARAMETER, null);
    Checks.inRange(vpcs, 1, 200, "vpcs", ErrorCode.INVALID_PARAMETER, null);
    Checks.inRange(vSwitchesPerVpc, 1, 16, "vSwitchesPerVpc", ErrorCode.INVALID_PARAMETER, null);
    Checks.inRange(cens, 0, 5, "cens", ErrorCode.INVALID_PARAMETER, null);
    Checks.inRange(dataCenters, 0, 4, "dataCenters", ErrorCode.INVALID_PARAMETER, null);
    Checks.inRange(circuitsPerDataCenter, 1, 3, "circuitsPerDataCenter", ErrorCode.INVALID_PARAMETER, null);
    Checks.inRange(apiInstances, 0, 4, "apiInstances", ErrorCode.INVALID_PARAMETER, null);
    Checks.inRange(groupsPerInstance, 1, 3, "groupsPerInstance", ErrorCode.INVALID_PARAMETER, null);
    Checks.inRange(apisPerGroup, 0, 3, "apisPerGroup", ErrorCode.INVALID_PARAMETER, null);
  }

  /** VPCs, vSwitches and CENs only, as in the first version of the testkit. */
  public TopologySize(int regions, int vpcs, int vSwitchesPerVpc, int cens, boolean overlapping) {
    this(regions, vpcs, vSwitchesPerVpc, cens, overlapping, false, 0, 1, false, 0, 1, 0);
  }

  /** A small topology: 3 regions, 5 VPCs of up to 2 vSwitches, 2 CENs, no overlapping address space. */
  public static TopologySize small() {
    return new TopologySize(3, 5, 2, 2, false);
  }

  /**
   * A small topology with every kind of resource: {@link #small()} plus bandwidth plans, 2 data centers of up
   * to 2 circuits (some terminated), and 2 API Gateway instances of up to 2 groups of up to 2 APIs.
   */
  public static TopologySize everything() {
    return small().withBandwidthPlans(true).withDataCenters(2).withCircuitsPerDataCenter(2).withInactiveLinks(true)
        .withApiInstances(2).withGroupsPerInstance(2).withApisPerGroup(2);
  }

  /** The same size with address space that may overlap. */
  public TopologySize withOverlap() {
    return withOverlapping(true);
  }

  /** The same size with {@code overlapping} address space or not. */
  public TopologySize withOverlapping(boolean value) {
    return new TopologySize(regions, vpcs, vSwitchesPerVpc, cens, value, bandwidthPlans, dataCenters,
        circuitsPerDataCenter, inactiveLinks, apiInstances, groupsPerInstance, apisPerGroup);
  }

  /** The same size with {@code value} regions. */
  public TopologySize withRegions(int value) {
    return new TopologySize(value, vpcs, vSwitchesPerVpc, cens, overlapping, bandwidthPlans, dataCenters,
        circuitsPerDataCenter, inactiveLinks, apiInstances, groupsPerInstance, apisPerGroup);
  }

  /** The same size with {@code value} VPCs. */
  public TopologySize withVpcs(int value) {
    return new TopologySize(regions, value, vSwitchesPerVpc, cens, overlapping, bandwidthPlans, dataCenters,
        circuitsPerDataCenter, inactiveLinks, apiInstances, groupsPerInstance, apisPerGroup);
  }

  /** The same size with at most {@code value} vSwitches per VPC. */
  public TopologySize withVSwitchesPerVpc(int value) {
    return new TopologySize(regions, vpcs, value, cens, overlapping, bandwidthPlans, dataCenters,
        circuitsPerDataCenter, inactiveLinks, apiInstances, groupsPerInstance, apisPerGroup);
  }

  /** The same size with {@code value} CENs. */
  public TopologySize withCens(int value) {
    return new TopologySize(regions, vpcs, vSwitchesPerVpc, value, overlapping, bandwidthPlans, dataCenters,
        circuitsPerDataCenter, inactiveLinks, apiInstances, groupsPerInstance, apisPerGroup);
  }

  /** The same size with bandwidth plans or not. */
  public TopologySize withBandwidthPlans(boolean value) {
    return new TopologySize(regions, vpcs, vSwitchesPerVpc, cens, overlapping, value, dataCenters,
        circuitsPerDataCenter, inactiveLinks, apiInstances, groupsPerInstance, apisPerGroup);
  }

  /** The same size with {@code value} data centers. */
  public TopologySize withDataCenters(int value) {
    return new TopologySize(regions, vpcs, vSwitchesPerVpc, cens, overlapping, bandwidthPlans, value,
        circuitsPerDataCenter, inactiveLinks, apiInstances, groupsPerInstance, apisPerGroup);
  }

  /** The same size with at most {@code value} circuits per data center. */
  public TopologySize withCircuitsPerDataCenter(int value) {
    return new TopologySize(regions, vpcs, vSwitchesPerVpc, cens, overlapping, bandwidthPlans, dataCenters,
        value, inactiveLinks, apiInstances, groupsPerInstance, apisPerGroup);
  }

  /** The same size with some circuits or VBRs terminated, or none. */
  public TopologySize withInactiveLinks(boolean value) {
    return new TopologySize(regions, vpcs, vSwitchesPerVpc, cens, overlapping, bandwidthPlans, dataCenters,
        circuitsPerDataCenter, value, apiInstances, groupsPerInstance, apisPerGroup);
  }

  /** The same size with {@code value} API Gateway instances. */
  public TopologySize withApiInstances(int value) {
    return new TopologySize(regions, vpcs, vSwitchesPerVpc, cens, overlapping, bandwidthPlans, dataCenters,
        circuitsPerDataCenter, inactiveLinks, value, groupsPerInstance, apisPerGroup);
  }

  /** The same size with at most {@code value} groups per instance. */
  public TopologySize withGroupsPerInstance(int value) {
    return new TopologySize(regions, vpcs, vSwitchesPerVpc, cens, overlapping, bandwidthPlans, dataCenters,
        circuitsPerDataCenter, inactiveLinks, apiInstances, value, apisPerGroup);
  }

  /** The same size with at most {@code value} APIs per group. */
  public TopologySize withApisPerGroup(int value) {
    return new TopologySize(regions, vpcs, vSwitchesPerVpc, cens, overlapping, bandwidthPlans, dataCenters,
        circuitsPerDataCenter, inactiveLinks, apiInstances, groupsPerInstance, value);
  }

  /** Java code that builds this size, for reproduction lines. */
  public String toJavaCode() {
    return "new TopologySize(" + regions + ", " + vpcs + ", " + vSwitchesPerVpc + ", " + cens + ", " + overlapping
        + ", " + bandwidthPlans + ", " + dataCenters + ", " + circuitsPerDataCenter + ", " + inactiveLinks + ", "
        + apiInstances + ", " + groupsPerInstance + ", " + apisPerGroup + ")";
  }
}
