package dev.cenkit.inmemory.state;

import dev.cenkit.model.Checks;
import dev.cenkit.model.RegionId;
import dev.cenkit.model.cen.BandwidthPackageId;
import dev.cenkit.model.cen.BandwidthPlan;
import dev.cenkit.model.cen.CenAttachment;
import dev.cenkit.model.cen.CenId;
import dev.cenkit.model.cen.CenInstance;
import dev.cenkit.model.cen.InterRegionBandwidthLimit;
import dev.cenkit.model.cen.RegionPair;
import dev.cenkit.spi.CenView;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.pcollections.PSortedMap;
import org.pcollections.TreePMap;

/**
 * The CEN part of a {@link Snapshot}, with the secondary indexes the rules and questions read (attachments by
 * CEN in attach order, attached instances per CEN and region, plans by CEN, limits by CEN and by plan), kept by
 * the same {@code with…}/{@code without…} methods.
 */
public final class CenState implements CenView {
  static final CenState EMPTY =
      new CenState(TreePMap.empty(IdOrder.INSTANCE), TreePMap.empty(TextOrder.INSTANCE), TreePMap.empty(IdOrder.INSTANCE),
          TreePMap.empty(TextOrder.INSTANCE), DeferredGroupIndex.of(GroupIndex.<CenId, AttachKey, CenAttachment>ordered(AttachKey.ORDER)), GroupIndex.natural(),
          GroupIndex.ordered(IdOrder.INSTANCE),
          GroupIndex.natural(), GroupIndex.ordered(TextOrder.INSTANCE), ChangeLog.EMPTY);

  /** Orders the attachments of one CEN: attach order, then child id. */
  private record AttachKey(long order, String child) implements Comparable<AttachKey> {
    /** Their natural order, as a comparator of its own (one direct call per tree level; see {@link IdOrder}). */
    static final java.util.Comparator<AttachKey> ORDER = AttachKey::compareTo;

    static AttachKey of(CenAttachment a) {
      return new AttachKey(a.attachOrder(), a.childInstanceId().value());
    }

    @Override
    public int compareTo(AttachKey o) {
      Checks.required(o, "o (AttachKey)");
      int c = Long.compare(order, o.order);
      return c != 0 ? c : child.compareTo(o.child);
    }
  }

  private final PSortedMap<CenId, CenInstance> cens;
  private final PSortedMap<String, CenAttachment> attachments;
  private final PSortedMap<BandwidthPackageId, BandwidthPlan> bandwidthPlans;
  private final PSortedMap<String, InterRegionBandwidthLimit> bandwidthLimits;
  /** Read by routing, questions and R75 only, never while attaching (deferred: see {@link DeferredGroupIndex}). */
  private final DeferredGroupIndex<CenId, AttachKey, CenAttachment> attachmentsByCen;
  private final GroupIndex<CenId, RegionId, Integer> instancesPerRegion;
  private final GroupIndex<CenId, BandwidthPackageId, BandwidthPlan> plansByCen;
  private final GroupIndex<CenId, RegionPair, InterRegionBandwidthLimit> limitsByCen;
  private final GroupIndex<BandwidthPackageId, String, InterRegionBandwidthLimit> limitsByPlan;
  private final ChangeLog log;

