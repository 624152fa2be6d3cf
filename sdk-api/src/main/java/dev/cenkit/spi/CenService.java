package dev.cenkit.spi;

import dev.cenkit.error.ErrorCode;
import dev.cenkit.model.Checks;
import dev.cenkit.model.NetworkInstanceId;
import dev.cenkit.model.RegionId;
import dev.cenkit.model.cen.BandwidthPackageId;
import dev.cenkit.model.cen.BandwidthPlan;
import dev.cenkit.model.cen.CenAttachment;
import dev.cenkit.model.cen.CenId;
import dev.cenkit.model.cen.CenInstance;
import dev.cenkit.model.cen.CenRouteEntry;
import dev.cenkit.model.cen.InterRegionBandwidthLimit;
import dev.cenkit.model.expressconnect.Vbr;
import dev.cenkit.model.expressconnect.VbrId;
import dev.cenkit.model.vpc.Vpc;
import dev.cenkit.model.vpc.VpcId;
import dev.cenkit.spi.cen.AssociateCenBandwidthPackageRequest;
import dev.cenkit.spi.cen.AttachCenChildInstanceRequest;
import dev.cenkit.spi.cen.CreateCenBandwidthPackageRequest;
import dev.cenkit.spi.cen.CreateCenRequest;
import dev.cenkit.spi.cen.DeleteCenBandwidthPackageRequest;
import dev.cenkit.spi.cen.DeleteCenRequest;
import dev.cenkit.spi.cen.DetachCenChildInstanceRequest;
import dev.cenkit.spi.cen.ModifyCenAttributeRequest;
import dev.cenkit.spi.cen.ModifyCenBandwidthPackageSpecRequest;
import dev.cenkit.spi.cen.SetCenInterRegionBandwidthLimitRequest;
import dev.cenkit.spi.cen.UnassociateCenBandwidthPackageRequest;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.List;
import java.util.function.Consumer;

/** The CEN actions ({@code Cbn} 2017-09-12): instances, attachments, bandwidth plans and limits. */
public interface CenService extends OperationExecutor {
  /** {@code CreateCen}. */
  default CenInstance createCen(CreateCenRequest request) {
    return execute(request);
  }

  /** {@code CreateCen}, with the request built in place. */
  default CenInstance createCen(Consumer<CreateCenRequest.Builder> request) {
    return createCen(OperationExecutor.build(CreateCenRequest.builder(), request, CreateCenRequest.Builder::build));
  }

  /** {@code AttachCenChildInstance}. */
  default CenAttachment attachCenChildInstance(AttachCenChildInstanceRequest request) {
    return execute(request);
  }

  /** {@code AttachCenChildInstance}, with the request built in place. */
  default CenAttachment attachCenChildInstance(Consumer<AttachCenChildInstanceRequest.Builder> request) {
    return attachCenChildInstance(OperationExecutor.build(AttachCenChildInstanceRequest.builder(), request, AttachCenChildInstanceRequest.Builder::build));
  }

  /** {@code DescribeCens}: every CEN instance, ordered by id. */
  default List<CenInstance> describeCens() {
    return List.copyOf(snapshot().cen().cens().values());
  }

  /** {@code DetachCenChildInstance}; idempotent for an instance that is not attached to the CEN (R11). */
  default Optional<CenAttachment> detachCenChildInstance(DetachCenChildInstanceRequest request) {
    return execute(request);
  }

  /** {@code DetachCenChildInstance}, with the request built in place. */
  default Optional<CenAttachment> detachCenChildInstance(Consumer<DetachCenChildInstanceRequest.Builder> request) {
    return detachCenChildInstance(OperationExecutor.build(DetachCenChildInstanceRequest.builder(), request, DetachCenChildInstanceRequest.Builder::build));
  }

