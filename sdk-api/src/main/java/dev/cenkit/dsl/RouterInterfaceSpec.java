package dev.cenkit.dsl;

import dev.cenkit.model.Checks;
import dev.cenkit.model.Cidr;
import dev.cenkit.model.RegionId;
import dev.cenkit.model.expressconnect.RouterInterface;
import dev.cenkit.model.expressconnect.RouterInterfaceId;
import dev.cenkit.model.expressconnect.RouterInterfaceRole;
import dev.cenkit.model.expressconnect.Vbr;
import dev.cenkit.model.expressconnect.VbrId;
import dev.cenkit.model.expressconnect.VbrNextHopType;
import dev.cenkit.model.vpc.Vpc;
import dev.cenkit.model.vpc.VpcId;
import dev.cenkit.spi.Ref;
import dev.cenkit.spi.ResourceSpec;
import dev.cenkit.spi.Spec;
import dev.cenkit.spi.Step;
import dev.cenkit.spi.expressconnect.ConnectRouterInterfaceRequest;
import dev.cenkit.spi.expressconnect.CreateRouterInterfaceRequest;
import dev.cenkit.spi.expressconnect.CreateVbrRouteEntryRequest;
import java.util.Optional;

/**
 * A router-interface pair between a VBR and a VPC: the point-to-point alternative to a CEN. Applying it
 * creates the accepting side on the VPC's vRouter, the initiating side on the VBR (a VBR can only initiate,
 * R47), connects them, and with {@link #routing(String)} adds a VBR route to the VPC over the pair. Neither the
 * VBR nor the VPC may be attached to a CEN, and afterwards neither can join one (R7). The VPC side's routes to
 * the data center belong to the VPC's route table and are not created here.
 *
 * <pre>{@code
 * cloud.apply(Cenkit.routerInterfaces(line, vpc1).routing("172.16.0.0/16"));
 * }</pre>
 */
public final class RouterInterfaceSpec implements ResourceSpec<RouterInterface> {
  private final Spec steps;
  private final Step<RouterInterface> connect;
  private final Ref<RouterInterfaceId> initiatorRef;
  private final Ref<VbrId> vbr;

  private RouterInterfaceSpec(
      Spec steps, Step<RouterInterface> connect, Ref<RouterInterfaceId> initiatorRef, Ref<VbrId> vbr) {
    this.steps = steps;
    this.connect = connect;
    this.initiatorRef = initiatorRef;
    this.vbr = vbr;
  }

  static RouterInterfaceSpec between(ExpressConnectSpec vbr, VpcSpec vpc) {
    Checks.required(vbr, "VBR spec");
    Checks.required(vpc, "VPC spec");
    return build(Spec.of(vbr, vpc), vbr.ref(), vbr.region(), vpc.ref(), vpc.region());
  }

  static RouterInterfaceSpec between(Vbr vbr, Vpc vpc) {
    return build(Spec.empty(), Ref.to(vbr.id()), vbr.region(), Ref.to(vpc.id()), vpc.region());
  }

  private static RouterInterfaceSpec build(
      Spec prerequisites, Ref<VbrId> vbr, RegionId vbrRegion, Ref<VpcId> vpc, RegionId vpcRegion) {
    Ref<RouterInterfaceId> acceptor = Ref.pending(RouterInterfaceId.KIND, "accepting side on " + vpc.label());
    Ref<RouterInterfaceId> initiator = Ref.pending(RouterInterfaceId.KIND, "initiating side on " + vbr.label());
    Step<RouterInterface> createAcceptor =
        Step.creating(
            acceptor,
            b ->
                CreateRouterInterfaceRequest.builder()
                    .region(vpcRegion)
                    .routerId(b.resolve(vpc))
                    .role(RouterInterfaceRole.ACCEPTING_SIDE)
                    .oppositeRouterId(b.resolve(vbr))
                    .oppositeRegion(vbrRegion)
                    .build(),
            RouterInterface::id);
    Step<RouterInterface> createInitiator =
        Step.creating(
            initiator,
            b ->
                CreateRouterInterfaceRequest.builder()
                    .region(vbrRegion)
                    .routerId(b.resolve(vbr))
                    .role(RouterInterfaceRole.INITIATING_SIDE)
                    .oppositeRouterId(b.resolve(vpc))
                    .oppositeRegion(vpcRegion)
                    .oppositeInterfaceId(Optional.of(b.resolve(acceptor)))
                    .build(),
            RouterInterface::id);
    Step<RouterInterface> connect =
        Step.of(
            "connect " + initiator.label() + " to " + acceptor.label(),
            b -> ConnectRouterInterfaceRequest.builder().routerInterfaceId(b.resolve(initiator)).build());
    Spec steps = prerequisites.plus(createAcceptor).plus(createInitiator).plus(connect);
    return new RouterInterfaceSpec(steps, connect, initiator, vbr);
  }

  /** Adds a static route on the VBR to {@code cidrBlock} (the VPC's block) over the initiating interface. */
  public RouterInterfaceSpec routing(String cidrBlock) {
    Cidr destination = Cidr.of(cidrBlock);
    Ref<VbrId> v = vbr;
    Ref<RouterInterfaceId> ri = initiatorRef;
    Step<?> route =
        Step.of(
            "route " + destination + " of " + v.label() + " to " + ri.label(),
            b ->
                CreateVbrRouteEntryRequest.builder()
                    .vbrId(b.resolve(v))
                    .destination(destination)
                    .nextHopType(VbrNextHopType.ROUTER_INTERFACE)
                    .nextHopId(b.resolve(ri).value())
                    .build());
    return new RouterInterfaceSpec(steps.plus(route), connect, initiatorRef, vbr);
  }

  /** The reference to the initiating interface (on the VBR). */
  public Ref<RouterInterfaceId> initiatorRef() {
    return initiatorRef;
  }

  /** The connect step; its result is the initiating interface, active. */
  @Override
  public Step<RouterInterface> mainStep() {
    return connect;
  }

  @Override
  public Spec toSpec() {
    return steps;
  }

  @Override
  public String toString() {
    return steps.toString();
  }
}
