package dev.cenkit.error;

/**
 * The rules of {@code alibaba-cloud-rules.md} that cenkit cites: R1 to R80 (the catalog of real Alibaba
 * Cloud behaviour), D1 to D16 (cenkit's decisions where the sources are silent), N1 to N5 (Basic-era
 * rules found later), E1 to E34 of {@code enterprise-edition.md} (Enterprise Edition transit routers), and SG1 to
 * SG57 and SD1 to SD20 of {@code security-groups.md} (ECS instances and security groups; a letter names a check of a
 * table row, e.g. SG40A). Rule numbers are stable; every rejection names the rule it enforces.
 */
public enum RuleId {
  /** Every regional resource has exactly one region, equal to the region named when attaching it. */
  R1("Every regional resource has exactly one region, equal to the region named when attaching it"),
  /** CEN instances are global; everything else is regional. */
  R2("CEN instances are global; everything else is regional"),
  /** Transitional states allow only reads. */
  R3("Transitional states allow only reads"),
  /** Names 1-128 and descriptions 1-256 characters, not starting with http:// or https://; at most 20 tags. */
  R4("Names 1-128 and descriptions 1-256 characters, not starting with http:// or https://; at most 20 tags"),
  /** CEN child instance types are exactly VPC, VBR and CCN. */
  R5("CEN child instance types are exactly VPC, VBR and CCN"),
  /** A network instance is attached to at most one CEN. */
  R6("A network instance is attached to at most one CEN"),
  /** A VPC or VBR that uses Express Connect router interfaces cannot join a CEN. */
  R7("A VPC or VBR that uses Express Connect router interfaces cannot join a CEN"),
  /** Attaching another account's instance needs a prior grant. */
  R8("Attaching another account's instance needs a prior grant"),
  /** Same-region attachments communicate without a bandwidth plan. */
  R9("Same-region attachments communicate without a bandwidth plan"),
  /** One regional gateway per CEN and region; different CENs are isolated. */
  R10("One regional gateway per CEN and region; different CENs are isolated"),
  /** Detaching an unknown child instance is idempotent. */
  R11("Detaching an unknown child instance is idempotent"),
  /** Cross-region traffic without allocated bandwidth is limited to 1 Kbps for connectivity tests. */
  R12("Cross-region traffic without allocated bandwidth is limited to 1 Kbps for connectivity tests"),
  /** A bandwidth plan is 2 to 10000 Mbit/s. */
  R13("A bandwidth plan is 2 to 10000 Mbit/s"),
  /** A bandwidth plan covers an unordered area pair, possibly the same area twice. */
  R14("A bandwidth plan covers an unordered area pair, possibly the same area twice"),
  /** A CEN holds at most one bandwidth plan per area pair. */
  R15("A CEN holds at most one bandwidth plan per area pair"),
  /** A bandwidth plan is associated with at most one CEN at a time. */
  R16("A bandwidth plan is associated with at most one CEN at a time"),
  /** Setting an inter-region bandwidth limit needs an associated bandwidth plan. */
  R17("Setting an inter-region bandwidth limit needs an associated bandwidth plan"),
  /** The region pair's areas must match an associated plan's area pair. */
  R18("The region pair's areas must match an associated plan's area pair"),
  /** An inter-region limit is at least 1 and the limits drawn from one plan add up to at most its bandwidth. */
  R19("An inter-region limit is at least 1 and the limits drawn from one plan add up to at most its bandwidth"),
  /** A bandwidth limit of 0 removes the region pair's allocation. */
  R20("A bandwidth limit of 0 removes the region pair's allocation"),
  /** The two regions of a bandwidth limit must differ. */
  R21("The two regions of a bandwidth limit must differ"),
  /** Downgrading a plan needs the sum of its limits to fit the new size. */
  R22("Downgrading a plan needs the sum of its limits to fit the new size"),
  /** A plan is unassociated or deleted only when it carries no inter-region limits. */
  R23("A plan is unassociated or deleted only when it carries no inter-region limits"),
  /** Plan status Idle or InUse; locked plans cannot be associated. */
  R24("Plan status Idle or InUse; locked plans cannot be associated"),
  /** VPC system routes and VBR routes are advertised to the CEN by default. */
  R25("VPC system routes and VBR routes are advertised to the CEN by default"),
  /** 100.64.0.0/10 and custom-table routes are never advertised. */
  R26("100.64.0.0/10 and custom-table routes are never advertised"),
  /** VBR and CCN routes are always advertised and cannot be published or withdrawn. */
  R27("VBR and CCN routes are always advertised and cannot be published or withdrawn"),
  /** Identical destination CIDRs from two sources conflict; only one is effective. */
  R28("Identical destination CIDRs from two sources conflict; only one is effective"),
  /** Routes beyond the route quota are not learned (overflow). */
  R29("Routes beyond the route quota are not learned (overflow)"),
  /** VPC peering routes overlapping CEN routes conflict. */
  R30("VPC peering routes overlapping CEN routes conflict"),
  /** Access to cloud services lets data centers reach 100.64.0.0/10 services through a VPC. */
  R31("Access to cloud services lets data centers reach 100.64.0.0/10 services through a VPC"),
  /** A cloud-service route needs the host VPC attached to the same CEN. */
  R32("A cloud-service route needs the host VPC attached to the same CEN"),
  /** A cloud-service host is an IPv4 address or CIDR inside 100.64.0.0/10, unique and not overlapping. */
  R33("A cloud-service host is an IPv4 address or CIDR inside 100.64.0.0/10, unique and not overlapping"),
  /** The access region of a cloud-service route equals its host region. */
  R34("The access region of a cloud-service route equals its host region"),
  /** Access to cloud services is a Basic Edition feature. */
  R35("Access to cloud services is a Basic Edition feature"),
  /** A VPC's primary CIDR has a mask of /8 to /28 and avoids reserved ranges. */
  R36("A VPC's primary CIDR has a mask of /8 to /28 and avoids reserved ranges"),
  /** A vSwitch CIDR has a mask of /16 to /29, lies inside its VPC, and does not overlap another vSwitch. */
  R37("A vSwitch CIDR has a mask of /16 to /29, lies inside its VPC, and does not overlap another vSwitch"),
  /** Custom route entries are unique per table, not inside a vSwitch CIDR, not 100.64.0.0/10, at most 200 per table. */
  R38("Custom route entries are unique per table, not inside a vSwitch CIDR, not 100.64.0.0/10, at most 200 per table"),
  /** A VPC is deleted only when it has no vSwitches or other dependants. */
  R39("A VPC is deleted only when it has no vSwitches or other dependants"),
  /** A vSwitch is deleted only when it is empty. */
  R40("A vSwitch is deleted only when it is empty"),
  /** A VPC whose vSwitches or route table are changing cannot be attached or detached. */
  R41("A VPC whose vSwitches or route table are changing cannot be attached or detached"),
  /** At most 5 circuits per account are not yet Enabled. */
  R42("At most 5 circuits per account are not yet Enabled"),
  /** A circuit goes Initial, Confirmed, Enabled; Canceled and Terminated are final; traffic needs Enabled. */
  R43("A circuit goes Initial, Confirmed, Enabled; Canceled and Terminated are final; traffic needs Enabled"),
  /** A VBR belongs to one circuit and its region; VLAN 0-2999, unique per circuit. */
  R44("A VBR belongs to one circuit and its region; VLAN 0-2999, unique per circuit"),
  /** VBR gateway IPs share the peering subnet, whose mask is /24 to /30. */
  R45("VBR gateway IPs share the peering subnet, whose mask is /24 to /30"),
  /** A VBR is deleted only without router interfaces and in a deletable state. */
  R46("A VBR is deleted only without router interfaces and in a deletable state"),
  /** At most one router-interface pair between two routers and 5 interfaces per router; a VBR only requests and must be active. */
  R47("At most one router-interface pair between two routers and 5 interfaces per router; a VBR only requests and must be active"),
  /** Another account's VBR cannot be granted to a CEN by default. */
  R48("Another account's VBR cannot be granted to a CEN by default"),
  /** API Gateway instances are shared (VPC_SHARED) or dedicated (VPC_DEDICATED, normal or vpc_connect). */
  R49("API Gateway instances are shared (VPC_SHARED) or dedicated (VPC_DEDICATED, normal or vpc_connect)"),
  /** A VPC second-level domain serves the shared instance's region, or the dedicated instance's single bound VPC. */
  R50("A VPC second-level domain serves the shared instance's region, or the dedicated instance's single bound VPC"),
  /** A dedicated instance binds one VPC; rebinding replaces it; DeleteVpcAccess unbinds. */
  R51("A dedicated instance binds one VPC; rebinding replaces it; DeleteVpcAccess unbinds"),
  /** Backends see a conventional dedicated instance's 100.x egress /26, or ENI addresses for vpc_connect. */
  R52("Backends see a conventional dedicated instance's 100.x egress /26, or ENI addresses for vpc_connect"),
  /** vpc_connect instances connect one immutable VPC. */
  R53("vpc_connect instances connect one immutable VPC"),
  /** Internal DNS for backends is dedicated-only. */
  R54("Internal DNS for backends is dedicated-only"),
  /** A dedicated instance needs a zone (normal) or VPC, CIDR and vSwitches (vpc_connect). */
  R55("A dedicated instance needs a zone (normal) or VPC, CIDR and vSwitches (vpc_connect)"),
  /** At most 200 API groups per region and 1000 APIs per group. */
  R56("At most 200 API groups per region and 1000 APIs per group"),
  /** Public second-level domains have daily call limits; VPC domains do not. */
  R57("Public second-level domains have daily call limits; VPC domains do not"),
  /** A group's VPC second-level domain exists only once enabled. */
  R58("A group's VPC second-level domain exists only once enabled"),
  /** Intranet custom domains cannot be used from the Internet; a domain binds one group. */
  R59("Intranet custom domains cannot be used from the Internet; a domain binds one group"),
  /** API names are unique in their group, 4-50 characters, letters, digits and underscores, starting with a letter; path and method are unique. */
  R60("API names are unique in their group, 4-50 characters, letters, digits and underscores, starting with a letter; path and method are unique"),
  /** Only APIs deployed to a stage (RELEASE, PRE, TEST) can be called. */
  R61("Only APIs deployed to a stage (RELEASE, PRE, TEST) can be called"),
  /** An API is deleted only after it is abolished from every stage; a group only when it has no APIs. */
  R62("An API is deleted only after it is abolished from every stage; a group only when it has no APIs"),
  /** An API with DisableInternet is callable only through VPC domains. */
  R63("An API with DisableInternet is callable only through VPC domains"),
  /** Request body at most 2 MB; headers and query at most 128 KB. */
  R64("Request body at most 2 MB; headers and query at most 128 KB"),
  /** A VPC backend references an existing VPC access authorization by name. */
  R65("A VPC backend references an existing VPC access authorization by name"),
  /** VPC access authorization names are unique. */
  R66("VPC access authorization names are unique"),
  /** A VPC access authorization grants one resource or IP and one port. */
  R67("A VPC access authorization grants one resource or IP and one port"),
  /** A VPC access authorization names an available VPC of the same account. */
  R68("A VPC access authorization names an available VPC of the same account"),
  /** Backend security groups must allow the gateway's egress addresses. */
  R69("Backend security groups must allow the gateway's egress addresses"),
  /** Removing an authorization that APIs use breaks those APIs. */
  R70("Removing an authorization that APIs use breaks those APIs"),
  /** API Gateway calls into a data center only from dedicated instances. */
  R71("API Gateway calls into a data center only from dedicated instances"),
  /** A Function Compute backend in another region is reached over the Internet. */
  R72("A Function Compute backend in another region is reached over the Internet"),
  /** Function Compute invocation needs a RAM role trusted by API Gateway. */
  R73("Function Compute invocation needs a RAM role trusted by API Gateway"),
  /** FCEvent backends name a function; HttpTrigger backends name a base URL, path and method. */
  R74("FCEvent backends name a function; HttpTrigger backends name a base URL, path and method"),
  /** A CEN is deleted only without attached instances or associated plans. */
  R75("A CEN is deleted only without attached instances or associated plans"),
  /** Deleting a cloud-service route that does not exist succeeds. */
  R76("Deleting a cloud-service route that does not exist succeeds"),
  /** Withdrawing a route that is not published is rejected. */
  R77("Withdrawing a route that is not published is rejected"),
  /** The number of CENs per account is limited. */
  R78("The number of CENs per account is limited"),
  /** API calls are rate limited. */
  R79("API calls are rate limited"),
  /** VPC quotas: vSwitches per VPC, routes per table, router interfaces per router. */
  R80("VPC quotas: vSwitches per VPC, routes per table, router interfaces per router"),
  /** cenkit models CEN Basic Edition. */
  D1("cenkit models CEN Basic Edition"),
  /** Quotas are configurable; defaults are the documented Basic-era numbers. */
  D2("Quotas are configurable; defaults are the documented Basic-era numbers"),
  /** Error codes not verified against Alibaba Cloud are marked as cenkit's own. */
  D3("Error codes not verified against Alibaba Cloud are marked as cenkit's own"),
  /** Identical routes: the VPC's own routes win, then VBR over CCN, then the first advertised. */
  D4("Identical routes: the VPC's own routes win, then VBR over CCN, then the first advertised"),
  /** A dedicated instance's VPC domain resolves to an ingress address in the bound VPC. */
  D5("A dedicated instance's VPC domain resolves to an ingress address in the bound VPC"),
  /** A dedicated instance binds one VPC of its own region, with a vSwitch of that VPC. */
  D6("A dedicated instance binds one VPC of its own region, with a vSwitch of that VPC"),
  /** The VPC domain may be enabled on a shared instance or on a dedicated instance before binding. */
  D7("The VPC domain may be enabled on a shared instance or on a dedicated instance before binding"),
  /** Six bandwidth-plan areas; a region of unknown area is rejected. */
  D8("Six bandwidth-plan areas; a region of unknown area works, but no bandwidth plan covers it"),
  /** A VPC primary CIDR has a mask of /8 to /28, excluding reserved ranges. */
  D9("A VPC primary CIDR has a mask of /8 to /28, excluding reserved ranges"),
  /** VBRs carry static routes to data-center prefixes; data-center routes are declared by the user. */
  D10("VBRs carry static routes to data-center prefixes; data-center routes are declared by the user"),
  /** VPC access authorization names are unique per account and region. */
  D11("VPC access authorization names are unique per account and region"),
  /** Removing an authorization that APIs use is accepted; reachability reports it. */
  D12("Removing an authorization that APIs use is accepted; reachability reports it"),
  /** Cross-region traffic without allocated bandwidth is reachable at 1 Kbps, test only. */
  D13("Cross-region traffic without allocated bandwidth is reachable at 1 Kbps, test only"),
  /** A data-center client also needs a way to resolve the VPC domain. */
  D14("A data-center client also needs a way to resolve the VPC domain"),
  /** Data center to data center traffic through a CEN is denied by the default route map. */
  D15("Data center to data center traffic through a CEN is denied by the default route map"),
  /** State conflicts (InvalidOperation.*) answer HTTP 409. */
  D16("State conflicts (InvalidOperation.*) answer HTTP 409"),
  /** An inter-region bandwidth limit needs attached instances in both regions. */
  N1("An inter-region bandwidth limit needs attached instances in both regions"),
  /** A CEN learns and installs routes only in a VPC's system route table. */
  N2("A CEN learns and installs routes only in a VPC's system route table"),
  /** A default route map denies VBR to VBR traffic through a CEN. */
  N3("A default route map denies VBR to VBR traffic through a CEN"),
  /** Express Connect static routes beat CEN routes. */
  N4("Express Connect static routes beat CEN routes"),
  /** Private zones can be routed to data centers in the same region only. */
  N5("Private zones can be routed to data centers in the same region only"),
  /** One transit router per CEN and region. */
  E1("One transit router per CEN and region"),
  /** The transit router service must be opened before a transit router is created. */
  E2("The transit router service must be opened before a transit router is created"),
  /** A CEN with protection level FULL cannot use transit routers. */
  E3("A CEN with protection level FULL cannot use transit routers"),
  /** A VPC connection maps one vSwitch per zone, at least two zones where the region has several, at most 10. */
  E4("A VPC connection maps one vSwitch per zone, at least two zones where the region has several, at most 10"),
  /** A connection given a CEN and region but no router creates the Enterprise router. */
  E5("A connection given a CEN and region but no router creates the Enterprise router"),
  /** Quotas: connections per router, custom tables per router, 2000 entries per route table. */
  E6("Quotas: connections per router, custom tables per router, 2000 entries per route table"),
  /** A new connection (VPC, VBR or inter-region) is neither associated nor propagating and does not auto-publish. */
  E7("A new connection (VPC, VBR or inter-region) is neither associated nor propagating and does not auto-publish"),
  /** A connection is associated with at most one table; traffic from it is looked up there only. */
  E8("A connection is associated with at most one table; traffic from it is looked up there only"),
  /** A connection propagates its routes into one or more tables; a propagation exists once. */
  E9("A connection propagates its routes into one or more tables; a propagation exists once"),
  /** Basic Edition has one table with every route; Enterprise has tables, associations and propagations. */
  E10("Basic Edition has one table with every route; Enterprise has tables, associations and propagations"),
  /** Static and blackhole entries: one per destination and table, blackhole without next hop, next hop a connection of the router. */
  E11("Static and blackhole entries: one per destination and table, blackhole without next hop, next hop a connection of the router"),
  /** In a route table the longest prefix wins, then static over propagated, then the first installed. */
  E12("In a route table the longest prefix wins, then static over propagated, then the first installed"),
  /** An inter-region connection links two Enterprise routers of one CEN in different regions. */
  E13("An inter-region connection links two Enterprise routers of one CEN in different regions"),
  /** Inter-region bandwidth comes from an associated plan of the regions' area pair or is pay-by-data-transfer. */
  E14("Inter-region bandwidth comes from an associated plan of the regions' area pair or is pay-by-data-transfer"),
  /** Routes cross regions only through an inter-region connection associated and propagating on each router. */
  E15("Routes cross regions only through an inter-region connection associated and propagating on each router"),
  /** A VPC sends traffic to a router only through routes whose next hop is a connection. */
  E16("A VPC sends traffic to a router only through routes whose next hop is a connection"),
  /** A VBR connection needs the VBR in the router's region. */
  E17("A VBR connection needs the VBR in the router's region"),
  /** Another account's VPC needs a grant to the transit router. */
  E18("Another account's VPC needs a grant to the transit router"),
  /** A connection is deleted only without associations, propagations, and routes that use it, unless forced. */
  E19("A connection is deleted only without associations, propagations, and routes that use it, unless forced"),
  /** The system table is never deleted; a custom table only without associations, propagations and entries. */
  E20("The system table is never deleted; a custom table only without associations, propagations and entries"),
  /** A transit router is deleted only without connections and custom tables. */
  E21("A transit router is deleted only without connections and custom tables"),
  /** A CEN is deleted only without transit router connections, custom tables and associated plans. */
  E22("A CEN is deleted only without transit router connections, custom tables and associated plans"),
  /** Basic-only actions are refused on Enterprise routers and Enterprise-only actions on Basic ones. */
  E23("Basic-only actions are refused on Enterprise routers and Enterprise-only actions on Basic ones"),
  /** Creates, updates and deletes are asynchronous; transitional states allow only reads. */
  E24("Creates, updates and deletes are asynchronous; transitional states allow only reads"),
  /** Connections are created only on Enterprise routers. */
  E25("Connections are created only on Enterprise routers"),
  /** A VPC propagates its vSwitch routes, never 100.64.0.0/10; a VBR its data-center routes; a peer the remote table. */
  E26("A VPC propagates its vSwitch routes, never 100.64.0.0/10; a VBR its data-center routes; a peer the remote table"),
  /** An inter-region connection without bandwidth carries 1 Kbps test traffic only. */
  E27("An inter-region connection without bandwidth carries 1 Kbps test traffic only"),
  /** The inter-region connections drawing from one plan add up to at most its bandwidth. */
  E28("The inter-region connections drawing from one plan add up to at most its bandwidth"),
  /** SetCenInterRegionBandwidthLimit works only on Basic routers. */
  E29("SetCenInterRegionBandwidthLimit works only on Basic routers"),
  /** CreateCenChildInstanceRouteEntryToAttachment writes a route to a connection into the connected VPC or VBR. */
  E30("CreateCenChildInstanceRouteEntryToAttachment writes a route to a connection into the connected VPC or VBR"),
  /** A VBR connection with auto-publish advertises the router's routes to the VBR. */
  E31("A VBR connection with auto-publish advertises the router's routes to the VBR"),
  /** Teardown order: routes, static entries, associations and propagations, connections, tables, router, plans, CEN. */
  E32("Teardown order: routes, static entries, associations and propagations, connections, tables, router, plans, CEN"),
  /** DryRun on a create checks everything and answers DryRunOperation. */
  E33("DryRun on a create checks everything and answers DryRunOperation"),
  /** Billing: connections and data processing are charged; DataTransfer peers per GB. */
  E34("Billing: connections and data processing are charged; DataTransfer peers per GB"),
  /** Security groups act on an instance's network interfaces; cenkit models one primary interface per instance. */
  SG1("Security groups act on an instance's network interfaces; cenkit models one primary interface per instance"),
  /** Security group names need not be unique. */
  SG2("Security group names need not be unique"),
  /** A rule needs a peer; an empty CIDR does not mean everyone. */
  SG4("A rule needs a peer; an empty CIDR does not mean everyone"),
  /** A rule naming a peer group is an intranet rule. */
  SG5("A rule naming a peer group is an intranet rule"),
  /** Basic groups deny unmatched ingress except from members and allow all egress; advanced groups deny both. */
  SG10("Basic groups deny unmatched ingress except from members and allow all egress; advanced groups deny both"),
  /** Basic groups default to InnerAccessPolicy Accept; advanced groups are fixed to Drop. */
  SG11("Basic groups default to InnerAccessPolicy Accept; advanced groups are fixed to Drop"),
  /** Advanced groups cannot reference groups; basic groups have at most 20 group-reference rules. */
  SG12("Advanced groups cannot reference groups; basic groups have at most 20 group-reference rules"),
  /** InnerAccessPolicy Accept lets members reach each other over user rules; Drop yields to user rules. */
  SG13("InnerAccessPolicy Accept lets members reach each other over user rules; Drop yields to user rules"),
  /** Instances sharing any Accept group reach each other. */
  SG14("Instances sharing any Accept group reach each other"),
  /** Priority 1-100, smaller first; at equal priority drop beats accept. */
  SG16("Priority 1-100, smaller first; at equal priority drop beats accept"),
  /** A rule matches on protocol, destination port, remote address in the peer, and the quintuple local end. */
  SG17("A rule matches on protocol, destination port, remote address in the peer, and the quintuple local end"),
  /** The rules of every group on an interface are evaluated as one set. */
  SG18("The rules of every group on an interface are evaluated as one set"),
  /** All groups of one instance are of the same type. */
  SG19("All groups of one instance are of the same type"),
  /** Security groups are stateful: only the initiator's egress and the responder's ingress are checked. */
  SG20("Security groups are stateful: only the initiator's egress and the responder's ingress are checked"),
  /** Authorizing a rule that exists succeeds and adds nothing. */
  SG30("Authorizing a rule that exists succeeds and adds nothing"),
  /** IpProtocol is TCP, UDP, ICMP, GRE or ALL, case-insensitive. */
  SG40A("IpProtocol is TCP, UDP, ICMP, GRE or ALL, case-insensitive"),
  /** PortRange is start/end with ports 1-65535. */
  SG40B("PortRange is start/end with ports 1-65535"),
  /** PortRange is required. */
  SG40C("PortRange is required"),
  /** TCP and UDP need ports; ICMP, GRE and ALL need -1/-1. */
  SG40D("TCP and UDP need ports; ICMP, GRE and ALL need -1/-1"),
  /** A port range starts at 1 and does not end before it starts. */
  SG40E("A port range starts at 1 and does not end before it starts"),
  /** SourcePortRange is start/end with ports 1-65535. */
  SG40F("SourcePortRange is start/end with ports 1-65535"),
  /** Priority is an integer 1-100. */
  SG40G("Priority is an integer 1-100"),
  /** Policy is accept or drop. */
  SG40H("Policy is accept or drop"),
  /** NicType is internet or intranet. */
  SG40I("NicType is internet or intranet"),
  /** VPC groups and group peers use NicType intranet. */
  SG40J("VPC groups and group peers use NicType intranet"),
  /** SourceCidrIp is an IPv4 address or CIDR block. */
  SG40K("SourceCidrIp is an IPv4 address or CIDR block"),
  /** DestCidrIp is an IPv4 address or CIDR block. */
  SG40L("DestCidrIp is an IPv4 address or CIDR block"),
  /** Ingress rules need a source, egress rules a destination. */
  SG40M("Ingress rules need a source, egress rules a destination"),
  /** SourceCidrIp and DestCidrIp differ. */
  SG40N("SourceCidrIp and DestCidrIp differ"),
  /** A rule description is 1-512 characters. */
  SG40O("A rule description is 1-512 characters"),
  /** One Permissions list names a rule once. */
  SG40P("One Permissions list names a rule once"),
  /** A Permissions list has 1 to 100 entries. */
  SG40R("A Permissions list has 1 to 100 entries"),
  /** A rule CIDR may be a single address or have host bits set; it matches on the normalised block. */
  SG41("A rule CIDR may be a single address or have host bits set; it matches on the normalised block"),
  /** The security group exists. */
  SG42A("The security group exists"),
  /** Security group ids are well formed. */
  SG42B("Security group ids are well formed"),
  /** A peer group exists. */
  SG42C("A peer group exists"),
  /** A peer group is in the same VPC. */
  SG42D("A peer group is in the same VPC"),
  /** A rule does not name its own group as peer. */
  SG42E("A rule does not name its own group as peer"),
  /** Advanced groups cannot reference groups. */
  SG42G("Advanced groups cannot reference groups"),
  /** A basic group has at most 20 group-reference rules. */
  SG42H("A basic group has at most 20 group-reference rules"),
  /** A group has at most 200 rules. */
  SG43A("A group has at most 200 rules"),
  /** An instance is in at most 5 security groups. */
  SG43B("An instance is in at most 5 security groups"),
  /** A basic group holds at most 2000 instances. */
  SG43C("A basic group holds at most 2000 instances"),
  /** An advanced group holds at most 65536 network interfaces. */
  SG43D("An advanced group holds at most 65536 network interfaces"),
  /** A region has a limited number of security groups. */
  SG43E("A region has a limited number of security groups"),
  /** A group is deleted only without instances and without other groups' rules referencing it. */
  SG44("A group is deleted only without instances and without other groups' rules referencing it"),
  /** Revoking a rule that does not exist is rejected. */
  SG45("Revoking a rule that does not exist is rejected"),
  /** A VPC is deleted only without security groups. */
  SG46("A VPC is deleted only without security groups"),
  /** An instance's groups and vSwitch are in the same VPC. */
  SG47A("An instance's groups and vSwitch are in the same VPC"),
  /** A group an instance joins is in the instance's VPC. */
  SG47B("A group an instance joins is in the instance's VPC"),
  /** The groups and the vSwitch of a new instance exist. */
  SG47D("The groups and the vSwitch of a new instance exist"),
  /** The private IP lies in the vSwitch's CIDR block. */
  SG47E("The private IP lies in the vSwitch's CIDR block"),
  /** The private IP is a well-formed IPv4 address. */
  SG47F("The private IP is a well-formed IPv4 address"),
  /** A private IP is used once. */
  SG47G("A private IP is used once"),
  /** A vSwitch with no free address takes no instance. */
  SG47H("A vSwitch with no free address takes no instance"),
  /** A group is named once per instance. */
  SG47I("A group is named once per instance"),
  /** SecurityGroupId and SecurityGroupIds.N are not both given. */
  SG47J("SecurityGroupId and SecurityGroupIds.N are not both given"),
  /** An instance's groups are all basic or all advanced. */
  SG47K("An instance's groups are all basic or all advanced"),
  /** A VPC instance needs a vSwitch. */
  SG47L("A VPC instance needs a vSwitch"),
  /** Joining a group the instance is in is rejected. */
  SG47M("Joining a group the instance is in is rejected"),
  /** Join and Leave need a Running or Stopped instance. */
  SG47N("Join and Leave need a Running or Stopped instance"),
  /** An instance cannot leave its last group. */
  SG47O("An instance cannot leave its last group"),
  /** Leaving a group the instance is not in is rejected. */
  SG47P("Leaving a group the instance is not in is rejected"),
  /** The instance exists. */
  SG47Q("The instance exists"),
  /** A Running instance is deleted only with Force. */
  SG47R("A Running instance is deleted only with Force"),
  /** The private IP is a usable address of the vSwitch, not a reserved one. */
  SG48("The private IP is a usable address of the vSwitch, not a reserved one"),
  /** A VPC access authorization may name an ECS instance, whose groups must admit the gateway. */
  SG50("A VPC access authorization may name an ECS instance, whose groups must admit the gateway"),
  /** A backend sees a dedicated gateway's VPC egress block, or a vpc_connect gateway's interface address. */
  SG51("A backend sees a dedicated gateway's VPC egress block, or a vpc_connect gateway's interface address"),
  /** Replies to the gateway need no egress rule on the backend. */
  SG54("Replies to the gateway need no egress rule on the backend"),
  /** A client instance's egress rules apply to its calls. */
  SG55("A client instance's egress rules apply to its calls"),
  /** Data-center hosts have no security group. */
  SG56("Data-center hosts have no security group"),
  /** An address that is an instance's private IP is filtered by that instance's groups. */
  SG57("An address that is an instance's private IP is filtered by that instance's groups"),
  /** Groups on one interface are unioned; priority, then drop over accept; no match gives the type's default. */
  SD1("Groups on one interface are unioned; priority, then drop over accept; no match gives the type's default"),
  /** RunInstances needs at least one security group; none is created by default. */
  SD12("RunInstances needs at least one security group; none is created by default"),
  /** DeleteInstance on a Running instance without Force is IncorrectInstanceStatus. */
  SD13("DeleteInstance on a Running instance without Force is IncorrectInstanceStatus"),
  /** A rule admits a gateway's egress block only if it covers the whole block. */
  SD16("A rule admits a gateway's egress block only if it covers the whole block"),
  /** A no-op authorize commits no new snapshot version. */
  SD18("A no-op authorize commits no new snapshot version"),
  /** Mixed group types on one instance are refused with InvalidSecurityGroup.TypeMismatch. */
  SD19("Mixed group types on one instance are refused with InvalidSecurityGroup.TypeMismatch"),
  /** A client calls an API on the gateway's port for the API's protocol: 80 for HTTP, 443 for HTTPS. */
  SD20("A client calls an API on the gateway's port for the API's protocol: 80 for HTTP, 443 for HTTPS");

  private final String title;

  RuleId(String title) {
    this.title = title;
  }

  /** A one-line summary of the rule, used in error messages and reachability explanations. */
  public String title() {
    return title;
  }

  /** The rule id followed by its summary, e.g. {@code "R6 (A network instance is attached to at most one CEN)"}. */
  public String describe() {
    return name() + " (" + title + ")";
  }
}
