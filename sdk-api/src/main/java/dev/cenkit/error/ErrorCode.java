package dev.cenkit.error;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The registry of every error code cenkit raises.
 *
 * <p>Each code carries the exact string Alibaba Cloud returns, its HTTP status, the {@link ErrorFamily} that
 * decides the exception type, and whether the code was {@linkplain #verified() verified} against Alibaba
 * Cloud's API references or SDK models. Codes that are not verified are cenkit's own, written in the same
 * style where the real code is unknown (decision D3 of the rule catalog); a caller can tell them apart.
 */
public enum ErrorCode {

  // ---- General ----
  /** A required parameter is missing or empty. */
  MISSING_PARAMETER("MissingParameter", 400, ErrorFamily.INVALID_PARAMETER, false, "A required parameter is missing or empty"),
  /** A parameter is malformed. */
  INVALID_PARAMETER("InvalidParameter", 400, ErrorFamily.INVALID_PARAMETER, false, "A parameter is malformed"),
  /** An id is malformed or of the wrong kind. */
  INVALID_RESOURCE_ID("InvalidParameter.ResourceId", 400, ErrorFamily.INVALID_PARAMETER, false, "An id is malformed or of the wrong kind"),
  /** The region id is not a known Alibaba Cloud region. */
  INVALID_REGION_ID("InvalidRegionId.NotFound", 400, ErrorFamily.INVALID_PARAMETER, false, "The region id is not a known Alibaba Cloud region"),
  /** The region's bandwidth-plan area is not known (D8). */
  REGION_AREA_UNKNOWN("InvalidRegionId.AreaUnknown", 400, ErrorFamily.INVALID_PARAMETER, false, "The region's bandwidth-plan area is not known (D8)"),
  /** The region does not match the resource's region (R1). */
  ILLEGAL_PARAM_REGION_ID("IllegalParam.RegionId", 400, ErrorFamily.INVALID_PARAMETER, true, "The region does not match the resource's region (R1)"),
  /** A name breaks the naming rule (R4). */
  INVALID_NAME("InvalidName.Malformed", 400, ErrorFamily.INVALID_PARAMETER, false, "A name breaks the naming rule (R4)"),
  /** A description breaks the description rule (R4). */
  INVALID_DESCRIPTION("InvalidDescription.Malformed", 400, ErrorFamily.INVALID_PARAMETER, false, "A description breaks the description rule (R4)"),
  /** More than 20 tags (R4). */
  TOO_MANY_TAGS("InvalidTagCount.Exceeded", 400, ErrorFamily.INVALID_PARAMETER, false, "More than 20 tags (R4)"),
  /** A tag key is empty, longer than 128 characters, starts with aliyun or acs:, or contains http:// or https:// (R4). */
  INVALID_TAG_KEY("InvalidTagKey.Malformed", 400, ErrorFamily.INVALID_PARAMETER, false, "A tag key breaks the tag-key rule (R4)"),
  /** A tag value is longer than 128 characters, starts with aliyun or acs:, or contains http:// or https:// (R4). */
  INVALID_TAG_VALUE("InvalidTagValue.Malformed", 400, ErrorFamily.INVALID_PARAMETER, false, "A tag value breaks the tag-value rule (R4)"),
  /** A resource group id is not of the form {@code rg-…} (R4). */
  INVALID_RESOURCE_GROUP_ID("InvalidResourceGroupId.Malformed", 400, ErrorFamily.INVALID_PARAMETER, false, "The resource group id is not of the form rg-… (R4)"),
  /** The operation or parameter is not modelled by cenkit. */
  NOT_MODELED("cenkit.NotModeled", 501, ErrorFamily.NOT_MODELED, false, "The operation or parameter is not modelled by cenkit"),
  /** A snapshot file cannot be read: malformed, truncated, of the wrong shape, or refused by the API on replay. */
  SNAPSHOT_FILE_INVALID("cenkit.SnapshotFile.Invalid", 400, ErrorFamily.INVALID_PARAMETER, false, "A snapshot file cannot be read; the message names the first problem by its JSON path"),
  /** A snapshot file has a format version this cenkit does not read. */
  SNAPSHOT_FILE_UNSUPPORTED_VERSION("cenkit.SnapshotFile.UnsupportedVersion", 400, ErrorFamily.INVALID_PARAMETER, false, "The snapshot file's format version is newer than or unknown to this cenkit"),
  /** A snapshot of a cloud that does not record its history cannot be written to a file. */
  SNAPSHOT_FILE_NO_HISTORY("cenkit.SnapshotFile.NoHistory", 409, ErrorFamily.INCORRECT_STATUS, false, "The snapshot's cloud does not record its history, which a snapshot file replays; build the cloud with recordHistory(true)"),
  /** A step of a spec failed with an exception that is not cenkit's own (kept as the cause). */
  SPEC_STEP_FAILED("cenkit.SpecStepFailed", 400, ErrorFamily.INVALID_PARAMETER, false, "A step of a spec failed with an exception that is not cenkit's own; it is kept as the cause"),
  /** A spec refers to a resource that neither exists nor is created earlier in the spec. */
  SPEC_REFERENCE_UNRESOLVED("cenkit.SpecReferenceUnresolved", 400, ErrorFamily.INVALID_PARAMETER, false, "A spec refers to a resource that neither exists nor is created earlier in the spec"),
  /** A spec, or a step of it, was already applied to this cloud; applying it again would create its resources twice. */
  SPEC_ALREADY_APPLIED("cenkit.SpecAlreadyApplied", 400, ErrorFamily.INVALID_PARAMETER, false, "The spec was already applied to this cloud"),

  // ---- CEN ----
  /** The CEN instance does not exist. */
  PARAMETER_CEN_INSTANCE_ID("ParameterCenInstanceId", 404, ErrorFamily.NOT_FOUND, true, "The CEN instance does not exist"),
  /** The bandwidth plan does not exist. */
  PARAMETER_BWP_INSTANCE_ID("ParameterBwpInstanceId", 404, ErrorFamily.NOT_FOUND, true, "The bandwidth plan does not exist"),
  /** The network instance does not exist. */
  PARAMETER_INSTANCE_ID("ParameterInstanceId", 404, ErrorFamily.NOT_FOUND, true, "The network instance does not exist"),
  /** The child instance type is not VPC, VBR or CCN (R5). */
  CHILD_INSTANCE_TYPE_ILLEGAL("ParameterIllegal.ChildInstanceType", 400, ErrorFamily.INVALID_PARAMETER, true, "The child instance type is not VPC, VBR or CCN (R5)"),
  /** The child instance type is not supported. */
  INSTANCE_TYPE_NOT_SUPPORT("InstanceType.NotSupport", 400, ErrorFamily.INVALID_PARAMETER, true, "The child instance type is not supported"),
  /** The child instance region does not match (R1). */
  CHILD_INSTANCE_REGION_ILLEGAL("ParameterIllegal.ChildInstanceRegionId", 400, ErrorFamily.INVALID_PARAMETER, true, "The child instance region does not match (R1)"),
  /** The instance is already attached to a CEN (R6). */
  CHILD_INSTANCE_ALREADY_ATTACHED("InvalidOperation.ChildInstanceAlreadyAttached", 409, ErrorFamily.INCORRECT_STATUS, true, "The instance is already attached to a CEN (R6)"),
  /** The instance uses Express Connect router interfaces (R7). */
  CHILD_INSTANCE_RI_ALREADY_EXIST("InvalidOperation.ChildInstanceRIAlreadyExist", 409, ErrorFamily.INCORRECT_STATUS, true, "The instance uses Express Connect router interfaces (R7)"),
  /** Another account's instance was not granted to the CEN (R8). */
  ATTACH_ACROSS_UID_FORBIDDEN("Forbbiden.AttachChildInstanceAcrossUid", 409, ErrorFamily.FORBIDDEN, true, "Another account's instance was not granted to the CEN (R8)"),
  /**
   * The instance is already granted to this CEN ("you cannot repeatedly call GrantInstanceToCen", R8; the real code
   * is not documented).
   */
  INSTANCE_ALREADY_GRANTED("InvalidOperation.InstanceAlreadyGranted", 409, ErrorFamily.INCORRECT_STATUS, false, "The instance is already granted to this CEN (R8, E18)"),
  /** No grant of the instance to the CEN exists (E18; the code of ModifyGrantInstanceToTransitRouter). */
  GRANT_NOT_EXIST("OperationFailed.GrantCrossAccountNotExist", 400, ErrorFamily.NOT_FOUND, false, "The cross-account grant does not exist (R8, E18)"),
  /**
   * Another account's VBR cannot be granted to a CEN by default (R48: "contact your account manager"; the real code
   * is not documented).
   */
  VBR_GRANT_FORBIDDEN("Forbidden.GrantVbrAcrossUid", 403, ErrorFamily.FORBIDDEN, false, "Another account's VBR cannot be granted to a CEN by default (R48)"),
  /** The granted instance is still attached to the CEN, or connected to its routers (R8, E18). */
  GRANT_IN_USE("InvalidOperation.GrantedInstanceAttached", 409, ErrorFamily.DEPENDENCY_VIOLATION, false, "The granted instance is still attached to the CEN; detach it first (R8, E18)"),
  /** The CEN is in a transitional state (R3). */
  CEN_INSTANCE_STATUS("InvalidOperation.CenInstanceStatus", 409, ErrorFamily.INCORRECT_STATUS, true, "The CEN is in a transitional state (R3)"),
  /** The child instance is in a transitional state (R3). */
  CHILD_INSTANCE_STATUS("InvalidOperation.ChildInstanceStatus", 409, ErrorFamily.INCORRECT_STATUS, true, "The child instance is in a transitional state (R3)"),
  /** A vSwitch of the VPC is changing (R41). */
  VPC_SWITCH_INCORRECT_STATUS("IncorrectStatus.VpcSwitch", 409, ErrorFamily.INCORRECT_STATUS, true, "A vSwitch of the VPC is changing (R41)"),
  /** The VPC's route table is changing (R41). */
  VPC_ROUTE_TABLE_INCORRECT_STATUS("IncorrectStatus.VpcRouteTable", 409, ErrorFamily.INCORRECT_STATUS, true, "The VPC's route table is changing (R41)"),
  /** The VPC is not in a state that allows attaching (R41). */
  INVALID_VPC_STATUS_FOR_CEN("OperationFailed.InvalidVpcStatus", 409, ErrorFamily.INCORRECT_STATUS, true, "The VPC is not in a state that allows attaching (R41)"),
  /** The CEN still has attached instances (R75). */
  ATTACHED_CHILD_INSTANCE_EXIST("InvalidOperation.AttachedChildInstanceExist", 409, ErrorFamily.DEPENDENCY_VIOLATION, true, "The CEN still has attached instances (R75)"),
  /** The CEN still has an associated bandwidth plan (R75). */
  CEN_BANDWIDTH_PACKAGE_ASSOCIATED("InvalidOperation.CenBandwidthPackageAssociated", 409, ErrorFamily.DEPENDENCY_VIOLATION, false, "The CEN still has an associated bandwidth plan (R75)"),
  /** Too many CEN instances in the account (R78). */
  CEN_COUNT_EXCEEDED("QuotaExceeded.CenCountExceeded", 400, ErrorFamily.QUOTA_EXCEEDED, true, "Too many CEN instances in the account (R78)"),
  /** Too many network instances of one region in the CEN (D2). */
  CHILD_INSTANCE_COUNT_EXCEEDED("QuotaExceeded.ChildInstanceCount", 400, ErrorFamily.QUOTA_EXCEEDED, false, "Too many network instances of one region in the CEN (D2)"),
  /** Too many regions in the CEN (D2). */
  CEN_REGION_COUNT_EXCEEDED("QuotaExceeded.CenRegionCount", 400, ErrorFamily.QUOTA_EXCEEDED, false, "Too many regions in the CEN (D2)"),
  /** The protection level is not REDUCED or FULL. */
  PROTECTION_LEVEL_ILLEGAL("ParameterIllegal.ProtectionLevel", 400, ErrorFamily.INVALID_PARAMETER, false, "The protection level is not REDUCED or FULL"),
  /** The bandwidth plan size is outside 2-10000 Mbit/s (R13). */
  BANDWIDTH_PACKAGE_BANDWIDTH_ILLEGAL("ParameterIllegal.Bandwidth", 400, ErrorFamily.INVALID_PARAMETER, false, "The bandwidth plan size is outside 2-10000 Mbit/s (R13)"),
  /** The area is not a bandwidth-plan area (D8). */
  GEOGRAPHIC_REGION_ILLEGAL("ParameterIllegal.GeographicRegionId", 400, ErrorFamily.INVALID_PARAMETER, false, "The area is not a bandwidth-plan area (D8)"),
  /** The area pair is unknown. */
  GEOGRAPHIC_SPAN_NOT_FOUND("GeographicSpan.NotFound", 404, ErrorFamily.NOT_FOUND, true, "The area pair is unknown"),
  /** The CEN already has a plan for this area pair (R15). */
  BWP_FOR_GEO_SPAN_ALREADY_ASSOCIATED("InvalidOperation.BwpForGeoSpanAlreadyAssociated", 409, ErrorFamily.INCORRECT_STATUS, true, "The CEN already has a plan for this area pair (R15)"),
  /** The plan is associated with another CEN (R16). */
  BWP_ALREADY_ASSOCIATED("InvalidOperation.BwpAlreadyAssociated", 409, ErrorFamily.INCORRECT_STATUS, false, "The plan is associated with another CEN (R16)"),
  /** The plan is not associated with this CEN. */
  BWP_NOT_ASSOCIATED("InvalidOperation.BwpNotAssociated", 409, ErrorFamily.INCORRECT_STATUS, false, "The plan is not associated with this CEN"),
  /** The plan is still associated with a CEN (R23). */
  BWP_IN_USE("InvalidOperation.CenBandwidthPackageInUse", 409, ErrorFamily.DEPENDENCY_VIOLATION, false, "The plan is still associated with a CEN (R23)"),
  /** The plan is not in a usable state (R24). */
  BWP_INSTANCE_STATUS("InvalidOperation.BwpInstanceStatus", 409, ErrorFamily.INCORRECT_STATUS, true, "The plan is not in a usable state (R24)"),
  /** The plan is locked (R24). */
  BWP_BUSINESS_STATUS("InvalidOperation.BwpBusinessStatus", 409, ErrorFamily.INCORRECT_STATUS, true, "The plan is locked (R24)"),
  /** The plan still carries inter-region limits (R23). */
  CEN_BANDWIDTH_LIMITS_NOT_ZERO("InvalidOperation.CenBandwidthLimitsNotZero", 409, ErrorFamily.DEPENDENCY_VIOLATION, true, "The plan still carries inter-region limits (R23)"),
  /** A prepaid plan cannot be released before it expires (R23). */
  FORBIDDEN_RELEASE("Forbidden.Release", 403, ErrorFamily.FORBIDDEN, true, "A prepaid plan cannot be released before it expires (R23)"),
  /** The limits drawn from a plan would exceed its bandwidth (R19, R22). */
  BWP_BANDWIDTH_EXCEEDED("InvalidOperation.BwpBandwidthExceeded", 409, ErrorFamily.INCORRECT_STATUS, true, "The limits drawn from a plan would exceed its bandwidth (R19, R22)"),
  /** The bandwidth limit is not a valid number (R19). */
  BANDWIDTH_LIMIT_ILLEGAL("ParameterIllegal.BandwidthLimit", 400, ErrorFamily.INVALID_PARAMETER, true, "The bandwidth limit is not a valid number (R19)"),
  /** No associated plan covers the region pair's areas (R17, R18). */
  BWP_FOR_GEO_SPAN_NOT_ASSOCIATED("InvalidOperation.BwpForGeoSpanNotAssociated", 409, ErrorFamily.INCORRECT_STATUS, true, "No associated plan covers the region pair's areas (R17, R18)"),
  /** A region of the pair has no attached instance (N1). */
  NO_CHILD_INSTANCE_EITHER_REGION("InvalidOperation.NoChildInstanceEitherRegion", 409, ErrorFamily.INCORRECT_STATUS, false, "A region of the pair has no attached instance (N1)"),
  /** The two regions of a bandwidth limit are equal (R21). */
  OPPOSITE_REGION_ILLEGAL("ParameterIllegal.OppositeRegionId", 400, ErrorFamily.INVALID_PARAMETER, false, "The two regions of a bandwidth limit are equal (R21)"),
  /** The VBR is not attached to the CEN. */
  VBR_NOT_ATTACHED_TO_CEN("InvalidOperation.VbrNotAttachedToCen", 409, ErrorFamily.INCORRECT_STATUS, true, "The VBR is not attached to the CEN"),
  /** The route is not published (R77). */
  NOT_FOUND_ROUTE("InvalidOperation.NotFoundRoute", 409, ErrorFamily.NOT_FOUND, true, "The route is not published (R77)"),
  /** The cloud-service route already exists (R33). */
  CLOUD_ROUTE_EXIST("CloudRoute.Exist", 400, ErrorFamily.INCORRECT_STATUS, true, "The cloud-service route already exists (R33)"),
  /** The cloud-service route overlaps another one (R33). */
  CLOUD_ROUTE_CONFLICT("CloudRoute.Conflict", 400, ErrorFamily.INCORRECT_STATUS, true, "The cloud-service route overlaps another one (R33)"),
  /** The host VPC is not attached to the CEN (R32). */
  CLOUD_ROUTE_VPC_NOT_ATTACHED("CloudRoute.VpcNotAttached", 400, ErrorFamily.INCORRECT_STATUS, true, "The host VPC is not attached to the CEN (R32)"),
  /** The host is not inside 100.64.0.0/10 (R33). */
  CLOUD_ROUTE_CIDR_NOT_ALLOW("ParameterIllegal.ClouteRouteCidrNotAllow", 400, ErrorFamily.INVALID_PARAMETER, true, "The host is not inside 100.64.0.0/10 (R33)"),
  /** The host is not an IPv4 address or CIDR block (R33). */
  CLOUD_ROUTE_HOST_ILLEGAL("ParameterIllegal.Host", 400, ErrorFamily.INVALID_PARAMETER, true, "The host is not an IPv4 address or CIDR block (R33)"),
  /** The access region differs from the host region (R34). */
  CLOUD_ROUTE_ACCESS_REGION_ILLEGAL("ParameterIllegal.AccessRegionId", 400, ErrorFamily.INVALID_PARAMETER, true, "The access region differs from the host region (R34)"),
  /** The operation needs a Basic Edition CEN (R35). */
  TRANSIT_ROUTER_TYPE_UNSUPPORTED("OperationUnsupported.TransitRouterType", 400, ErrorFamily.FORBIDDEN, true, "The action is not supported by the edition of the transit router (R35, E23, E25, E29)"),
  /** The cloud-service route is in a transitional state (R76). */
  CLOUD_ROUTE_STATUS_NOT_ALLOW("InvalidOperation.CloudRouteStatusNotAllow", 409, ErrorFamily.INCORRECT_STATUS, true, "The cloud-service route is in a transitional state (R76)"),

  // ---- Transit routers (Enterprise Edition) ----
  /** The CEN already has a transit router in the region (E1). */
  TR_INSTANCE_EXIST("InstanceExist.TransitRouterInstance", 400, ErrorFamily.INCORRECT_STATUS, true, "The CEN already has a transit router in the region (E1)"),
  /** The transit router service is not opened (E2). */
  TR_SERVICE_NOT_OPEN("Forbbiden.TransitRouterServiceNotOpen", 400, ErrorFamily.FORBIDDEN, true, "The transit router service is not opened (E2)"),
  /** A CEN with protection level FULL cannot use transit routers (E3). */
  CEN_FULL_LEVEL("OperationUnsupported.CenFullLevel", 400, ErrorFamily.FORBIDDEN, true, "A CEN with protection level FULL cannot use transit routers (E3)"),
  /** The VPC is attached to a CEN with protection level FULL (E3). */
  VPC_ATTACHED_FULL_MODE_CEN("InvalidStatus.VpcAttachedFullModeCen", 400, ErrorFamily.INCORRECT_STATUS, true, "The VPC is attached to a CEN with protection level FULL (E3)"),
  /** Two zone mappings name the same zone (E4). */
  DUPLICATED_ZONE_MAPPING("Duplicated.ZoneMapping", 400, ErrorFamily.INVALID_PARAMETER, true, "Two zone mappings name the same zone (E4)"),
  /** The zone mappings are too few or too many (E4). */
  ILLEGAL_PARAM_ZONE_MAPPINGS("IllegalParam.ZoneMappings", 400, ErrorFamily.INVALID_PARAMETER, true, "The zone mappings are too few or too many (E4)"),
  /** The zone of a mapping is not the vSwitch's zone (E4). */
  ILLEGAL_PARAM_ZONE_ID("IllegalParam.ZoneId", 400, ErrorFamily.INVALID_PARAMETER, true, "The zone of a mapping is not the vSwitch's zone (E4)"),
  /** The vSwitch of a mapping is not in the connected VPC (E4). */
  ILLEGAL_PARAM_VSWITCH_ID("IllegalParam.VSwitchId", 400, ErrorFamily.INVALID_PARAMETER, true, "The vSwitch of a mapping is not in the connected VPC (E4)"),
  /** Neither a transit router nor a CEN and region is given (E5). */
  MISSING_CEN_ID_OR_REGION_ID("MissingParam.CenIdOrRegionId", 400, ErrorFamily.INVALID_PARAMETER, true, "Neither a transit router nor a CEN and region is given (E5)"),
  /** The transit router does not exist (E5). */
  INVALID_TR_ID_NOT_FOUND("InvalidTransitRouterId.NotFound", 400, ErrorFamily.NOT_FOUND, true, "The transit router does not exist (E5)"),
  /** The CEN does not exist (E5). */
  INVALID_CEN_ID_NOT_FOUND("InvalidCenId.NotFound", 400, ErrorFamily.NOT_FOUND, true, "The CEN does not exist (E5)"),
  /** Too many VPC connections on the transit router (E6). */
  QUOTA_VPC_ATTACH_PER_TR("QuotaExceeded.CenQuotaVpcAttachPerTransitRouter", 400, ErrorFamily.QUOTA_EXCEEDED, true, "Too many VPC connections on the transit router (E6)"),
  /** Too many custom route tables on the transit router (E6). */
  QUOTA_TR_ROUTE_TABLE("QuotaExceeded.TransitRouterRouteTable", 400, ErrorFamily.QUOTA_EXCEEDED, false, "Too many custom route tables on the transit router (E6)"),
  /** Too many entries in the transit router route table (E6). */
  QUOTA_TR_ROUTE_ENTRY("QuotaExceeded.TransitRouterRoutEntry", 400, ErrorFamily.QUOTA_EXCEEDED, true, "Too many entries in the transit router route table (E6)"),
  /** The connection is already associated with a route table (E8, DE8). */
  ATTACHMENT_ALREADY_ASSOCIATED("InvalidOperation.AttachmentAlreadyAssociated", 400, ErrorFamily.INCORRECT_STATUS, false, "The connection is already associated with a route table (E8, DE8)"),
  /** The connection is not associated with that route table (E8). */
  ATTACHMENT_NOT_ASSOCIATED("InvalidOperation.AttachmentNotAssociated", 400, ErrorFamily.INCORRECT_STATUS, false, "The connection is not associated with that route table (E8)"),
  /** The route table is not on a router of the connection (E8, E9). */
  ROUTE_TABLE_OF_OTHER_ROUTER("IllegalParam.TransitRouterRouteTableId", 400, ErrorFamily.INVALID_PARAMETER, false, "The route table is not on a router of the connection (E8, E9)"),
  /** The connection already propagates into the route table (E9, DE8). */
  PROPAGATION_ALREADY_EXISTS("InvalidOperation.PropagationAlreadyExists", 400, ErrorFamily.INCORRECT_STATUS, false, "The connection already propagates into the route table (E9, DE8)"),
  /** The connection does not propagate into the route table (E9). */
  PROPAGATION_NOT_EXIST("InvalidOperation.PropagationNotExist", 400, ErrorFamily.INCORRECT_STATUS, false, "The connection does not propagate into the route table (E9)"),
  /** The connection to associate or propagate does not exist (E9). */
  INVALID_ATTACHMENT_ID_NOT_FOUND("InvalidAttachmentId.NotFound", 404, ErrorFamily.NOT_FOUND, true, "The connection to associate or propagate does not exist (E9)"),
  /** The transit router is in a transitional state; only reads succeed until it settles (E24). */
  TR_INCORRECT_STATUS("IncorrectStatus.TransitRouter", 400, ErrorFamily.INCORRECT_STATUS, true, "The transit router is in a transitional state (E24)"),
  /** The connection is in a transitional state; only reads succeed until it settles (E24). */
  TR_ATTACHMENT_INCORRECT_STATUS("IncorrectStatus.Status", 400, ErrorFamily.INCORRECT_STATUS, true, "The connection is in a transitional state (E24)"),
  /** The route table already has a static entry for the destination (E11). */
  TR_SAME_DESTINATION("OperationFailed.CreateRouteEntryWithSameDestinationCidrBlock", 400, ErrorFamily.INCORRECT_STATUS, true, "The route table already has a static entry for the destination (E11)"),
  /** A BlackHole entry takes no next hop (E11). */
  TR_NEXT_HOP_BLACKHOLE_AND_ID("ParamExclusive.NextHopTypeBlackHoleAndNextHopId", 400, ErrorFamily.INVALID_PARAMETER, true, "A BlackHole entry takes no next hop (E11)"),
  /** An Attachment entry needs a next hop (E11). */
  TR_NEXT_HOP_ID_MISSING("MissingParam.TransitRouterRouteEntryNextHopId", 400, ErrorFamily.INVALID_PARAMETER, true, "An Attachment entry needs a next hop (E11)"),
  /** The next hop is not a connection of the table's router (E11). */
  TR_NEXT_HOP_NOT_FOUND("InvalidTransitRouterRouteEntryNextHopId.NotFound", 400, ErrorFamily.NOT_FOUND, true, "The next hop is not a connection of the table's router (E11)"),
  /** The destination is not a valid CIDR block (E11). */
  ILLEGAL_TR_DESTINATION("IllegalParam.TransitRouterDestinationCidrBlock", 400, ErrorFamily.INVALID_PARAMETER, true, "The destination is not a valid CIDR block (E11)"),
  /** The transit router route table does not exist (E11, E20). */
  INVALID_TR_ROUTE_TABLE_ID_NOT_FOUND("InvalidTransitRouterRouteTableId.NotFound", 400, ErrorFamily.NOT_FOUND, true, "The transit router route table does not exist (E11, E20)"),
  /** The transit router route entry does not exist (E11). */
  INVALID_TR_ROUTE_ENTRY_ID_NOT_FOUND("InvalidTransitRouterRouteEntryId.NotFound", 400, ErrorFamily.NOT_FOUND, false, "The transit router route entry does not exist (E11)"),
  /** The peer transit router does not exist (E13). */
  INVALID_PEER_TR_ID_NOT_FOUND("InvalidPeerTransitRouterId.NotFound", 400, ErrorFamily.NOT_FOUND, true, "The peer transit router does not exist (E13)"),
  /** The peer transit router is not an Enterprise router of the same CEN (E13). */
  ILLEGAL_PARAM_PEER_TR_ID("IllegalParam.PeerTransitRouterId", 400, ErrorFamily.INVALID_PARAMETER, true, "The peer transit router is not an Enterprise router of the same CEN (E13)"),
  /** The peer region is the local one or not the peer router's (E13, DE10). */
  ILLEGAL_PARAM_PEER_REGION_ID("IllegalParam.PeerRegionId", 400, ErrorFamily.INVALID_PARAMETER, true, "The peer region is the local one or not the peer router's (E13, DE10)"),
  /** A BandwidthPackage connection with a plan needs a bandwidth (E14). */
  MISSING_PARAM_BANDWIDTH("MissingParam.Bandwidth", 400, ErrorFamily.INVALID_PARAMETER, true, "A BandwidthPackage connection with a plan needs a bandwidth (E14)"),
  /** The bandwidth is negative (E14). */
  ILLEGAL_PARAM_BANDWIDTH("IllegalParam.Bandwidth", 400, ErrorFamily.INVALID_PARAMETER, true, "The bandwidth is negative (E14)"),
  /** The plan does not fit the connection's bandwidth type or regions (E14). */
  ILLEGAL_PARAM_BWP_ID("IllegalParam.CenBandwidthPackageId", 400, ErrorFamily.INVALID_PARAMETER, true, "The plan does not fit the connection's bandwidth type or regions (E14)"),
  /** The VPC already learns routes from another CEN (E16, DE7). */
  VPC_AUTO_ROUTES_PUBLISH_IN_OTHER_CEN("InvalidOperation.VpcAutoRoutesPublishInOtherCEN", 400, ErrorFamily.INCORRECT_STATUS, true, "The VPC already learns routes from another CEN (E16, DE7)"),
  /** The connection is still associated with a route table (E19). */
  ROUTE_TABLE_ASSOCIATION_EXIST("OperationFailed.RouteTableAssociationExist", 400, ErrorFamily.DEPENDENCY_VIOLATION, true, "The connection is still associated with a route table (E19)"),
  /** The connection still propagates into a route table (E19). */
  ROUTE_TABLE_PROPAGATION_EXIST("OperationFailed.RouteTablePropagationExist", 400, ErrorFamily.DEPENDENCY_VIOLATION, true, "The connection still propagates into a route table (E19)"),
  /** A VPC route still points at the connection (E19). */
  ATTACHMENT_REFERENCED_VPC_ROUTE_ENTRY("OperationFailed.AttachmentReferencedVpcRouteEntryExisted", 400, ErrorFamily.DEPENDENCY_VIOLATION, true, "A VPC route still points at the connection (E19)"),
  /** A transit router static entry still uses the connection (E19). */
  TR_ROUTE_ENTRY_EXIST("OperationFailed.RouteEntryExist", 400, ErrorFamily.DEPENDENCY_VIOLATION, true, "A transit router static entry still uses the connection (E19)"),
  /** The transit router connection does not exist (E19). */
  INVALID_TR_ATTACHMENT_ID_NOT_FOUND("InvalidTransitRouterAttachmentId.NotFound", 400, ErrorFamily.NOT_FOUND, true, "The transit router connection does not exist (E19)"),
  /** The system route table cannot be deleted (E20). */
  DELETE_SYSTEM_ROUTE_TABLE("OperationFailed.DeleteSystemRouteTable", 400, ErrorFamily.DEPENDENCY_VIOLATION, true, "The system route table cannot be deleted (E20)"),
  /** The route table still has associations (E20). */
  DELETE_ROUTE_TABLE_WITH_ASSOCIATION("OperationFailed.DeleteRouteTableWithAssociation", 400, ErrorFamily.DEPENDENCY_VIOLATION, true, "The route table still has associations (E20)"),
  /** The route table still has propagations (E20). */
  DELETE_ROUTE_TABLE_WITH_PROPAGATION("OperationFailed.DeleteRouteTableWithPropagation", 400, ErrorFamily.DEPENDENCY_VIOLATION, true, "The route table still has propagations (E20)"),
  /** The route table still has static entries (E20). */
  DELETE_ROUTE_TABLE_WITH_ROUTE_ENTRY("OperationFailed.DeleteRouteTableWithRouteEntry", 400, ErrorFamily.DEPENDENCY_VIOLATION, true, "The route table still has static entries (E20)"),
  /** The legacy attach is refused where the CEN uses Enterprise transit routers (E23). */
  INVALID_TRANSIT_ROUTER("OperationFailed.InvalidTransitRouter", 400, ErrorFamily.FORBIDDEN, true, "The legacy attach is refused where the CEN uses Enterprise transit routers (E23)"),
  /** A dry run passed every check; nothing was changed (E33). */
  DRY_RUN_OPERATION("DryRunOperation", 400, ErrorFamily.INVALID_PARAMETER, true, "A dry run passed every check; nothing was changed (E33)"),

  // ---- VPC ----
  /** Too many VPCs in the region (D2). */
  VPC_QUOTA_EXCEEDED("QuotaExceeded.Vpc", 400, ErrorFamily.QUOTA_EXCEEDED, true, "Too many VPCs in the region (D2)"),
  /** The VPC does not exist. */
  INVALID_VPC_ID_NOT_FOUND("InvalidVpcID.NotFound", 404, ErrorFamily.NOT_FOUND, true, "The VPC does not exist"),
  /** The VPC does not exist in this account. */
  FORBIDDEN_VPC_NOT_FOUND("Forbidden.VpcNotFound", 404, ErrorFamily.NOT_FOUND, true, "The VPC does not exist in this account"),
  /** The VPC is not Available (R39). */
  INCORRECT_VPC_STATUS("IncorrectVpcStatus", 400, ErrorFamily.INCORRECT_STATUS, true, "The VPC is not Available (R39)"),
  /** The VPC still has vSwitches (R39). */
  DEPENDENCY_VIOLATION_VSWITCH("DependencyViolation.VSwitch", 400, ErrorFamily.DEPENDENCY_VIOLATION, true, "The VPC still has vSwitches (R39)"),
  /** The VPC still has security groups (R39). */
  DEPENDENCY_VIOLATION_SECURITY_GROUP("DependencyViolation.SecurityGroup", 400, ErrorFamily.DEPENDENCY_VIOLATION, true, "The VPC still has security groups (R39)"),
  /** The vSwitch holds an API Gateway instance's addresses (R40). */
  DEPENDENCY_VIOLATION_API_GATEWAY("DependencyViolation.ApiGatewayInstance", 400, ErrorFamily.DEPENDENCY_VIOLATION, false, "The vSwitch holds an API Gateway instance's addresses (R40)"),
  /** VPC access authorizations still name the VPC (R39). */
  DEPENDENCY_VIOLATION_VPC_ACCESS("DependencyViolation.VpcAccess", 400, ErrorFamily.DEPENDENCY_VIOLATION, false, "VPC access authorizations still name the VPC (R39)"),
  /** The VPC still has custom route entries (R39). */
  DEPENDENCY_VIOLATION_ROUTE_ENTRY("DependencyViolation.RouteEntry", 400, ErrorFamily.DEPENDENCY_VIOLATION, false, "The VPC still has custom route entries (R39)"),
  /** The network instance is still attached to a CEN. */
  DEPENDENCY_VIOLATION_CEN("DependencyViolation.CenAttachment", 400, ErrorFamily.DEPENDENCY_VIOLATION, false, "The network instance is still attached to a CEN"),
  /** The vSwitch is still in use (R40). */
  DEPENDENCY_VIOLATION_ROUTE_TABLE("DependencyViolation.RouteTable", 400, ErrorFamily.DEPENDENCY_VIOLATION, true, "The vSwitch is still in use (R40)"),
  /** The CIDR block is not a valid IPv4 prefix. */
  INVALID_CIDR_BLOCK_MALFORMED("InvalidCidrBlock.Malformed", 400, ErrorFamily.INVALID_PARAMETER, false, "The CIDR block is not a valid IPv4 prefix"),
  /** The CIDR block's mask is outside the allowed range (R36, R37). */
  INVALID_CIDR_BLOCK_MASK("InvalidCidrBlock.MaskOutOfRange", 400, ErrorFamily.INVALID_PARAMETER, false, "The CIDR block's mask is outside the allowed range (R36, R37)"),
  /** The CIDR block lies in a reserved range (R36, R37). */
  INVALID_CIDR_BLOCK_RESERVED("InvalidCidrBlock.Reserved", 400, ErrorFamily.INVALID_PARAMETER, false, "The CIDR block lies in a reserved range (R36, R37)"),
  /** The vSwitch CIDR block is not inside its VPC (R37). */
  INVALID_CIDR_BLOCK_NOT_IN_VPC("InvalidCidrBlock.NotInVpc", 400, ErrorFamily.INVALID_PARAMETER, false, "The vSwitch CIDR block is not inside its VPC (R37)"),
  /** The vSwitch CIDR block overlaps another vSwitch (R37). */
  INVALID_CIDR_BLOCK_OVERLAPPED("InvalidCidrBlock.Overlapped", 400, ErrorFamily.INVALID_PARAMETER, true, "The vSwitch CIDR block overlaps another vSwitch (R37)"),
  /** The vSwitch CIDR block equals a route destination (R37). */
  INVALID_CIDR_BLOCK_ROUTE_DESTINATION("InvalidCidrBlock.EqualsRouteDestination", 400, ErrorFamily.INVALID_PARAMETER, false, "The vSwitch CIDR block equals a route destination (R37)"),
  /** Too many vSwitches in the VPC (R37). */
  VSWITCH_QUOTA_EXCEEDED("QuotaExceeded.VSwitch", 400, ErrorFamily.QUOTA_EXCEEDED, false, "Too many vSwitches in the VPC (R37)"),
  /** The zone is not a zone of the region. */
  INVALID_ZONE_ID("InvalidZoneId.NotFound", 400, ErrorFamily.INVALID_PARAMETER, false, "The zone is not a zone of the region"),
  /** The vSwitch does not exist. */
  INVALID_VSWITCH_ID_NOT_FOUND("InvalidVSwitchId.NotFound", 404, ErrorFamily.NOT_FOUND, true, "The vSwitch does not exist"),
  /** The route table does not exist. */
  INVALID_ROUTE_TABLE_ID_NOT_FOUND("InvalidRouteTableId.NotFound", 404, ErrorFamily.NOT_FOUND, false, "The route table does not exist"),
  /** A route with the same destination exists in the table (R38). */
  ROUTER_ENTRY_CONFLICT_DUPLICATED("RouterEntryConflict.Duplicated", 400, ErrorFamily.INCORRECT_STATUS, true, "A route with the same destination exists in the table (R38)"),
  /** The route entry does not exist. */
  INVALID_ROUTE_ENTRY_NOT_FOUND("InvalidRouteEntry.NotFound", 404, ErrorFamily.NOT_FOUND, true, "The route entry does not exist"),
  /** The route destination equals or lies inside a vSwitch CIDR block (R38). */
  INVALID_DESTINATION_INSIDE_VSWITCH("InvalidDestinationCidrBlock.InsideVSwitch", 400, ErrorFamily.INVALID_PARAMETER, false, "The route destination equals or lies inside a vSwitch CIDR block (R38)"),
  /** The route destination is 100.64.0.0/10 (R38). */
  INVALID_DESTINATION_CLOUD_SERVICE("InvalidDestinationCidrBlock.CloudService", 400, ErrorFamily.INVALID_PARAMETER, false, "The route destination is 100.64.0.0/10 (R38)"),
  /** The next hop is not in the route table's VPC (R38). */
  INVALID_NEXT_HOP("InvalidNextHop.NotInVpc", 400, ErrorFamily.INVALID_PARAMETER, false, "The next hop is not in the route table's VPC (R38)"),
  /** Too many custom routes in the table (R38). */
  ROUTE_ENTRY_QUOTA_EXCEEDED("QuotaExceeded.RouteEntry", 400, ErrorFamily.QUOTA_EXCEEDED, false, "Too many custom routes in the table (R38)"),
  /** The route entry is changing. */
  INCORRECT_ROUTE_ENTRY_STATUS("IncorrectRouteEntryStatus", 400, ErrorFamily.INCORRECT_STATUS, true, "The route entry is changing"),
  /** Another task is running on the resource. */
  TASK_CONFLICT("TaskConflict", 409, ErrorFamily.INCORRECT_STATUS, true, "Another task is running on the resource"),
  /** The next hop type is not one of the API's values (R38). */
  INVALID_NEXT_HOP_TYPE("InvalidNextHopType.Malformed", 400, ErrorFamily.INVALID_PARAMETER, false, "The next hop type is not one of the API's values (R38)"),
  /** The vSwitch is not Available (R40). */
  INCORRECT_VSWITCH_STATUS("IncorrectVSwitchStatus", 400, ErrorFamily.INCORRECT_STATUS, false, "The vSwitch is not Available (R40)"),
  /** A route entry still points to the router interface. */
  DEPENDENCY_VIOLATION_ROUTER_INTERFACE_ROUTE("DependencyViolation.RouterInterfaceReferedByRouteEntry", 400, ErrorFamily.DEPENDENCY_VIOLATION, true, "A route entry still points to the router interface"),

  // ---- Express Connect ----
  /** The VBR still has BGP groups (R46). */
  DEPENDENCY_VIOLATION_BGP_GROUP("DependencyViolation.BgpGroup", 400, ErrorFamily.DEPENDENCY_VIOLATION, true, "The VBR still has BGP groups (R46)"),
  /** The physical connection does not exist. */
  INVALID_PHYSICAL_CONNECTION_ID_NOT_FOUND("InvalidPhysicalConnectionId.NotFound", 400, ErrorFamily.NOT_FOUND, true, "The physical connection does not exist"),
  /** The physical connection is not Enabled (R43). */
  PHYSICAL_CONNECTION_NOT_ENABLED("InvalidPhysicalConnectionId.NotEnabled", 400, ErrorFamily.INCORRECT_STATUS, true, "The physical connection is not Enabled (R43)"),
  /** The physical connection is not in a state that allows the action (R43). */
  PHYSICAL_CONNECTION_INCORRECT_STATUS("IncorrectStatus.PhysicalConnection", 400, ErrorFamily.INCORRECT_STATUS, false, "The physical connection is not in a state that allows the action (R43)"),
  /** Too many physical connections not yet Enabled (R42). */
  PHYSICAL_CONNECTION_QUOTA_EXCEEDED("QuotaExceeded.UnfinishedPhysicalConnection", 400, ErrorFamily.QUOTA_EXCEEDED, false, "Too many physical connections not yet Enabled (R42)"),
  /** The access point is not an access point of the region (R1). */
  INVALID_ACCESS_POINT_ID("InvalidAccessPointId.RegionMismatch", 400, ErrorFamily.INVALID_PARAMETER, false, "The access point is not an access point of the region (R1)"),
  /** The line operator is not CT, CU, CM, CO, Equinix or Other. */
  INVALID_LINE_OPERATOR("InvalidLineOperator.Malformed", 400, ErrorFamily.INVALID_PARAMETER, false, "The line operator is not CT, CU, CM, CO, Equinix or Other"),
  /** The port type is not a known port type. */
  INVALID_PORT_TYPE("InvalidPortType.Malformed", 400, ErrorFamily.INVALID_PARAMETER, false, "The port type is not a known port type"),
  /** The physical connection still has VBRs. */
  DEPENDENCY_VIOLATION_VBR("DependencyViolation.VirtualBorderRouter", 400, ErrorFamily.DEPENDENCY_VIOLATION, false, "The physical connection still has VBRs"),
  /** The VBR does not exist. */
  INVALID_VBR_ID_NOT_FOUND("InvalidVbrId.NotFound", 400, ErrorFamily.NOT_FOUND, true, "The VBR does not exist"),
  /** The VLAN id is not in 0-2999 (R44). */
  INVALID_VLAN_ID_MALFORMED("InvalidVlanId.Malformed", 400, ErrorFamily.INVALID_PARAMETER, true, "The VLAN id is not in 0-2999 (R44)"),
  /** The VLAN id is used by another VBR of the circuit (R44). */
  INVALID_VLAN_ID_USED("InvalidVlanId.Used", 400, ErrorFamily.INCORRECT_STATUS, true, "The VLAN id is used by another VBR of the circuit (R44)"),
  /** A gateway address is not a valid IPv4 address. */
  INVALID_IP_MALFORMED("InvalidIp.Malformed", 400, ErrorFamily.INVALID_PARAMETER, true, "A gateway address is not a valid IPv4 address"),
  /** The peering subnet mask is not a mask of /24 to /30 (R45). */
  INVALID_PEERING_SUBNET_MASK("InvalidPeeringSubnetMask.Malformed", 400, ErrorFamily.INVALID_PARAMETER, false, "The peering subnet mask is not a mask of /24 to /30 (R45)"),
  /** The gateway addresses are not two distinct host addresses of one peering subnet (R45). */
  GATEWAY_IP_NOT_IN_PEERING_SUBNET("InvalidIp.NotInPeeringSubnet", 400, ErrorFamily.INVALID_PARAMETER, false, "The gateway addresses are not two distinct host addresses of one peering subnet (R45)"),
  /** The VBR is not in a state that allows the action (R46, R47). */
  VBR_INCORRECT_STATUS("IncorrectStatus.VirtualBorderRouter", 400, ErrorFamily.INCORRECT_STATUS, false, "The VBR is not in a state that allows the action (R46, R47)"),
  /** Routes of a data center still lead to the VBR (R46, D10). */
  DEPENDENCY_VIOLATION_DATA_CENTER_ROUTE("DependencyViolation.DataCenterRoute", 400, ErrorFamily.DEPENDENCY_VIOLATION, false, "Routes of a data center still lead to the VBR (R46, D10)"),
  /** The VBR or VPC still has router interfaces (R39, R46). */
  DEPENDENCY_VIOLATION_ROUTER_INTERFACE("DependencyViolation.RouterInterface", 400, ErrorFamily.DEPENDENCY_VIOLATION, false, "The VBR or VPC still has router interfaces (R39, R46)"),
  /** A VBR route to the circuit must lead to a prefix of the circuit's data center (D10). */
  VBR_ROUTE_NOT_IN_DATA_CENTER("InvalidDestinationCidrBlock.NotInDataCenter", 400, ErrorFamily.INVALID_PARAMETER, false, "A VBR route to the circuit must lead to a prefix of the circuit's data center (D10)"),
  /** A VBR's routes are always advertised and cannot be published or withdrawn (R27). */
  VBR_ROUTE_ALWAYS_PUBLISHED("OperationUnsupported.VbrRoutePublish", 400, ErrorFamily.INVALID_PARAMETER, false, "A VBR's routes are always advertised and cannot be published or withdrawn (R27)"),
  /** The router interface does not exist. */
  INVALID_ROUTER_INTERFACE_ID_NOT_FOUND("InvalidRouterInterfaceId.NotFound", 400, ErrorFamily.NOT_FOUND, false, "The router interface does not exist"),
  /** Too many router interfaces on the router (R47). */
  ROUTER_INTERFACE_QUOTA_EXCEEDED("QuotaExceeded.RouterInterface", 400, ErrorFamily.QUOTA_EXCEEDED, false, "Too many router interfaces on the router (R47)"),
  /** The two routers already have a router-interface pair (R47). */
  ROUTER_INTERFACE_PAIR_EXIST("InvalidOperation.RouterInterfacePairExist", 409, ErrorFamily.INCORRECT_STATUS, false, "The two routers already have a router-interface pair (R47)"),
  /** A VBR can only be the initiating side of a router-interface pair (R47). */
  VBR_ONLY_INITIATING_SIDE("OperationUnsupported.VbrAcceptingSide", 400, ErrorFamily.INVALID_PARAMETER, false, "A VBR can only be the initiating side of a router-interface pair (R47)"),
  /** The router interfaces cannot be connected in their current state. */
  ROUTER_INTERFACE_INCORRECT_STATUS("IncorrectStatus.RouterInterface", 400, ErrorFamily.INCORRECT_STATUS, false, "The router interfaces cannot be connected in their current state"),
  /** The initiating router interface to connect names no opposite interface (R47). */
  ROUTER_INTERFACE_OPPOSITE_NOT_SET("IncorrectOppositeInterfaceInfo.NotSet", 400, ErrorFamily.INVALID_PARAMETER, true, "The initiating router interface names no opposite interface (R47)"),
  /** A VPC or VBR attached to a CEN cannot use router interfaces (R7). */
  INSTANCE_ATTACHED_TO_CEN("InvalidOperation.InstanceAttachedToCen", 409, ErrorFamily.INCORRECT_STATUS, false, "A VPC or VBR attached to a CEN cannot use router interfaces (R7)"),
  /** The data center does not exist (cenkit's own resource). */
  INVALID_DATA_CENTER_ID_NOT_FOUND("InvalidDataCenterId.NotFound", 404, ErrorFamily.NOT_FOUND, false, "The data center does not exist (cenkit's own resource)"),
  /** A data center prefix lies in a reserved range such as 100.64.0.0/10 (D10). */
  DATA_CENTER_PREFIX_RESERVED("InvalidDataCenterPrefix.Reserved", 400, ErrorFamily.INVALID_PARAMETER, false, "A data center prefix lies in a reserved range such as 100.64.0.0/10 (D10)"),
  /** Two prefixes of a data center overlap (D10). */
  DATA_CENTER_PREFIX_OVERLAPPED("InvalidDataCenterPrefix.Overlapped", 400, ErrorFamily.INVALID_PARAMETER, false, "Two prefixes of a data center overlap (D10)"),
  /** A data center host lies outside the data center's prefixes (D10). */
  DATA_CENTER_HOST_NOT_IN_PREFIX("InvalidDataCenterHost.NotInPrefix", 400, ErrorFamily.INVALID_PARAMETER, false, "A data center host lies outside the data center's prefixes (D10)"),
  /** The VBR's circuit does not land in the data center (D10). */
  VBR_NOT_IN_DATA_CENTER("InvalidOperation.VbrNotInDataCenter", 409, ErrorFamily.INCORRECT_STATUS, false, "The VBR's circuit does not land in the data center (D10)"),
  /** The data center has no route to this destination. */
  DATA_CENTER_ROUTE_NOT_FOUND("InvalidDataCenterRoute.NotFound", 404, ErrorFamily.NOT_FOUND, false, "The data center has no route to this destination"),
  /** Too many cloud-service routes in the CEN (D2, assumed quota). */
  CLOUD_ROUTE_QUOTA_EXCEEDED("QuotaExceeded.CloudRoute", 400, ErrorFamily.QUOTA_EXCEEDED, false, "Too many cloud-service routes in the CEN (D2, assumed quota)"),

  // ---- API Gateway ----
  /** The API group does not exist. */
  NOT_FOUND_API_GROUP("NotFoundApiGroup", 404, ErrorFamily.NOT_FOUND, true, "The API group does not exist"),
  /** The API does not exist. */
  NOT_FOUND_API("NotFoundApi", 404, ErrorFamily.NOT_FOUND, true, "The API does not exist"),
  /** The stage does not exist (R61). */
  NOT_FOUND_STAGE("NotFoundStage", 404, ErrorFamily.NOT_FOUND, true, "The stage does not exist (R61)"),
  /** The VPC or VPC access authorization does not exist. */
  NOT_FOUND_VPC("NotFoundVpc", 404, ErrorFamily.NOT_FOUND, true, "The VPC or VPC access authorization does not exist"),
  /** The authorization does not exist. */
  NOT_FOUND_AUTHORIZATION("NotFoundAuthorization", 404, ErrorFamily.NOT_FOUND, true, "The authorization does not exist"),
  /** The request repeats one in progress. */
  REPEATED_COMMIT("RepeatedCommit", 400, ErrorFamily.INCORRECT_STATUS, true, "The request repeats one in progress"),
  /** A VPC access authorization with this name exists (R66, D11). */
  REPEATED_VPC_ACCESS("RepeatedVpcAccess", 400, ErrorFamily.INCORRECT_STATUS, false, "A VPC access authorization with this name exists (R66, D11)"),
  /** The VPC is not in the instance's region (D6). */
  INVALID_VPC_ID_REGION_MISMATCH("InvalidVpcId.RegionMismatch", 400, ErrorFamily.INVALID_PARAMETER, false, "The VPC is not in the instance's region (D6)"),
  /** Binding a VPC needs a vSwitch (D6). */
  MISSING_VSWITCH_ID("MissingParameter.VswitchId", 400, ErrorFamily.INVALID_PARAMETER, false, "Binding a VPC needs a vSwitch (D6)"),
  /** The operation needs a dedicated instance (R51, R71). */
  SHARED_INSTANCE_NOT_SUPPORTED("OperationNotSupported.SharedInstance", 400, ErrorFamily.INVALID_PARAMETER, false, "The operation needs a dedicated instance (R51, R71)"),
  /** The API group still has APIs (R62). */
  API_GROUP_NOT_EMPTY("InvalidOperation.ApiGroupNotEmpty", 400, ErrorFamily.DEPENDENCY_VIOLATION, false, "The API group still has APIs (R62)"),
  /** The API is still deployed to a stage (R62). */
  API_DEPLOYED("InvalidOperation.ApiDeployed", 400, ErrorFamily.DEPENDENCY_VIOLATION, false, "The API is still deployed to a stage (R62)"),
  /** The API Gateway instance does not exist. */
  NOT_FOUND_INSTANCE("NotFoundInstance", 404, ErrorFamily.NOT_FOUND, false, "The API Gateway instance does not exist"),
  /** The instance type or dedicated sub-type is not valid for the instance (R49). */
  INVALID_INSTANCE_TYPE("InvalidParameter.InstanceType", 400, ErrorFamily.INVALID_PARAMETER, false, "The instance type or dedicated sub-type is not valid (R49)"),
  /** The dedicated instance spec is not one of the documented specs. */
  INVALID_INSTANCE_SPEC("InvalidParameter.InstanceSpec", 400, ErrorFamily.INVALID_PARAMETER, false, "The dedicated instance spec is not one of the documented specs"),
  /** A conventional dedicated instance needs a zone (R55). */
  MISSING_ZONE_ID("MissingParameter.ZoneId", 400, ErrorFamily.INVALID_PARAMETER, false, "A conventional dedicated instance needs a zone (R55)"),
  /** The zone is not a zone of the instance's region (R55). */
  INVALID_INSTANCE_ZONE("InvalidParameter.ZoneId", 400, ErrorFamily.INVALID_PARAMETER, false, "The zone is not a zone of the instance's region (R55)"),
  /** A VPC-integration instance needs its VPC, instance CIDR and vSwitches (R55). */
  MISSING_USER_VPC_ID("MissingParameter.UserVpcId", 400, ErrorFamily.INVALID_PARAMETER, false, "A VPC-integration instance needs its VPC, instance CIDR and vSwitches (R55)"),
  /** The instance CIDR is not 192.168.0.0/16 or 172.16.0.0/12 (R55). */
  INVALID_INSTANCE_CIDR("InvalidParameter.InstanceCidr", 400, ErrorFamily.INVALID_PARAMETER, false, "The instance CIDR is not 192.168.0.0/16 or 172.16.0.0/12 (R55)"),
  /** The instance CIDR conflicts with a vSwitch CIDR of the connected VPC (R53). */
  INSTANCE_CIDR_CONFLICT("InvalidParameter.InstanceCidrConflict", 400, ErrorFamily.INVALID_PARAMETER, false, "The instance CIDR conflicts with a vSwitch CIDR of the connected VPC (R53)"),
  /** A VPC-integration instance reaches only its connected VPC (R53). */
  VPC_NOT_CONNECTED("InvalidOperation.VpcNotConnected", 400, ErrorFamily.INCORRECT_STATUS, false, "A VPC-integration instance reaches only its connected VPC (R53)"),
  /** The vSwitch is not a vSwitch of the VPC being bound (D6). */
  VSWITCH_VPC_MISMATCH("InvalidVswitchId.VpcMismatch", 400, ErrorFamily.INVALID_PARAMETER, false, "The vSwitch is not a vSwitch of the VPC being bound (D6)"),
  /** The instance still has API groups. */
  INSTANCE_HAS_API_GROUPS("InvalidOperation.ApiGroupExist", 400, ErrorFamily.DEPENDENCY_VIOLATION, false, "The instance still has API groups"),
  /** Too many API Gateway instances in the region (D2). */
  INSTANCE_QUOTA_EXCEEDED("QuotaExceeded.Instance", 400, ErrorFamily.QUOTA_EXCEEDED, false, "Too many API Gateway instances in the region (D2)"),
  /** Too many API groups in the region (R56). */
  API_GROUP_QUOTA_EXCEEDED("QuotaExceeded.ApiGroup", 400, ErrorFamily.QUOTA_EXCEEDED, false, "Too many API groups in the region (R56)"),
  /** Too many APIs in the group (R56). */
  API_QUOTA_EXCEEDED("QuotaExceeded.Api", 400, ErrorFamily.QUOTA_EXCEEDED, false, "Too many APIs in the group (R56)"),
  /** Too many VPC access authorizations in the region (D2). */
  VPC_ACCESS_QUOTA_EXCEEDED("QuotaExceeded.VpcAccess", 400, ErrorFamily.QUOTA_EXCEEDED, false, "Too many VPC access authorizations in the region (D2)"),
  /** Another API group of the region has this name (cenkit's choice; the real code is unknown). */
  REPEATED_GROUP_NAME("RepeatedGroupName", 400, ErrorFamily.INCORRECT_STATUS, false, "Another API group of the region has this name"),
  /** The API name breaks the naming rule (R60). */
  INVALID_API_NAME("InvalidParameter.ApiName", 400, ErrorFamily.INVALID_PARAMETER, false, "The API name breaks the naming rule (R60)"),
  /** Another API of the group has this name (R60). */
  REPEATED_API_NAME("RepeatedApiName", 400, ErrorFamily.INCORRECT_STATUS, false, "Another API of the group has this name (R60)"),
  /** Another API of the group has this request path and method (R60). */
  REPEATED_API_PATH("RepeatedApiPath", 400, ErrorFamily.INCORRECT_STATUS, false, "Another API of the group has this request path and method (R60)"),
  /** The request or backend path is malformed. */
  INVALID_API_PATH("InvalidParameter.Path", 400, ErrorFamily.INVALID_PARAMETER, false, "The request or backend path is malformed"),
  /** The backend URL is not an http:// or https:// address. */
  INVALID_SERVICE_ADDRESS("InvalidParameter.ServiceAddress", 400, ErrorFamily.INVALID_PARAMETER, false, "The backend URL is not an http:// or https:// address"),
  /** The VPC access target is not an ECS or SLB instance id or an IPv4 address (R67). */
  INVALID_VPC_ACCESS_TARGET("InvalidParameter.InstanceId", 400, ErrorFamily.INVALID_PARAMETER, false, "The VPC access target is not an ECS or SLB instance id or an IPv4 address (R67)"),
  /** The port is outside 1-65535 (R67). */
  INVALID_PORT("InvalidParameter.Port", 400, ErrorFamily.INVALID_PARAMETER, false, "The port is outside 1-65535 (R67)"),
  /** The Function Compute backend lacks the RAM role API Gateway assumes (R73). */
  MISSING_ROLE_ARN("MissingParameter.RoleArn", 400, ErrorFamily.INVALID_PARAMETER, false, "The Function Compute backend lacks the RAM role API Gateway assumes (R73)"),
  /** The Function Compute backend lacks a field its type needs (R74). */
  INCOMPLETE_FUNCTION_COMPUTE_CONFIG("MissingParameter.FunctionComputeConfig", 400, ErrorFamily.INVALID_PARAMETER, false, "The Function Compute backend lacks a field its type needs (R74)"),

  // ---- ECS and security groups (security-groups.md) ----
  /** The rule's IpProtocol is not TCP, UDP, ICMP, GRE or ALL (SG40a). */
  SG_INVALID_IP_PROTOCOL("InvalidIpProtocol.ValueNotSupported", 400, ErrorFamily.INVALID_PARAMETER, true, "The rule's IpProtocol is not TCP, UDP, ICMP, GRE or ALL (SG40a)"),
  /** The rule's PortRange is not two ports 1-65535 as start/end with {@code start <= end} (SG40b, SG40e). */
  SG_INVALID_PORT_RANGE("InvalidParam.PortRange", 400, ErrorFamily.INVALID_PARAMETER, true, "The rule's PortRange is not two ports 1-65535 as start/end with start <= end (SG40b, SG40e)"),
  /** The rule has no PortRange (SG40c). */
  SG_PORT_RANGE_MISSING("InvalidPortRange.Malformed", 400, ErrorFamily.INVALID_PARAMETER, true, "The rule has no PortRange (SG40c)"),
  /** IpProtocol and PortRange do not match: TCP/UDP need ports, ICMP/GRE/ALL need -1/-1 (SG40d). */
  SG_PROTOCOL_PORT_MISMATCH("OperationDenied", 400, ErrorFamily.INVALID_PARAMETER, true, "IpProtocol and PortRange do not match: TCP/UDP need ports, ICMP/GRE/ALL need -1/-1 (SG40d)"),
  /** The rule's SourcePortRange is malformed (SG40f). */
  SG_INVALID_SOURCE_PORT_RANGE("InvalidSourcePortRange.Malformed", 400, ErrorFamily.INVALID_PARAMETER, true, "The rule's SourcePortRange is malformed (SG40f)"),
  /** The rule's Priority is not an integer 1-100 (SG40g). */
  SG_INVALID_PRIORITY("InvalidPriority.Malformed", 400, ErrorFamily.INVALID_PARAMETER, true, "The rule's Priority is not an integer 1-100 (SG40g)"),
  /** The rule's Policy is not accept or drop (SG40h). */
  SG_INVALID_POLICY("InvalidPolicy.Malformed", 400, ErrorFamily.INVALID_PARAMETER, true, "The rule's Policy is not accept or drop (SG40h)"),
  /** The rule's NicType is not internet or intranet (SG40i). */
  SG_INVALID_NIC_TYPE("InvalidNicType.ValueNotSupported", 400, ErrorFamily.INVALID_PARAMETER, true, "The rule's NicType is not internet or intranet (SG40i)"),
  /** The source group is in another VPC, or NicType is not intranet in a VPC group (SG40j, SG42d). */
  SG_SOURCE_GROUP_MISMATCH("InvalidSourceGroupId.Mismatch", 400, ErrorFamily.INVALID_PARAMETER, true, "The source group is in another VPC, or NicType is not intranet in a VPC group (SG40j, SG42d)"),
  /** The destination group is in another VPC, or NicType is not intranet in a VPC group (SG40j, SG42d). */
  SG_DEST_GROUP_MISMATCH("InvalidDestGroupId.Mismatch", 400, ErrorFamily.INVALID_PARAMETER, true, "The destination group is in another VPC, or NicType is not intranet in a VPC group (SG40j, SG42d)"),
  /** The rule's SourceCidrIp is malformed (SG40k). */
  SG_INVALID_SOURCE_CIDR("InvalidSourceCidrIp.Malformed", 400, ErrorFamily.INVALID_PARAMETER, true, "The rule's SourceCidrIp is malformed (SG40k)"),
  /** The rule's DestCidrIp is malformed (SG40l). */
  SG_INVALID_DEST_CIDR("InvalidDestCidrIp.Malformed", 400, ErrorFamily.INVALID_PARAMETER, true, "The rule's DestCidrIp is malformed (SG40l)"),
  /** An ingress rule names no source (SG4, SG40m). */
  SG_MISSING_SOURCE("MissingParameter.Source", 400, ErrorFamily.INVALID_PARAMETER, true, "An ingress rule names no source (SG4, SG40m)"),
  /** An egress rule names no destination (SG4, SG40m). */
  SG_MISSING_DEST("MissingParameter.Dest", 400, ErrorFamily.INVALID_PARAMETER, true, "An egress rule names no destination (SG4, SG40m)"),
  /** SourceCidrIp equals DestCidrIp, or an ingress rule names its own group (SG40n, SG42e). */
  SG_PARAMETER_CONFLICT("InvalidParamter.Conflict", 400, ErrorFamily.INVALID_PARAMETER, true, "SourceCidrIp equals DestCidrIp, or an ingress rule names its own group (SG40n, SG42e)"),
  /** The rule's Description is not 1-512 characters (SG40o). */
  SG_INVALID_RULE_DESCRIPTION("InvalidSecurityGroupDiscription.Malformed", 400, ErrorFamily.INVALID_PARAMETER, true, "The rule's Description is not 1-512 characters (SG40o)"),
  /** The same rule appears twice in one Permissions list (SG40p). */
  SG_DUPLICATE_PERMISSIONS("InvalidParam.DuplicatePermissions", 400, ErrorFamily.INVALID_PARAMETER, true, "The same rule appears twice in one Permissions list (SG40p)"),
  /** The Permissions list is empty or longer than 100 (SG40r; emulator code). */
  SG_INVALID_PERMISSIONS("InvalidParam.Permissions", 400, ErrorFamily.INVALID_PARAMETER, false, "The Permissions list is empty or longer than 100 (SG40r; emulator code)"),
  /** The security group does not exist (SG42a). */
  SG_NOT_FOUND("InvalidSecurityGroupId.NotFound", 404, ErrorFamily.NOT_FOUND, true, "The security group does not exist (SG42a)"),
  /** A security group id is malformed (SG42b). */
  SG_MALFORMED("InvalidSecurityGroupId.Malformed", 400, ErrorFamily.INVALID_PARAMETER, true, "A security group id is malformed (SG42b)"),
  /** The source group of an ingress rule does not exist (SG42c). */
  SG_SOURCE_GROUP_NOT_FOUND("InvalidSourceGroupId.NotFound", 404, ErrorFamily.NOT_FOUND, true, "The source group of an ingress rule does not exist (SG42c)"),
  /** The destination group of an egress rule does not exist (SG42c). */
  SG_DEST_GROUP_NOT_FOUND("InvalidDestGroupId.NotFound", 404, ErrorFamily.NOT_FOUND, true, "The destination group of an egress rule does not exist (SG42c)"),
  /** An egress rule names its own group as destination (SG42e). */
  SG_IS_SAME("InvalidSecurityGroup.IsSame", 403, ErrorFamily.INVALID_PARAMETER, true, "An egress rule names its own group as destination (SG42e)"),
  /** An advanced security group cannot reference other groups (SG12, SG42g). */
  SG_GROUP_AUTH_DENIED("InvalidGroupAuthParameter.OperationDenied", 400, ErrorFamily.INVALID_PARAMETER, true, "An advanced security group cannot reference other groups (SG12, SG42g)"),
  /** A basic group has at most 20 group-reference rules (SG12, SG42h). */
  SG_GROUP_RULE_LIMIT("AuthorizedGroupRule.LimitExceed", 400, ErrorFamily.QUOTA_EXCEEDED, true, "A basic group has at most 20 group-reference rules (SG12, SG42h)"),
  /** Too many rules in the security group (SG43a). */
  SG_AUTHORIZATION_LIMIT("AuthorizationLimitExceed", 403, ErrorFamily.QUOTA_EXCEEDED, true, "Too many rules in the security group (SG43a)"),
  /** The instance is already in the maximum number of security groups (SG43b). */
  SG_INSTANCE_GROUP_LIMIT("InstanceSecurityGroupLimitExceeded", 400, ErrorFamily.QUOTA_EXCEEDED, true, "The instance is already in the maximum number of security groups (SG43b)"),
  /** RunInstances names more security groups than an instance may join (SG43b). */
  SG_JOINED_GROUP_LIMIT("JoinedGroupLimitExceed", 400, ErrorFamily.QUOTA_EXCEEDED, true, "RunInstances names more security groups than an instance may join (SG43b)"),
  /** The basic security group already has the maximum number of instances (SG43c). */
  SG_GROUP_INSTANCE_LIMIT("SecurityGroupInstanceLimitExceeded", 403, ErrorFamily.QUOTA_EXCEEDED, true, "The basic security group already has the maximum number of instances (SG43c)"),
  /** The advanced security group already has the maximum number of network interfaces (SG43d). */
  SG_ENI_COUNT_EXCEEDED("InvalidOperation.EniCountExceeded", 400, ErrorFamily.QUOTA_EXCEEDED, true, "The advanced security group already has the maximum number of network interfaces (SG43d)"),
  /** Too many security groups in the region (SG43e; emulator code). */
  SG_QUOTA_EXCEEDED("QuotaExceed.SecurityGroup", 400, ErrorFamily.QUOTA_EXCEEDED, false, "Too many security groups in the region (SG43e; emulator code)"),
  /** The security group still has instances or is referenced by another group's rules (SG44). */
  SG_DEPENDENCY_VIOLATION("DependencyViolation", 403, ErrorFamily.DEPENDENCY_VIOLATION, true, "The security group still has instances or is referenced by another group's rules (SG44)"),
  /** The rule to revoke is not in the security group (SG45). */
  SG_RULE_NOT_EXIST("InvalidSecurityGroupRule.RuleNotExist", 400, ErrorFamily.NOT_FOUND, true, "The rule to revoke is not in the security group (SG45)"),
  /** The rule id to revoke is not in the security group (SG45). */
  SG_RULE_ID_NOT_FOUND("InvalidSecurityGroupRuleId.NotFound", 404, ErrorFamily.NOT_FOUND, true, "The rule id to revoke is not in the security group (SG45)"),
  /** An advanced security group always isolates its members (SG11; emulator code). */
  SG_INNER_ACCESS_POLICY_FIXED("InvalidSecurityGroup.InnerAccessPolicyFixed", 400, ErrorFamily.INVALID_PARAMETER, false, "An advanced security group always isolates its members (SG11; emulator code)"),
  /** The security group type is not normal or enterprise (emulator code). */
  SG_INVALID_TYPE("InvalidSecurityGroupType.ValueNotSupported", 400, ErrorFamily.INVALID_PARAMETER, false, "The security group type is not normal or enterprise (emulator code)"),
  /** The security group and the vSwitch are not in the same VPC (SG47a). */
  ECS_GROUP_VSWITCH_MISMATCH("InvalidParameter.Mismatch", 400, ErrorFamily.INVALID_PARAMETER, true, "The security group and the vSwitch are not in the same VPC (SG47a)"),
  /** The instance and the security group are not in the same VPC (SG47b). */
  ECS_INSTANCE_GROUP_MISMATCH("InvalidInstanceId.Mismatch", 400, ErrorFamily.INVALID_PARAMETER, true, "The instance and the security group are not in the same VPC (SG47b)"),
  /** The private IP is not a usable address of the vSwitch's CIDR block (SG47e, SG48). */
  ECS_PRIVATE_IP_NOT_IN_VSWITCH("InvalidPrivateIpAddress", 400, ErrorFamily.INVALID_PARAMETER, true, "The private IP is not a usable address of the vSwitch's CIDR block (SG47e, SG48)"),
  /** The private IP is malformed (SG47f). */
  ECS_PRIVATE_IP_MALFORMED("InvalidPrivateIpAddress.Malformed", 400, ErrorFamily.INVALID_PARAMETER, true, "The private IP is malformed (SG47f)"),
  /** The private IP is already in use (SG47g). */
  ECS_PRIVATE_IP_DUPLICATED("InvalidPrivateIpAddress.Duplicated", 400, ErrorFamily.INVALID_PARAMETER, true, "The private IP is already in use (SG47g)"),
  /** The vSwitch has no free private IP (SG47h). */
  ECS_NO_FREE_PRIVATE_IP("QuotaExceeded.PrivateIpAddress", 400, ErrorFamily.QUOTA_EXCEEDED, true, "The vSwitch has no free private IP (SG47h)"),
  /** The same security group is named twice (SG47i). */
  ECS_SECURITY_GROUP_ID_REPEATED("InvalidParameter.SecurityGroupIdRepeated", 400, ErrorFamily.INVALID_PARAMETER, true, "The same security group is named twice (SG47i)"),
  /** Both SecurityGroupId and SecurityGroupIds.N are given (SG47j). */
  ECS_SINGLE_AND_MULTI_GROUP_ID("InvalidSecurityGroupId.SingleIdAndMultiIdConflict", 400, ErrorFamily.INVALID_PARAMETER, true, "Both SecurityGroupId and SecurityGroupIds.N are given (SG47j)"),
  /** Basic and advanced groups cannot be mixed on one instance (SG19, SG47k, SD19; emulator code). */
  ECS_GROUP_TYPE_MISMATCH("InvalidSecurityGroup.TypeMismatch", 400, ErrorFamily.INVALID_PARAMETER, false, "Basic and advanced groups cannot be mixed on one instance (SG19, SG47k, SD19; emulator code)"),
  /** A VPC instance needs a vSwitch (SG47l). */
  ECS_VSWITCH_NECESSARY("InvalidVSwitchId.Necessary", 400, ErrorFamily.INVALID_PARAMETER, true, "A VPC instance needs a vSwitch (SG47l)"),
  /** The instance is already in the security group (SG47m). */
  ECS_ALREADY_IN_GROUP("InvalidInstanceId.AlreadyExists", 403, ErrorFamily.INCORRECT_STATUS, true, "The instance is already in the security group (SG47m)"),
  /** The instance's status does not allow the operation (SG47n, SG47r). */
  ECS_INCORRECT_INSTANCE_STATUS("IncorrectInstanceStatus", 403, ErrorFamily.INCORRECT_STATUS, true, "The instance's status does not allow the operation (SG47n, SG47r)"),
  /** An instance cannot leave its last security group (SG47o). */
  ECS_LAST_SECURITY_GROUP("InstanceLastSecurityGroup", 403, ErrorFamily.INCORRECT_STATUS, true, "An instance cannot leave its last security group (SG47o)"),
  /** The instance is not in the security group (SG47p). */
  ECS_NOT_IN_GROUP("InvalidSecurityGroupAssociation.NotFound", 404, ErrorFamily.NOT_FOUND, true, "The instance is not in the security group (SG47p)"),
  /** The ECS instance does not exist (SG47q). */
  ECS_INSTANCE_NOT_FOUND("InvalidInstanceId.NotFound", 404, ErrorFamily.NOT_FOUND, true, "The ECS instance does not exist (SG47q)"),

  // ---- Function Compute ----
  /** The function does not exist. */
  FUNCTION_NOT_FOUND("FunctionNotFound", 404, ErrorFamily.NOT_FOUND, false, "The function does not exist"),
  /** A function with this name exists. */
  FUNCTION_ALREADY_EXISTS("FunctionAlreadyExists", 409, ErrorFamily.INCORRECT_STATUS, false, "A function with this name exists"),
  /** A Function Compute parameter is malformed. */
  FC_INVALID_ARGUMENT("InvalidArgument", 400, ErrorFamily.INVALID_PARAMETER, false, "A Function Compute parameter is malformed");

  private static final Map<String, ErrorCode> BY_CODE =
      Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(ErrorCode::code, Function.identity()));

  private final String code;
  private final int httpStatus;
  private final ErrorFamily family;
  private final boolean verified;
  private final String meaning;

  ErrorCode(String code, int httpStatus, ErrorFamily family, boolean verified, String meaning) {
    this.code = code;
    this.httpStatus = httpStatus;
    this.family = family;
    this.verified = verified;
    this.meaning = meaning;
  }

  /** The exact error code string, as Alibaba Cloud returns it (e.g. {@code InvalidOperation.ChildInstanceAlreadyAttached}). */
  public String code() {
    return code;
  }

  /** The HTTP status the real API answers with (decision D16 for state conflicts). */
  public int httpStatus() {
    return httpStatus;
  }

  /** The family of the code, which decides the subclass of {@link CenkitException} thrown. */
  public ErrorFamily family() {
    return family;
  }

  /**
   * Whether the code string was verified against Alibaba Cloud's references; {@code false} marks a code of
   * cenkit's own (decision D3).
   */
  public boolean verified() {
    return verified;
  }

  /** What the code means, in one sentence. */
  public String meaning() {
    return meaning;
  }

  /** The registry entry for an error code string, if cenkit knows it. */
  public static Optional<ErrorCode> byCode(@Nullable String code) {
    if (code == null) {
      throw MISSING_PARAMETER.exception(null, "error code is required but was null");
    }
    return Optional.ofNullable(BY_CODE.get(code));
  }

  /** Every code of the given family. */
  public static List<ErrorCode> ofFamily(ErrorFamily family) {
    return Arrays.stream(values()).filter(c -> c.family == family).collect(Collectors.toUnmodifiableList());
  }

  /**
   * Creates the exception for this code: the subclass is chosen by the {@link #family()}.
   *
   * @param rule the rule the failed check enforces, or {@code null} when no catalog rule applies
   * @param message what went wrong, naming the offending value
   * @param resourceIds the ids involved (any object; its {@code toString()} is used)
   */
  public CenkitException exception(@Nullable RuleId rule, String message, @Nullable Object... resourceIds) {
    return CenkitException.create(this, rule, message, resourceIds);
  }
}