  /**
   * {@code DetachCenChildInstance} without repeating what the cloud knows: the child's region is read from its
   * attachment (or, when it is not attached, from the VPC or VBR itself). Idempotent as the action is (R11).
   */
  default Optional<CenAttachment> detachCenChildInstance(CenId cenId, NetworkInstanceId child) {
    Checks.required(cenId, "cenId (CenId)");
    Checks.required(child, "childInstanceId (NetworkInstanceId)");
    CloudSnapshot s = snapshot();
    Optional<RegionId> region =
        s.cen().attachmentOf(child).map(CenAttachment::childInstanceRegion)
            .or(() -> child instanceof VpcId ? s.vpc().vpc((VpcId) child).map(Vpc::region) : Optional.empty())
            .or(() -> child instanceof VbrId ? s.expressConnect().vbr((VbrId) child).map(Vbr::region) : Optional.empty());
    // R11: an instance attached nowhere that does not exist either is a no-op whatever the region given; the
    // action still checks the CEN and its edition.
    return detachCenChildInstance(
        DetachCenChildInstanceRequest.builder()
            .cenId(cenId)
            .childInstanceId(child)
            .childInstanceRegion(region.orElse(RegionId.CN_HANGZHOU))
            .build());
  }

  /** {@code DeleteCen}: only without attached instances or associated plans (R75). */
  default CenInstance deleteCen(CenId cenId) {
    return execute(DeleteCenRequest.builder().cenId(cenId).build());
  }

  /** {@code ModifyCenAttribute}. */
  default CenInstance modifyCenAttribute(ModifyCenAttributeRequest request) {
    return execute(request);
  }

  /** {@code ModifyCenAttribute}, with the request built in place. */
  default CenInstance modifyCenAttribute(Consumer<ModifyCenAttributeRequest.Builder> request) {
    return modifyCenAttribute(OperationExecutor.build(ModifyCenAttributeRequest.builder(), request, ModifyCenAttributeRequest.Builder::build));
  }

  /**
   * {@code DescribeCenAttachedChildInstances}: the instances attached to a CEN, in attach order.
   *
   * @throws dev.cenkit.error.ResourceNotFoundException {@code ParameterCenInstanceId}
   */
  default List<CenAttachment> describeCenAttachedChildInstances(CenId cenId) {
    requireCen(cenId);
    return snapshot().cen().attachmentsOf(cenId);
  }

  /** {@code DescribeCenAttachedChildInstanceAttribute}: the attachment of one instance, if attached to the CEN. */
  default Optional<CenAttachment> describeCenAttachedChildInstanceAttribute(CenId cenId, NetworkInstanceId child) {
    requireCen(cenId);
    Checks.required(child, "child instance id");
    return snapshot().cen().attachmentOf(child).filter(a -> a.cenId().equals(cenId));
  }

  /** {@code CreateCenBandwidthPackage}. */
  default BandwidthPlan createCenBandwidthPackage(CreateCenBandwidthPackageRequest request) {
    return execute(request);
  }

  /** {@code CreateCenBandwidthPackage}, with the request built in place. */
  default BandwidthPlan createCenBandwidthPackage(Consumer<CreateCenBandwidthPackageRequest.Builder> request) {
    return createCenBandwidthPackage(OperationExecutor.build(CreateCenBandwidthPackageRequest.builder(), request, CreateCenBandwidthPackageRequest.Builder::build));
  }

  /** {@code AssociateCenBandwidthPackage} (R15, R16, R24). */
  default BandwidthPlan associateCenBandwidthPackage(CenId cenId, BandwidthPackageId bandwidthPackageId) {
    return execute(
        AssociateCenBandwidthPackageRequest.builder().cenId(cenId).bandwidthPackageId(bandwidthPackageId).build());
  }

  /** {@code UnassociateCenBandwidthPackage} (R23). */
  default BandwidthPlan unassociateCenBandwidthPackage(CenId cenId, BandwidthPackageId bandwidthPackageId) {
    return execute(
        UnassociateCenBandwidthPackageRequest.builder().cenId(cenId).bandwidthPackageId(bandwidthPackageId).build());
  }

