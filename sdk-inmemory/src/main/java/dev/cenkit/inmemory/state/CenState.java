package dev.cenkit.inmemory.state;

import dev.cenkit.model.Checks;
import dev.cenkit.model.cen.BandwidthPackageId;
import dev.cenkit.model.cen.BandwidthPlan;
import dev.cenkit.model.cen.CenAttachment;
import dev.cenkit.model.cen.CenId;
import dev.cenkit.model.cen.CenInstance;
import dev.cenkit.model.cen.InterRegionBandwidthLimit;
import dev.cenkit.spi.CenView;
import java.util.Objects;
import org.pcollections.PSortedMap;
import org.pcollections.TreePMap;

/** The CEN part of a {@link Snapshot}. */
public final class CenState implements CenView {
  static final CenState EMPTY = new CenState(TreePMap.empty(), TreePMap.empty(), TreePMap.empty(), TreePMap.empty());

  private final PSortedMap<CenId, CenInstance> cens;
  private final PSortedMap<String, CenAttachment> attachments;
  private final PSortedMap<BandwidthPackageId, BandwidthPlan> bandwidthPlans;
  private final PSortedMap<String, InterRegionBandwidthLimit> bandwidthLimits;

  private CenState(
      PSortedMap<CenId, CenInstance> cens,
      PSortedMap<String, CenAttachment> attachments,
      PSortedMap<BandwidthPackageId, BandwidthPlan> bandwidthPlans,
      PSortedMap<String, InterRegionBandwidthLimit> bandwidthLimits) {
    this.cens = cens;
    this.attachments = attachments;
    this.bandwidthPlans = bandwidthPlans;
    this.bandwidthLimits = bandwidthLimits;
  }

  @Override
  public PSortedMap<CenId, CenInstance> cens() {
    return cens;
  }

  @Override
  public PSortedMap<String, CenAttachment> attachments() {
    return attachments;
  }

  @Override
  public PSortedMap<BandwidthPackageId, BandwidthPlan> bandwidthPlans() {
    return bandwidthPlans;
  }

  @Override
  public PSortedMap<String, InterRegionBandwidthLimit> bandwidthLimits() {
    return bandwidthLimits;
  }

  /** With the CEN added or replaced. */
  public CenState withCen(CenInstance cen) {
    Checks.required(cen, "cen (CenInstance)");
    return new CenState(cens.plus(cen.id(), cen), attachments, bandwidthPlans, bandwidthLimits);
  }

  /** Without the CEN. */
  public CenState withoutCen(CenId id) {
    Checks.required(id, "id (CenId)");
    return new CenState(cens.minus(id), attachments, bandwidthPlans, bandwidthLimits);
  }

  /** With the attachment added or replaced. */
  public CenState withAttachment(CenAttachment attachment) {
    Checks.required(attachment, "attachment (CenAttachment)");
    return new CenState(
        cens, attachments.plus(attachment.childInstanceId().value(), attachment), bandwidthPlans, bandwidthLimits);
  }

  /** Without the attachment of this child instance. */
  public CenState withoutAttachment(String childInstanceId) {
    Checks.required(childInstanceId, "childInstanceId (String)");
    return new CenState(cens, attachments.minus(childInstanceId), bandwidthPlans, bandwidthLimits);
  }

  /** With the bandwidth plan added or replaced. */
  public CenState withBandwidthPlan(BandwidthPlan plan) {
    Checks.required(plan, "plan (BandwidthPlan)");
    return new CenState(cens, attachments, bandwidthPlans.plus(plan.id(), plan), bandwidthLimits);
  }

  /** Without the bandwidth plan. */
  public CenState withoutBandwidthPlan(BandwidthPackageId id) {
    Checks.required(id, "id (BandwidthPackageId)");
    return new CenState(cens, attachments, bandwidthPlans.minus(id), bandwidthLimits);
  }

  /** With the inter-region limit added or replaced. */
  public CenState withBandwidthLimit(InterRegionBandwidthLimit limit) {
    Checks.required(limit, "limit (InterRegionBandwidthLimit)");
    return new CenState(cens, attachments, bandwidthPlans, bandwidthLimits.plus(limit.key(), limit));
  }

  /** Without the inter-region limit with this key ({@link InterRegionBandwidthLimit#key()}). */
  public CenState withoutBandwidthLimit(String key) {
    Checks.required(key, "key (String)");
    return new CenState(cens, attachments, bandwidthPlans, bandwidthLimits.minus(key));
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof CenState)) {
      return false;
    }
    CenState s = (CenState) o;
    return s.cens.equals(cens)
        && s.attachments.equals(attachments)
        && s.bandwidthPlans.equals(bandwidthPlans)
        && s.bandwidthLimits.equals(bandwidthLimits);
  }

  @Override
  public int hashCode() {
    return Objects.hash(cens, attachments, bandwidthPlans, bandwidthLimits);
  }
}
