package dev.cenkit.dsl;

import dev.cenkit.model.Checks;
import dev.cenkit.model.Cidr;
import dev.cenkit.model.RegionId;
import dev.cenkit.model.expressconnect.DataCenter;
import dev.cenkit.model.expressconnect.DataCenterId;
import dev.cenkit.model.expressconnect.LineOperator;
import dev.cenkit.model.expressconnect.PhysicalConnection;
import dev.cenkit.model.expressconnect.PhysicalConnectionId;
import dev.cenkit.model.expressconnect.PortType;
import dev.cenkit.model.expressconnect.Vbr;
import dev.cenkit.model.expressconnect.VbrId;
import dev.cenkit.model.expressconnect.VbrNextHopType;
import dev.cenkit.spi.Ref;
import dev.cenkit.spi.ResourceSpec;
import dev.cenkit.spi.Spec;
import dev.cenkit.spi.SpecSource;
import dev.cenkit.spi.Step;
import dev.cenkit.spi.expressconnect.ConfirmPhysicalConnectionRequest;
import dev.cenkit.spi.expressconnect.CreateDataCenterRouteRequest;
import dev.cenkit.spi.expressconnect.CreatePhysicalConnectionOccupancyOrderRequest;
import dev.cenkit.spi.expressconnect.CreatePhysicalConnectionRequest;
import dev.cenkit.spi.expressconnect.CreateVbrRouteEntryRequest;
import dev.cenkit.spi.expressconnect.CreateVirtualBorderRouterRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A data center connected to a region over an Express Connect circuit with one VBR. Applying it:
 *
 * <ol>
 *   <li>creates the data center, when it is described by a {@link DataCenterSpec};
 *   <li>applies for the circuit ({@code CreatePhysicalConnection}), confirms it and enables it
 *       ({@code ConfirmPhysicalConnection}, {@code CreatePhysicalConnectionOccupancyOrder}, R43);
 *   <li>creates the VBR ({@code CreateVirtualBorderRouter}, R44, R45) with one static route per data-center
 *       prefix, next hop the circuit (D10);
 *   <li>declares the routes the data center sends back to the VBR ({@link #dataCenterRoute(String)}, D10).
 * </ol>
 *
 * Start with {@link Cenkit#circuit()}. Immutable: every method returns a new spec that refers to the
 * same circuit and VBR. The result of the spec is the VBR.
 */
public final class ExpressConnectSpec implements ResourceSpec<Vbr> {
  private final RegionId region;
  private final SpecSource dataCenterSteps;
  private final Ref<PhysicalConnectionId> circuitRef;
  private final Ref<VbrId> vbrRef;
  private final Ref<DataCenterId> dataCenterRef;
  private final Spec core;
  private final Step<Vbr> createVbr;
  private final List<Step<?>> routesBack;

  private ExpressConnectSpec(
      RegionId region,
      SpecSource dataCenterSteps,
      Ref<PhysicalConnectionId> circuitRef,
      Ref<VbrId> vbrRef,
      Ref<DataCenterId> dataCenterRef,
      Spec core,
      Step<Vbr> createVbr,
      List<Step<?>> routesBack) {
    this.region = region;
    this.dataCenterSteps = dataCenterSteps;
    this.circuitRef = circuitRef;
    this.vbrRef = vbrRef;
    this.dataCenterRef = dataCenterRef;
    this.core = core;
    this.createVbr = createVbr;
    this.routesBack = List.copyOf(routesBack);
  }

  static Start start() {
    return new Start();
  }

  /** The first stage: the region is still to be given. */
  public static final class Start {
    private Start() {}

    /** The region of the access point and of the VBR (R44). */
    public Definition in(RegionId region) {
      Checks.required(region, "region");
      return new Definition(
          region, "ap-" + region.id() + "-default", LineOperator.CT, PortType.BASE_LX_1000, null, null);
    }
  }

  /** The circuit's parameters; {@link #vbr(VbrSpec)} moves on to the VBR. */
  public static final class Definition {
    private final RegionId region;
    private final String accessPointId;
    private final LineOperator lineOperator;
    private final PortType portType;
    private final @Nullable Long bandwidthMbps;
    private final @Nullable String name;

    private Definition(
        RegionId region,
        String accessPointId,
        LineOperator lineOperator,
        PortType portType,
        @Nullable Long bandwidthMbps,
        @Nullable String name) {
      this.region = region;
      this.accessPointId = accessPointId;
      this.lineOperator = lineOperator;
      this.portType = portType;
      this.bandwidthMbps = bandwidthMbps;
      this.name = name;
    }

    /** The access point, e.g. {@code ap-cn-hangzhou-xs-A}; {@code ap-<region>-default} if not given. */
    public Definition accessPoint(String accessPointId) {
      return new Definition(
          region, Checks.required(accessPointId, "access point id"), lineOperator, portType, bandwidthMbps, name);
    }

    /** The carrier; {@code CT} if not given. */
    public Definition lineOperator(LineOperator operator) {
      return new Definition(
          region, accessPointId, Checks.required(operator, "line operator"), portType, bandwidthMbps, name);
    }

    /** The port type; {@code 1000Base-LX} if not given. */
    public Definition portType(PortType type) {
      return new Definition(region, accessPointId, lineOperator, Checks.required(type, "port type"), bandwidthMbps, name);
    }

    /** The circuit's bandwidth in Mbit/s. */
    public Definition bandwidthMbps(long mbps) {
      return new Definition(region, accessPointId, lineOperator, portType, mbps, name);
    }

    /** The circuit's name (R4). */
    public Definition named(String circuitName) {
      return new Definition(
          region, accessPointId, lineOperator, portType, bandwidthMbps, Checks.name(circuitName, "physical connection"));
    }

    /** The VBR on the circuit. */
    public WithVbr vbr(VbrSpec vbr) {
      return new WithVbr(this, Checks.required(vbr, "VBR spec"));
    }
  }

  /** The circuit and its VBR are described; {@code routesTo} names the data center and completes the spec. */
  public static final class WithVbr {
    private final Definition circuit;
    private final VbrSpec vbr;

    private WithVbr(Definition circuit, VbrSpec vbr) {
      this.circuit = circuit;
      this.vbr = vbr;
    }

    /**
     * The circuit lands in the data center that {@code dataCenter} creates; the VBR gets a static route to
     * each of its prefixes.
     */
    public ExpressConnectSpec routesToNew(DataCenterSpec dataCenter) {
      Checks.required(dataCenter, "data center spec");
      return build(dataCenter, dataCenter.ref(), dataCenter.prefixes());
    }

    /** The circuit lands in an existing data center; the VBR gets a static route to each of its prefixes. */
    public ExpressConnectSpec routesToExisting(DataCenter dataCenter) {
      Checks.required(dataCenter, "data center");
      return build(Spec.empty(), Ref.to(dataCenter.id()), dataCenter.prefixes());
    }

    private ExpressConnectSpec build(SpecSource dcSteps, Ref<DataCenterId> dc, List<Cidr> prefixes) {
      Definition c = circuit;
      String label = c.name != null ? c.name : "circuit in " + c.region;
      Ref<PhysicalConnectionId> circuitRef = Ref.pending(PhysicalConnectionId.KIND, label);
      Ref<VbrId> vbrRef = Ref.pending(VbrId.KIND, vbr.name().orElse("VLAN " + vbr.vlanId() + " on " + label));
      Step<PhysicalConnection> create =
          Step.creating(
              circuitRef,
              b ->
                  CreatePhysicalConnectionRequest.builder()
                      .region(c.region)
                      .accessPointId(c.accessPointId)
                      .lineOperator(c.lineOperator)
                      .portType(c.portType)
                      .bandwidthMbps(Optional.ofNullable(c.bandwidthMbps))
                      .dataCenterId(b.resolve(dc))
                      .name(Optional.ofNullable(c.name))
                      .build(),
              PhysicalConnection::id);
      Step<PhysicalConnection> confirm =
          Step.of(
              "confirm " + circuitRef.label(),
              b -> ConfirmPhysicalConnectionRequest.builder().physicalConnectionId(b.resolve(circuitRef)).build());
      Step<PhysicalConnection> enable =
          Step.of(
              "enable " + circuitRef.label(),
              b ->
                  CreatePhysicalConnectionOccupancyOrderRequest.builder()
                      .physicalConnectionId(b.resolve(circuitRef))
                      .build());
      VbrSpec v = vbr;
      Step<Vbr> createVbr =
          Step.creating(
              vbrRef,
              b ->
                  CreateVirtualBorderRouterRequest.builder()
                      .region(c.region)
                      .physicalConnectionId(b.resolve(circuitRef))
                      .vlanId(v.vlanId())
                      .localGatewayIp(v.localIp())
                      .peerGatewayIp(v.peerIp())
                      .peeringSubnetMask(v.mask())
                      .name(v.name())
                      .tags(v.tags())
                      .resourceGroupId(v.resourceGroupId())
                      .build(),
              Vbr::id);
      Spec core = Spec.of(dcSteps, Spec.empty().plus(create).plus(confirm).plus(enable).plus(createVbr));
      for (Cidr prefix : prefixes) {
        core =
            core.plus(
                Step.of(
                    "route " + prefix + " of " + vbrRef.label() + " to " + circuitRef.label(),
                    b ->
                        CreateVbrRouteEntryRequest.builder()
                            .vbrId(b.resolve(vbrRef))
                            .destination(prefix)
                            .nextHopType(VbrNextHopType.PHYSICAL_CONNECTION)
                            .nextHopId(b.resolve(circuitRef).value())
                            .build()));
      }
      return new ExpressConnectSpec(c.region, dcSteps, circuitRef, vbrRef, dc, core, createVbr, List.of());
    }
  }

  /**
   * Declares that the data center sends traffic for {@code cidrBlock} (a VPC block, or an API Gateway egress
   * range) to this VBR (D10).
   */
  public ExpressConnectSpec dataCenterRoute(String cidrBlock) {
    Cidr destination = Cidr.of(cidrBlock);
    Ref<DataCenterId> dc = dataCenterRef;
    Ref<VbrId> vbr = vbrRef;
    Step<?> step =
        Step.of(
            "route " + destination + " of " + dc.label() + " to " + vbr.label(),
            b ->
                CreateDataCenterRouteRequest.builder()
                    .dataCenterId(b.resolve(dc))
                    .destination(destination)
                    .vbrId(b.resolve(vbr))
                    .build());
    List<Step<?>> more = new ArrayList<>(routesBack);
    more.add(step);
    return new ExpressConnectSpec(region, dataCenterSteps, circuitRef, vbrRef, dataCenterRef, core, createVbr, more);
  }

  /** This spec attached to {@code cen}: the returned CEN spec creates the circuit and VBR, then attaches the VBR. */
  public CenSpec attachedTo(CenSpec cen) {
    Checks.required(cen, "CEN spec");
    return cen.attachNew(this, vbrRef, region);
  }

  /** The reference to the VBR. */
  public Ref<VbrId> ref() {
    return vbrRef;
  }

  /** The reference to the circuit. */
  public Ref<PhysicalConnectionId> circuitRef() {
    return circuitRef;
  }

  /** The reference to the data center. */
  public Ref<DataCenterId> dataCenterRef() {
    return dataCenterRef;
  }

  /** The region of the circuit and the VBR. */
  public RegionId region() {
    return region;
  }

  @Override
  public Step<Vbr> mainStep() {
    return createVbr;
  }

  @Override
  public Spec toSpec() {
    Spec spec = core;
    for (Step<?> s : routesBack) {
      spec = spec.plus(s);
    }
    return spec;
  }

  @Override
  public String toString() {
    return toSpec().toString();
  }
}