  /** {@code DeleteCenBandwidthPackage} (R23). */
  default BandwidthPlan deleteCenBandwidthPackage(BandwidthPackageId bandwidthPackageId) {
    return execute(DeleteCenBandwidthPackageRequest.builder().bandwidthPackageId(bandwidthPackageId).build());
  }

  /** {@code ModifyCenBandwidthPackageSpec} (R13, R22). */
  default BandwidthPlan modifyCenBandwidthPackageSpec(BandwidthPackageId bandwidthPackageId, long mbps) {
    return execute(
        ModifyCenBandwidthPackageSpecRequest.builder().bandwidthPackageId(bandwidthPackageId).bandwidth(mbps).build());
  }

  /** {@code SetCenInterRegionBandwidthLimit} (R17-R21, N1); 0 removes the limit. */
  default Optional<InterRegionBandwidthLimit> setCenInterRegionBandwidthLimit(
      SetCenInterRegionBandwidthLimitRequest request) {
    return execute(request);
  }

  /** {@code SetCenInterRegionBandwidthLimit}, with the request built in place. */
  default Optional<InterRegionBandwidthLimit> setCenInterRegionBandwidthLimit(
      Consumer<SetCenInterRegionBandwidthLimitRequest.Builder> request) {
    return setCenInterRegionBandwidthLimit(OperationExecutor.build(SetCenInterRegionBandwidthLimitRequest.builder(), request, SetCenInterRegionBandwidthLimitRequest.Builder::build));
  }

  /** {@code DescribeCenBandwidthPackages}: every plan, ordered by id. */
  default List<BandwidthPlan> describeCenBandwidthPackages() {
    return List.copyOf(snapshot().cen().bandwidthPlans().values());
  }

  /**
   * {@code DescribeCenInterRegionBandwidthLimits}: the limits of a CEN, ordered by region pair. A pair that is
   * not listed has no allocation and gets only the test bandwidth (R12).
   *
   * @throws dev.cenkit.error.ResourceNotFoundException {@code ParameterCenInstanceId}
   */
  default List<InterRegionBandwidthLimit> describeCenInterRegionBandwidthLimits(CenId cenId) {
    requireCen(cenId);
    return snapshot().cen().bandwidthLimitsOf(cenId);
  }

  /**
   * The routes of a CEN's route table (Basic Edition, D1): every destination advertised by an attached instance
   * (R25, never 100.64.0.0/10, R26), each with its status; of identical destinations one is active and the
   * others are candidates in conflict (R28, D4). Computed from the current snapshot, not stored.
   *
   * @throws dev.cenkit.error.ResourceNotFoundException {@code ParameterCenInstanceId}
   */
  List<CenRouteEntry> describeCenRouteEntries(CenId cenId);

  /**
   * {@code DescribeCenRegionDomainRouteEntries}: the route table of one regional route domain of a CEN. In Basic
   * Edition every region of a CEN holds every advertised route, so this is {@link #describeCenRouteEntries}.
   */
  default List<CenRouteEntry> describeCenRegionDomainRouteEntries(CenId cenId, RegionId cenRegionId) {
    Checks.required(cenRegionId, "CEN region id");
    return describeCenRouteEntries(cenId);
  }

  /** The routes of a CEN that are not in effect because an identical destination wins elsewhere (R28). */
  default List<CenRouteEntry> describeRouteConflicts(CenId cenId) {
    return describeCenRouteEntries(cenId).stream().filter(CenRouteEntry::inConflict).collect(Collectors.toUnmodifiableList());
  }

  private void requireCen(CenId cenId) {
    Checks.required(cenId, "CEN id");
    if (snapshot().cen().cen(cenId).isEmpty()) {
      throw ErrorCode.PARAMETER_CEN_INSTANCE_ID.exception(null, "CEN " + cenId + " does not exist", cenId);
    }
  }
}
