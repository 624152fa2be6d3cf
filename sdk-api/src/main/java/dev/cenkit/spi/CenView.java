package dev.cenkit.spi;

import dev.cenkit.model.Checks;
import dev.cenkit.model.NetworkInstanceId;
import dev.cenkit.model.cen.BandwidthPackageId;
import dev.cenkit.model.cen.BandwidthPlan;
import dev.cenkit.model.cen.CenAttachment;
import dev.cenkit.model.cen.CenId;
import dev.cenkit.model.cen.CenInstance;
import dev.cenkit.model.cen.InterRegionBandwidthLimit;
import dev.cenkit.model.cen.RegionPair;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The CEN part of a {@link CloudSnapshot}: unmodifiable maps ordered by id. */
public interface CenView {
  /** Every CEN instance by id. */
  Map<CenId, CenInstance> cens();

  /** Every attachment, keyed by the child instance's id string (an instance is in at most one CEN, R6). */
  Map<String, CenAttachment> attachments();

  /** The CEN with this id, if it exists. */
  default Optional<CenInstance> cen(CenId id) {
    Checks.required(id, "id (CenId)");
    return Optional.ofNullable(cens().get(id));
  }

  /** The attachment of a network instance, if it is attached to a CEN. */
  default Optional<CenAttachment> attachmentOf(NetworkInstanceId child) {
    Checks.required(child, "child (NetworkInstanceId)");
    return Optional.ofNullable(attachments().get(child.value()));
  }

  /** The attachments of one CEN, in attach order. */
  default List<CenAttachment> attachmentsOf(CenId cenId) {
    Checks.required(cenId, "cenId (CenId)");
    return attachments().values().stream()
        .filter(a -> a.cenId().equals(cenId))
        .sorted(java.util.Comparator.comparingLong(CenAttachment::attachOrder))
        .collect(Collectors.toUnmodifiableList());
  }

  /** Every bandwidth plan by id. */
  Map<BandwidthPackageId, BandwidthPlan> bandwidthPlans();

  /** Every inter-region bandwidth limit, keyed by {@link InterRegionBandwidthLimit#key()}. */
  Map<String, InterRegionBandwidthLimit> bandwidthLimits();

  /** The plan with this id, if it exists. */
  default Optional<BandwidthPlan> bandwidthPlan(BandwidthPackageId id) {
    Checks.required(id, "id (BandwidthPackageId)");
    return Optional.ofNullable(bandwidthPlans().get(id));
  }

  /** The plans associated with a CEN, ordered by id. */
  default List<BandwidthPlan> bandwidthPlansOf(CenId cenId) {
    Checks.required(cenId, "cenId (CenId)");
    return bandwidthPlans().values().stream()
        .filter(p -> p.cenId().equals(Optional.of(cenId)))
        .collect(Collectors.toUnmodifiableList());
  }

  /** The inter-region limits of a CEN, ordered by region pair. */
  default List<InterRegionBandwidthLimit> bandwidthLimitsOf(CenId cenId) {
    Checks.required(cenId, "cenId (CenId)");
    return bandwidthLimits().values().stream()
        .filter(l -> l.cenId().equals(cenId))
        .sorted(java.util.Comparator.comparing(InterRegionBandwidthLimit::regions))
        .collect(Collectors.toUnmodifiableList());
  }

  /** The limit of a CEN for a region pair, if one is set (otherwise the pair has only test bandwidth, R12). */
  default Optional<InterRegionBandwidthLimit> bandwidthLimit(CenId cenId, RegionPair regions) {
    Checks.required(cenId, "cenId (CenId)");
    Checks.required(regions, "regions (RegionPair)");
    return Optional.ofNullable(bandwidthLimits().get(InterRegionBandwidthLimit.key(cenId, regions)));
  }

  /** The limits that draw on a plan. */
  default List<InterRegionBandwidthLimit> bandwidthLimitsDrawingOn(BandwidthPackageId planId) {
    Checks.required(planId, "planId (BandwidthPackageId)");
    return bandwidthLimits().values().stream()
        .filter(l -> l.bandwidthPackageId().equals(planId))
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * The CEN with this name, if exactly one has it.
   *
   * @throws dev.cenkit.error.InvalidParameterException {@code InvalidParameter} when several CENs share the name
   */
  default Optional<CenInstance> cenNamed(String name) {
    return ByName.unique(cens().values(), CenInstance::name, name, "CEN");
  }
}
