package dev.cenkit.testkit;

import dev.cenkit.error.ErrorCode;
import dev.cenkit.model.Checks;

/**
 * How big a generated topology is.
 *
 * @param regions how many regions to spread over (1 to 8; drawn across several areas)
 * @param vpcs how many VPCs
 * @param vSwitchesPerVpc the most vSwitches per VPC (at least 1)
 * @param cens how many CEN instances (0 to 5)
 * @param overlapping whether address space may overlap between VPCs (which makes route conflicts possible)
 */
public record TopologySize(int regions, int vpcs, int vSwitchesPerVpc, int cens, boolean overlapping) {
  /** Checks the ranges. */
  public TopologySize {
    Checks.inRange(regions, 1, 8, "regions", ErrorCode.INVALID_PARAMETER, null);
    Checks.inRange(vpcs, 1, 200, "vpcs", ErrorCode.INVALID_PARAMETER, null);
    Checks.inRange(vSwitchesPerVpc, 1, 16, "vSwitchesPerVpc", ErrorCode.INVALID_PARAMETER, null);
    Checks.inRange(cens, 0, 5, "cens", ErrorCode.INVALID_PARAMETER, null);
  }

  /** A small topology: 3 regions, 5 VPCs of up to 2 vSwitches, 2 CENs, no overlapping address space. */
  public static TopologySize small() {
    return new TopologySize(3, 5, 2, 2, false);
  }

  /** The same size with address space that may overlap. */
  public TopologySize withOverlap() {
    return new TopologySize(regions, vpcs, vSwitchesPerVpc, cens, true);
  }
}