  private CenState(
      PSortedMap<CenId, CenInstance> cens,
      PSortedMap<String, CenAttachment> attachments,
      PSortedMap<BandwidthPackageId, BandwidthPlan> bandwidthPlans,
      PSortedMap<String, InterRegionBandwidthLimit> bandwidthLimits,
      DeferredGroupIndex<CenId, AttachKey, CenAttachment> attachmentsByCen,
      GroupIndex<CenId, RegionId, Integer> instancesPerRegion,
      GroupIndex<CenId, BandwidthPackageId, BandwidthPlan> plansByCen,
      GroupIndex<CenId, RegionPair, InterRegionBandwidthLimit> limitsByCen,
      GroupIndex<BandwidthPackageId, String, InterRegionBandwidthLimit> limitsByPlan,
      ChangeLog log) {
    this.cens = cens;
    this.attachments = attachments;
    this.bandwidthPlans = bandwidthPlans;
    this.bandwidthLimits = bandwidthLimits;
    this.attachmentsByCen = attachmentsByCen;
    this.instancesPerRegion = instancesPerRegion;
    this.plansByCen = plansByCen;
    this.limitsByCen = limitsByCen;
    this.limitsByPlan = limitsByPlan;
    this.log = log;
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

  @Override
  public List<CenAttachment> attachmentsOf(CenId cenId) {
    Checks.required(cenId, "cenId (CenId)");
    return List.copyOf(attachmentsByCen.get(cenId).values());
  }

  /** The attachments of one CEN in attach order, from the index (no copy). */
  public java.util.Collection<CenAttachment> attachmentsInOrder(CenId cenId) {
    Checks.required(cenId, "cenId (CenId)");
    return attachmentsByCen.get(cenId).values();
  }

  /** How many instances of {@code region} are attached to the CEN (D2). */
  public int attachedCountIn(CenId cenId, RegionId region) {
    Checks.required(cenId, "cenId (CenId)");
    Checks.required(region, "region (RegionId)");
    Integer n = instancesPerRegion.get(cenId).get(region);
    return n == null ? 0 : n;
  }

  /** The regions with instances attached to the CEN, sorted (D2, N1). */
  public Set<RegionId> attachedRegions(CenId cenId) {
    Checks.required(cenId, "cenId (CenId)");
    return instancesPerRegion.get(cenId).keySet();
  }

  @Override
  public List<BandwidthPlan> bandwidthPlansOf(CenId cenId) {
    Checks.required(cenId, "cenId (CenId)");
    return List.copyOf(plansByCen.get(cenId).values());
  }

  @Override
  public List<InterRegionBandwidthLimit> bandwidthLimitsOf(CenId cenId) {
    Checks.required(cenId, "cenId (CenId)");
    return List.copyOf(limitsByCen.get(cenId).values());
  }

  @Override
  public List<InterRegionBandwidthLimit> bandwidthLimitsDrawingOn(BandwidthPackageId planId) {
    Checks.required(planId, "planId (BandwidthPackageId)");
    return List.copyOf(limitsByPlan.get(planId).values());
  }

  /** The log of the CENs and child instances the changes to this state touched (see {@link ChangeLog}). */
  public ChangeLog changeLog() {
    return log;
  }

  /** This state with its deferred index settled (itself when it has no changes kept); see {@link VpcState#settled}. */
  CenState settled() {
    if (!attachmentsByCen.hasPending()) {
      return this;
    }
    return new CenState(cens, attachments, bandwidthPlans, bandwidthLimits, attachmentsByCen.settledIndex(),
        instancesPerRegion, plansByCen, limitsByCen, limitsByPlan, log);
  }

  /** Whether the CEN has attached instances (the regions of its attachments are kept with the rules' indexes). */
  public boolean hasAttachments(CenId cenId) {
    Checks.required(cenId, "cenId (CenId)");
    return instancesPerRegion.parents() > 0 && !instancesPerRegion.get(cenId).isEmpty();
  }

  /** With the CEN added or replaced. */
  public CenState withCen(CenInstance cen) {
    Checks.required(cen, "cen (CenInstance)");
    return new CenState(cens.plus(cen.id(), cen), attachments, bandwidthPlans, bandwidthLimits, attachmentsByCen,
        instancesPerRegion, plansByCen, limitsByCen, limitsByPlan, log.plus(cen.id().value()));
  }

  /** Without the CEN. */
  public CenState withoutCen(CenId id) {
    Checks.required(id, "id (CenId)");
    return new CenState(cens.minus(id), attachments, bandwidthPlans, bandwidthLimits, attachmentsByCen,
        instancesPerRegion, plansByCen, limitsByCen, limitsByPlan, log.plus(id.value()));
  }

  /** With the attachment added or replaced. */
  public CenState withAttachment(CenAttachment attachment) {
    Checks.required(attachment, "attachment (CenAttachment)");
    String child = attachment.childInstanceId().value();
    // Added first: only when the map did not grow was there an old attachment to drop from the indexes.
    PSortedMap<String, CenAttachment> added = attachments.plus(child, attachment);
    CenState base = added.size() == attachments.size() ? withoutAttachment(child) : this;
    CenId cen = attachment.cenId();
    RegionId region = attachment.childInstanceRegion();
    return new CenState(cens, added, bandwidthPlans, bandwidthLimits,
        base.attachmentsByCen.plus(cen, AttachKey.of(attachment), attachment),
        base.instancesPerRegion.plus(cen, region, base.attachedCountIn(cen, region) + 1), plansByCen, limitsByCen,
        limitsByPlan, base.log.plus(cen.value(), child));
  }

  /** Without the attachment of this child instance. */
  public CenState withoutAttachment(String childInstanceId) {
    Checks.required(childInstanceId, "childInstanceId (String)");
    CenAttachment old = attachments.get(childInstanceId);
    if (old == null) {
      return this;
    }
    CenId cen = old.cenId();
    RegionId region = old.childInstanceRegion();
    int left = attachedCountIn(cen, region) - 1;
    return new CenState(cens, attachments.minus(childInstanceId), bandwidthPlans, bandwidthLimits,
        attachmentsByCen.minus(cen, AttachKey.of(old)),
        left == 0 ? instancesPerRegion.minus(cen, region) : instancesPerRegion.plus(cen, region, left), plansByCen,
        limitsByCen, limitsByPlan, log.plus(cen.value(), childInstanceId));
  }

  /** With the bandwidth plan added or replaced. */
  public CenState withBandwidthPlan(BandwidthPlan plan) {
    Checks.required(plan, "plan (BandwidthPlan)");
    BandwidthPlan old = bandwidthPlans.get(plan.id());
    GroupIndex<CenId, BandwidthPackageId, BandwidthPlan> byCen =
        old == null || old.cenId().isEmpty() ? plansByCen : plansByCen.minus(old.cenId().get(), old.id());
    if (plan.cenId().isPresent()) {
      byCen = byCen.plus(plan.cenId().get(), plan.id(), plan);
    }
    return new CenState(cens, attachments, bandwidthPlans.plus(plan.id(), plan), bandwidthLimits, attachmentsByCen,
        instancesPerRegion, byCen, limitsByCen, limitsByPlan, log);
  }

  /** Without the bandwidth plan. */
  public CenState withoutBandwidthPlan(BandwidthPackageId id) {
    Checks.required(id, "id (BandwidthPackageId)");
    BandwidthPlan old = bandwidthPlans.get(id);
    GroupIndex<CenId, BandwidthPackageId, BandwidthPlan> byCen =
        old == null || old.cenId().isEmpty() ? plansByCen : plansByCen.minus(old.cenId().get(), id);
    return new CenState(cens, attachments, bandwidthPlans.minus(id), bandwidthLimits, attachmentsByCen,
        instancesPerRegion, byCen, limitsByCen, limitsByPlan, log);
  }

  /** With the inter-region limit added or replaced. */
  public CenState withBandwidthLimit(InterRegionBandwidthLimit limit) {
    Checks.required(limit, "limit (InterRegionBandwidthLimit)");
    CenState base = bandwidthLimits.containsKey(limit.key()) ? withoutBandwidthLimit(limit.key()) : this;
    return new CenState(cens, attachments, bandwidthPlans, base.bandwidthLimits.plus(limit.key(), limit),
        attachmentsByCen, instancesPerRegion, plansByCen, base.limitsByCen.plus(limit.cenId(), limit.regions(), limit),
        base.limitsByPlan.plus(limit.bandwidthPackageId(), limit.key(), limit), log);
  }

  /** Without the inter-region limit with this key ({@link InterRegionBandwidthLimit#key()}). */
  public CenState withoutBandwidthLimit(String key) {
    Checks.required(key, "key (String)");
    InterRegionBandwidthLimit old = bandwidthLimits.get(key);
    if (old == null) {
      return this;
    }
    return new CenState(cens, attachments, bandwidthPlans, bandwidthLimits.minus(key), attachmentsByCen,
        instancesPerRegion, plansByCen, limitsByCen.minus(old.cenId(), old.regions()),
        limitsByPlan.minus(old.bandwidthPackageId(), key), log);
  }

  /** The same content with every index rebuilt from the primary maps (for the testkit's invariant check). */
  public CenState rebuilt() {
    CenState s = EMPTY;
    for (CenInstance c : cens.values()) {
      s = s.withCen(c);
    }
    for (CenAttachment a : attachments.values()) {
      s = s.withAttachment(a);
    }
    for (BandwidthPlan p : bandwidthPlans.values()) {
      s = s.withBandwidthPlan(p);
    }
    for (InterRegionBandwidthLimit l : bandwidthLimits.values()) {
      s = s.withBandwidthLimit(l);
    }
    return s;
  }

  /** Whether every index equals {@code other}'s (compare with {@link #rebuilt()}). */
  public boolean sameIndexesAs(CenState other) {
    Checks.required(other, "other (CenState)");
    return attachmentsByCen.equals(other.attachmentsByCen)
        && instancesPerRegion.equals(other.instancesPerRegion)
        && plansByCen.equals(other.plansByCen)
        && limitsByCen.equals(other.limitsByCen)
        && limitsByPlan.equals(other.limitsByPlan);
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
