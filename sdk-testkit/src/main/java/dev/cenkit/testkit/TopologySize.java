package dev.cenkit.testkit;

import dev.cenkit.error.ErrorCode;
import dev.cenkit.model.Checks;

/**
 * How big a generated topology is. {@link #small()} describes VPCs, vSwitches and CENs only; the withers add
 * bandwidth plans, data centers with circuits and VBRs, and API Gateway instances with groups and APIs, and
 * {@link #everything()} turns them all on with small defaults.
 *
 * @param regions how many regions to spread over (1 to every known region; the first 8 are drawn across several
 *     areas, the rest follow {@link dev.cenkit.model.RegionId#all()})
 * @param vpcs how many VPCs (1 to 16,384; beyond 200 the wide address plan of {@link TopologyGenerator} is used)
 * @param vSwitchesPerVpc the most vSwitches per VPC (1 to 16; at most 8 with the wide address plan)
 * @param cens how many CEN instances (0 to 2,000)
 * @param overlapping whether address space may overlap between VPCs (which makes route conflicts possible)
 * @param bandwidthPlans whether CENs may buy bandwidth plans and allocate inter-region bandwidth from them
 * @param dataCenters how many data centers (0 to 250)
 * @param circuitsPerDataCenter the most Express Connect circuits (each with one VBR) per data center (1 to 3)
 * @param inactiveLinks whether some circuits or VBRs are left terminated (R43, R44)
 * @param apiInstances how many API Gateway instances (0 to 250)
 * @param groupsPerInstance the most API groups per instance (1 to 10)
 * @param apisPerGroup the most APIs per group (0 to 50)
 * @param dense whether 90% of the VPC attachments go to the first 3 CENs (which then span every region), the
 *     rest spread over all CENs; otherwise each VPC picks a CEN (or none) uniformly
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
    int apisPerGroup,
    boolean dense) {
  /** Checks the ranges. */
  public TopologySize {
    Checks.inRange(regions, 1, TopologyGenerator.REGIONS.size(), "regions", ErrorCode.INVALID_PARAMETER, null);
    Checks.inRange(vpcs, 1, TopologyGenerator.MAX_VPCS, "vpcs", ErrorCode.INVALID_PARAMETER, null);
    Checks.inRange(vSwitchesPerVpc, 1, vpcs > TopologyGenerator.NARROW_PLAN_VPCS ? 8 : 16, "vSwitchesPerVpc",
        ErrorCode.INVALID_PARAMETER, null);
    Checks.inRange(cens, 0, 2000, "cens", ErrorCode.INVALID_PARAMETER, null);
    Checks.inRange(dataCenters, 0, 250, "dataCenters", ErrorCode.INVALID_PARAMETER, null);
    Checks.inRange(circuitsPerDataCenter, 1, 3, "circuitsPerDataCenter", ErrorCode.INVALID_PARAMETER, null);
    Checks.inRange(apiInstances, 0, 250, "apiInstances", ErrorCode.INVALID_PARAMETER, null);
    Checks.inRange(groupsPerInstance, 1, 10, "groupsPerInstance", ErrorCode.INVALID_PARAMETER, null);
    Checks.inRange(apisPerGroup, 0, 50, "apisPerGroup", ErrorCode.INVALID_PARAMETER, null);
  }

  /** Every dimension but density, which is off (the shape of the reproduction lines printed before density existed). */
  public TopologySize(int regions, int vpcs, int vSwitchesPerVpc, int cens, boolean overlapping, boolean bandwidthPlans,
      int dataCenters, int circuitsPerDataCenter, boolean inactiveLinks, int apiInstances, int groupsPerInstance,
      int apisPerGroup) {
    this(regions, vpcs, vSwitchesPerVpc, cens, overlapping, bandwidthPlans, dataCenters, circuitsPerDataCenter,
        inactiveLinks, apiInstances, groupsPerInstance, apisPerGroup, false);
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

  /**
   * An estate of {@code vpcs} VPCs across every known region, scaled from the 10,000-VPC estate of issue 11:
   * one CEN per 10 VPCs, one data center per 50 VPCs (up to 2 circuits each), one API Gateway instance per 67
   * VPCs (two thirds of them dedicated) with up to 4 groups of up to 10 APIs — about 2,000 APIs, 100 dedicated
   * instances, 200 data centers and 1,000 CENs at 10,000 VPCs. Apply it with {@link GeneratedTopology#quotasFor}.
   */
  public static TopologySize estate(int vpcs) {
    int regions = TopologyGenerator.REGIONS.size();
    return new TopologySize(regions, vpcs, 2, Math.max(1, vpcs / 10), false, true, Math.max(1, vpcs / 50), 2, false,
        Math.max(1, vpcs * 3 / 200), 4, 10, false);
  }

  /** {@link #estate(int)} with 90% of the attachments on 3 CENs spanning every region. */
  public static TopologySize denseEstate(int vpcs) {
    return estate(vpcs).withDense(true);
  }

  /** Whether the size needs quotas above {@link GeneratedTopology#quotas()} (see {@link GeneratedTopology#quotasFor}). */
  public boolean large() {
    return vpcs > TopologyGenerator.NARROW_PLAN_VPCS || cens > 5 || dataCenters > 4 || apiInstances > 4
        || groupsPerInstance > 3 || apisPerGroup > 3 || regions > 8 || dense;
  }

  /** The same size with address space that may overlap. */
  public TopologySize withOverlap() {
    return withOverlapping(true);
  }

  /** The same size with {@code regions} set to {@code value}. */
  public TopologySize withRegions(int value) {
    return new TopologySize(value, vpcs, vSwitchesPerVpc, cens, overlapping, bandwidthPlans, dataCenters, circuitsPerDataCenter, inactiveLinks, apiInstances, groupsPerInstance, apisPerGroup, dense);
  }

  /** The same size with {@code vpcs} set to {@code value}. */
  public TopologySize withVpcs(int value) {
    return new TopologySize(regions, value, vSwitchesPerVpc, cens, overlapping, bandwidthPlans, dataCenters, circuitsPerDataCenter, inactiveLinks, apiInstances, groupsPerInstance, apisPerGroup, dense);
  }

  /** The same size with {@code vSwitchesPerVpc} set to {@code value}. */
  public TopologySize withVSwitchesPerVpc(int value) {
    return new TopologySize(regions, vpcs, value, cens, overlapping, bandwidthPlans, dataCenters, circuitsPerDataCenter, inactiveLinks, apiInstances, groupsPerInstance, apisPerGroup, dense);
  }

  /** The same size with {@code cens} set to {@code value}. */
  public TopologySize withCens(int value) {
    return new TopologySize(regions, vpcs, vSwitchesPerVpc, value, overlapping, bandwidthPlans, dataCenters, circuitsPerDataCenter, inactiveLinks, apiInstances, groupsPerInstance, apisPerGroup, dense);
  }

  /** The same size with {@code overlapping} set to {@code value}. */
  public TopologySize withOverlapping(boolean value) {
    return new TopologySize(regions, vpcs, vSwitchesPerVpc, cens, value, bandwidthPlans, dataCenters, circuitsPerDataCenter, inactiveLinks, apiInstances, groupsPerInstance, apisPerGroup, dense);
  }

  /** The same size with {@code bandwidthPlans} set to {@code value}. */
  public TopologySize withBandwidthPlans(boolean value) {
    return new TopologySize(regions, vpcs, vSwitchesPerVpc, cens, overlapping, value, dataCenters, circuitsPerDataCenter, inactiveLinks, apiInstances, groupsPerInstance, apisPerGroup, dense);
  }

  /** The same size with {@code dataCenters} set to {@code value}. */
  public TopologySize withDataCenters(int value) {
    return new TopologySize(regions, vpcs, vSwitchesPerVpc, cens, overlapping, bandwidthPlans, value, circuitsPerDataCenter, inactiveLinks, apiInstances, groupsPerInstance, apisPerGroup, dense);
  }

  /** The same size with {@code circuitsPerDataCenter} set to {@code value}. */
  public TopologySize withCircuitsPerDataCenter(int value) {
    return new TopologySize(regions, vpcs, vSwitchesPerVpc, cens, overlapping, bandwidthPlans, dataCenters, value, inactiveLinks, apiInstances, groupsPerInstance, apisPerGroup, dense);
  }

  /** The same size with {@code inactiveLinks} set to {@code value}. */
  public TopologySize withInactiveLinks(boolean value) {
    return new TopologySize(regions, vpcs, vSwitchesPerVpc, cens, overlapping, bandwidthPlans, dataCenters, circuitsPerDataCenter, value, apiInstances, groupsPerInstance, apisPerGroup, dense);
  }

  /** The same size with {@code apiInstances} set to {@code value}. */
  public TopologySize withApiInstances(int value) {
    return new TopologySize(regions, vpcs, vSwitchesPerVpc, cens, overlapping, bandwidthPlans, dataCenters, circuitsPerDataCenter, inactiveLinks, value, groupsPerInstance, apisPerGroup, dense);
  }

  /** The same size with {@code groupsPerInstance} set to {@code value}. */
  public TopologySize withGroupsPerInstance(int value) {
    return new TopologySize(regions, vpcs, vSwitchesPerVpc, cens, overlapping, bandwidthPlans, dataCenters, circuitsPerDataCenter, inactiveLinks, apiInstances, value, apisPerGroup, dense);
  }

  /** The same size with {@code apisPerGroup} set to {@code value}. */
  public TopologySize withApisPerGroup(int value) {
    return new TopologySize(regions, vpcs, vSwitchesPerVpc, cens, overlapping, bandwidthPlans, dataCenters, circuitsPerDataCenter, inactiveLinks, apiInstances, groupsPerInstance, value, dense);
  }

  /** The same size with {@code dense} set to {@code value}. */
  public TopologySize withDense(boolean value) {
    return new TopologySize(regions, vpcs, vSwitchesPerVpc, cens, overlapping, bandwidthPlans, dataCenters, circuitsPerDataCenter, inactiveLinks, apiInstances, groupsPerInstance, apisPerGroup, value);
  }

  /** Java code that builds this size, for reproduction lines. */
  public String toJavaCode() {
    return "new TopologySize(" + regions + ", " + vpcs + ", " + vSwitchesPerVpc + ", " + cens + ", " + overlapping
        + ", " + bandwidthPlans + ", " + dataCenters + ", " + circuitsPerDataCenter + ", " + inactiveLinks + ", "
        + apiInstances + ", " + groupsPerInstance + ", " + apisPerGroup + (dense ? ", true" : "") + ")";
  }
}
