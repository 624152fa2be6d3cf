package dev.cenkit.error;

/**
 * The rules of {@code alibaba-cloud-rules.md} that cenkit cites: R1 to R80 (the catalog of real Alibaba
 * Cloud behaviour), D1 to D16 (cenkit's decisions where the sources are silent) and N1 to N5 (Basic-era
 * rules found later). Rule numbers are stable; every rejection names the rule it enforces.
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
  N5("Private zones can be routed to data centers in the same region only");

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
