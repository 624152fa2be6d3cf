package dev.cenkit.inmemory.rules;

import dev.cenkit.error.ErrorCode;
import dev.cenkit.error.RuleId;
import dev.cenkit.inmemory.state.Snapshot;
import dev.cenkit.model.Cidr;
import dev.cenkit.model.ecs.IpProtocol;
import dev.cenkit.model.ecs.PortRange;
import dev.cenkit.model.ecs.RuleDirection;
import dev.cenkit.model.ecs.RulePolicy;
import dev.cenkit.model.ecs.SecurityGroup;
import dev.cenkit.model.ecs.SecurityGroupId;
import dev.cenkit.model.ecs.SecurityGroupRule;
import dev.cenkit.model.ecs.SecurityGroupRuleId;
import dev.cenkit.model.ecs.SecurityGroupType;
import dev.cenkit.spi.ecs.Permission;
import inet.ipaddr.AddressStringException;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The security group rules of {@code security-groups.md}: rule fields (SG40), peers and group references
 * (SG42), quotas (SG43a, SG42h), idempotent authorize (SG30), revoke (SG45) and group deletion (SG44). Each
 * check names its rule.
 */
public final class SecurityGroupRules {
  private static final Pattern RANGE = Pattern.compile("(-?\\d{1,6})/(-?\\d{1,6})");
  private static final Pattern GROUP_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9:_.\\-]{1,127}");

  /** The most group-reference rules of a basic group (SG12, SG42h). */
  public static final int GROUP_REFERENCES_PER_GROUP = 20;

  private SecurityGroupRules() {}

  /** SG42a: the group exists, else {@code InvalidSecurityGroupId.NotFound}. */
  public static SecurityGroup sg42aGroup(Snapshot s, SecurityGroupId id) {
    return s.ecs()
        .securityGroup(id)
        .orElseThrow(
            () -> ErrorCode.SG_NOT_FOUND.exception(RuleId.SG42A, "security group " + id + " does not exist", id));
  }

  /** A group name: 2-128 characters, starting with a letter, of letters, digits, ':', '_', '.', '-' (not http://). */
  public static void groupName(String name) {
    if (!GROUP_NAME.matcher(name).matches() || name.startsWith("http://") || name.startsWith("https://")) {
      throw ErrorCode.INVALID_NAME.exception(
          null,
          "security group name '" + name + "' must be 2-128 characters, start with a letter and use letters, digits, ':', '_', '.', '-'",
          name);
    }
  }

  /** A group description: 2-256 characters, not starting with http:// or https://. */
  public static void groupDescription(String description) {
    if (description.length() < 2 || description.length() > 256 || description.startsWith("http://") || description.startsWith("https://")) {
      throw ErrorCode.INVALID_DESCRIPTION.exception(
          null, "security group description must be 2-256 characters, not starting with http:// or https://", description);
    }
  }

  /** SG43e: a region holds at most {@code quota} groups ({@code QuotaExceed.SecurityGroup}, emulator code). */
  public static void sg43eGroupQuota(Snapshot s, dev.cenkit.model.RegionId region, int quota) {
    int count = s.ecs().groupCountIn(region);
    if (count >= quota) {
      throw ErrorCode.SG_QUOTA_EXCEEDED.exception(
          RuleId.SG43E, "region " + region + " already has " + count + " security groups; the quota is " + quota + " (emulator code)", region);
    }
  }

  /** SG44: a group is deleted only without members and without other groups' rules naming it. */
  public static void sg44Deletable(Snapshot s, SecurityGroup group) {
    List<dev.cenkit.model.ecs.EcsInstanceId> members = s.ecs().membersOf(group.id());
    if (!members.isEmpty()) {
      throw ErrorCode.SG_DEPENDENCY_VIOLATION.exception(
          RuleId.SG44, "security group " + group.id() + " still has " + members.size() + " instance(s), e.g. " + members.get(0),
          group.id(), members.get(0));
    }
    List<SecurityGroupId> referencing = s.ecs().groupsReferencing(group.id());
    if (!referencing.isEmpty()) {
      throw ErrorCode.SG_DEPENDENCY_VIOLATION.exception(
          RuleId.SG44, "security group " + group.id() + " is still named by rules of " + referencing.get(0),
          group.id(), referencing.get(0));
    }
  }

  /** SG11: an advanced group's members are always isolated; its InnerAccessPolicy cannot change. */
  public static void sg11PolicyChangeable(SecurityGroup group) {
    if (group.type() == SecurityGroupType.ENTERPRISE) {
      throw ErrorCode.SG_INNER_ACCESS_POLICY_FIXED.exception(
          RuleId.SG11, "advanced security group " + group.id() + " always isolates its members; its InnerAccessPolicy is Drop (emulator code)",
          group.id());
    }
  }

  /** SG40r: a Permissions list has 1 to 100 entries. */
  public static void sg40rPermissionCount(int count) {
    if (count < 1 || count > 100) {
      throw ErrorCode.SG_INVALID_PERMISSIONS.exception(
          RuleId.SG40R, "Permissions must have 1 to 100 entries, got " + count + " (emulator code)", count);
    }
  }

  /**
   * Checks one permission of {@code group} and returns the rule it describes, with {@code id} as its id. The
   * checks run in the order of the reference: protocol and ports (SG40a-f), priority, policy, NIC type
   * (SG40g-j), peers (SG40k-n, SG42b-g), description (SG40o).
   */
  public static SecurityGroupRule parse(Snapshot s, SecurityGroup group, RuleDirection direction, Permission p, SecurityGroupRuleId id) {
    IpProtocol protocol = sg40aProtocol(p.ipProtocol());
    PortRange ports = sg40dPorts(protocol, sg40bPortRange(p.portRange().orElseThrow(() -> ErrorCode.SG_PORT_RANGE_MISSING.exception(
        RuleId.SG40C, "PortRange must be set (e.g. 443/443, or -1/-1 for " + protocol + ")", protocol))));
    Optional<PortRange> sourcePorts = p.sourcePortRange().map(SecurityGroupRules::sg40fSourcePortRange);
    int priority = sg40gPriority(p.priority());
    RulePolicy policy = sg40hPolicy(p.policy());
    sg40jNicType(direction, sg40iNicType(p.nicType()));
    boolean ingress = direction == RuleDirection.INGRESS;
    Optional<String> peerText = ingress ? p.sourceCidrIp() : p.destCidrIp();
    Optional<String> localText = ingress ? p.destCidrIp() : p.sourceCidrIp();
    Optional<Cidr> peerCidr = peerText.map(t -> cidr(t, ingress, ingress ? RuleId.SG40K : RuleId.SG40L));
    Optional<Cidr> localCidr = localText.map(t -> cidr(t, !ingress, ingress ? RuleId.SG40L : RuleId.SG40K));
    if (p.sourceCidrIp().isPresent() && p.destCidrIp().isPresent()
        && p.sourceCidrIp().get().trim().equals(p.destCidrIp().get().trim())) {
      throw ErrorCode.SG_PARAMETER_CONFLICT.exception(
          RuleId.SG40N, "SourceCidrIp and DestCidrIp are both " + p.sourceCidrIp().get(), p.sourceCidrIp().get());
    }
    Optional<String> peerGroupText = ingress ? p.sourceGroupId() : p.destGroupId();
    Optional<SecurityGroupId> peerGroup = Optional.empty();
    if (peerCidr.isEmpty()) { // SG3: a CIDR beats a group when both are given
      peerGroup = peerGroupText.map(t -> sg42PeerGroup(s, group, direction, t));
    }
    if (peerCidr.isEmpty() && peerGroup.isEmpty()) {
      throw (ingress ? ErrorCode.SG_MISSING_SOURCE : ErrorCode.SG_MISSING_DEST).exception(
          RuleId.SG40M,
          "an " + direction + " rule needs " + (ingress ? "SourceCidrIp or SourceGroupId" : "DestCidrIp or DestGroupId")
              + "; an empty CIDR does not mean everyone, use 0.0.0.0/0 (SG4)",
          group.id());
    }
    Optional<String> description = p.description().map(SecurityGroupRules::sg40oDescription);
    return SecurityGroupRule.builder()
        .id(id)
        .direction(direction)
        .protocol(protocol)
        .portRange(ports)
        .sourcePortRange(sourcePorts)
        .peerCidr(peerCidr)
        .peerCidrText(peerCidr.isPresent() ? peerText.map(String::trim) : Optional.empty())
        .peerGroupId(peerGroup)
        .localCidr(localCidr)
        .policy(policy)
        .priority(priority)
        .description(description)
        .build();
  }

  /** SG40a: the protocol is TCP, UDP, ICMP, GRE or ALL, case-insensitive. */
  static IpProtocol sg40aProtocol(String text) {
    return IpProtocol.byApiValue(text).orElseThrow(() -> ErrorCode.SG_INVALID_IP_PROTOCOL.exception(
        RuleId.SG40A, "IpProtocol '" + text + "' is not TCP, UDP, ICMP, GRE or ALL", text));
  }

  /** SG40b, SG40e: {@code start/end}, integers, -1/-1 or 1 to 65535 with start <= end. */
  static PortRange sg40bPortRange(String text) {
    Matcher m = RANGE.matcher(text.trim());
    if (!m.matches()) {
      throw ErrorCode.SG_INVALID_PORT_RANGE.exception(
          RuleId.SG40B, "PortRange '" + text + "' must be two integers less than 65536 in start/end format", text);
    }
    int start = Integer.parseInt(m.group(1));
    int end = Integer.parseInt(m.group(2));
    if (start == -1 && end == -1) {
      return PortRange.ANY;
    }
    if (start < -1 || end < -1 || start > 65535 || end > 65535 || start == -1 || end == -1) {
      throw ErrorCode.SG_INVALID_PORT_RANGE.exception(
          RuleId.SG40B, "PortRange '" + text + "' must be -1/-1 or ports 1-65535", text);
    }
    if (start == 0 || end == 0 || start > end) {
      throw ErrorCode.SG_INVALID_PORT_RANGE.exception(
          RuleId.SG40E, "PortRange '" + text + "' must start at 1 or more and not end before it starts", text);
    }
    return PortRange.of(start, end);
  }

  /** SG40d: TCP and UDP name ports; ICMP, GRE and ALL use -1/-1. */
  static PortRange sg40dPorts(IpProtocol protocol, PortRange ports) {
    if (protocol.hasPorts() == ports.isAny()) {
      throw ErrorCode.SG_PROTOCOL_PORT_MISMATCH.exception(
          RuleId.SG40D,
          "IpProtocol " + protocol + " and PortRange " + ports + " do not match: "
              + (protocol.hasPorts() ? protocol + " needs ports 1-65535" : protocol + " needs -1/-1"),
          protocol, ports);
    }
    return ports;
  }

  /** SG40f: a source port range is {@code start/end} of ports 1-65535, or -1/-1. */
  static PortRange sg40fSourcePortRange(String text) {
    Matcher m = RANGE.matcher(text.trim());
    if (m.matches()) {
      int start = Integer.parseInt(m.group(1));
      int end = Integer.parseInt(m.group(2));
      if (start == -1 && end == -1) {
        return PortRange.ANY;
      }
      if (start >= 1 && end <= 65535 && start <= end) {
        return PortRange.of(start, end);
      }
    }
    throw ErrorCode.SG_INVALID_SOURCE_PORT_RANGE.exception(
        RuleId.SG40F, "SourcePortRange '" + text + "' must be start/end with ports 1-65535", text);
  }

  /** SG40g: the priority is an integer 1 to 100; 1 when absent. */
  static int sg40gPriority(Optional<String> text) {
    if (text.isEmpty()) {
      return 1;
    }
    try {
      int p = Integer.parseInt(text.get().trim());
      if (p >= 1 && p <= 100) {
        return p;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw ErrorCode.SG_INVALID_PRIORITY.exception(
        RuleId.SG40G, "Priority '" + text.get() + "' must be an integer 1-100", text.get());
  }

  /** SG40h: the policy is accept (the default) or drop. */
  static RulePolicy sg40hPolicy(Optional<String> text) {
    if (text.isEmpty()) {
      return RulePolicy.ACCEPT;
    }
    switch (text.get().trim().toLowerCase(Locale.ROOT)) {
      case "accept":
        return RulePolicy.ACCEPT;
      case "drop":
        return RulePolicy.DROP;
      default:
        throw ErrorCode.SG_INVALID_POLICY.exception(
            RuleId.SG40H, "Policy '" + text.get() + "' must be accept or drop", text.get());
    }
  }

  /** SG40i: the NIC type is internet or intranet; intranet when absent (a VPC group). */
  static String sg40iNicType(Optional<String> text) {
    String nic = text.map(t -> t.trim().toLowerCase(Locale.ROOT)).orElse("intranet");
    if (!nic.equals("internet") && !nic.equals("intranet")) {
      throw ErrorCode.SG_INVALID_NIC_TYPE.exception(
          RuleId.SG40I, "NicType '" + text.orElse("") + "' must be internet or intranet", text.orElse(""));
    }
    return nic;
  }

  /** SG40j: VPC groups have only intranet rules. */
  static void sg40jNicType(RuleDirection direction, String nic) {
    if (!nic.equals("intranet")) {
      throw (direction == RuleDirection.INGRESS ? ErrorCode.SG_SOURCE_GROUP_MISMATCH : ErrorCode.SG_DEST_GROUP_MISMATCH).exception(
          RuleId.SG40J, "NicType expects intranet: security groups of a VPC have no internet rules", nic);
    }
  }

  /** SG40o: a rule description is 1-512 characters. */
  static String sg40oDescription(String text) {
    if (text.isEmpty() || text.length() > 512) {
      throw ErrorCode.SG_INVALID_RULE_DESCRIPTION.exception(
          RuleId.SG40O, "a rule description must be 1-512 characters, got " + text.length(), text.length());
    }
    return text;
  }

  /**
   * SG40k, SG40l, SG41: an IPv4 address (a /32, SD8) or a CIDR block, whose host bits may be set; the rule
   * matches on the normalised block.
   */
  static Cidr cidr(String text, boolean source, RuleId rule) {
    String t = text.trim();
    ErrorCode code = source ? ErrorCode.SG_INVALID_SOURCE_CIDR : ErrorCode.SG_INVALID_DEST_CIDR;
    String field = source ? "SourceCidrIp" : "DestCidrIp";
    try {
      IPAddress a = new IPAddressString(t).toAddress();
      if (a == null || !a.isIPv4() || t.isEmpty()) {
        throw code.exception(rule, field + " '" + text + "' is not an IPv4 address or CIDR block", text);
      }
      IPAddress block = a.getNetworkPrefixLength() == null ? a.setPrefixLength(32, false) : a;
      return Cidr.of(block.toPrefixBlock().toCanonicalString());
    } catch (AddressStringException e) {
      throw code.exception(rule, field + " '" + text + "' is not an IPv4 address or CIDR block: " + e.getMessage(), text);
    }
  }

  /** SG42b-SG42g: a peer group is well formed, exists, is in the same VPC, is not the group itself, and the group is basic. */
  static SecurityGroupId sg42PeerGroup(Snapshot s, SecurityGroup group, RuleDirection direction, String text) {
    boolean ingress = direction == RuleDirection.INGRESS;
    if (!SecurityGroupId.KIND.matches(text.trim())) {
      throw ErrorCode.SG_MALFORMED.exception(
          RuleId.SG42B, (ingress ? "SourceGroupId" : "DestGroupId") + " '" + text + "' is not a security group id like "
              + SecurityGroupId.KIND.example(), text);
    }
    SecurityGroupId peer = SecurityGroupId.of(text.trim());
    if (group.type() == SecurityGroupType.ENTERPRISE) {
      throw ErrorCode.SG_GROUP_AUTH_DENIED.exception(
          RuleId.SG42G, "advanced security group " + group.id() + " cannot reference other groups; name a CIDR block instead",
          group.id(), peer);
    }
    if (peer.equals(group.id())) {
      throw (ingress ? ErrorCode.SG_PARAMETER_CONFLICT : ErrorCode.SG_IS_SAME).exception(
          RuleId.SG42E, "security group " + group.id() + " should be different from the " + (ingress ? "SourceGroupId" : "DestGroupId"),
          peer);
    }
    SecurityGroup other = s.ecs().securityGroups().get(peer);
    if (other == null) {
      throw (ingress ? ErrorCode.SG_SOURCE_GROUP_NOT_FOUND : ErrorCode.SG_DEST_GROUP_NOT_FOUND).exception(
          RuleId.SG42C, "peer security group " + peer + " does not exist", peer);
    }
    if (!other.vpcId().equals(group.vpcId())) {
      throw (ingress ? ErrorCode.SG_SOURCE_GROUP_MISMATCH : ErrorCode.SG_DEST_GROUP_MISMATCH).exception(
          RuleId.SG42D, "peer security group " + peer + " is in " + other.vpcId() + ", not in " + group.vpcId() + " with " + group.id(),
          peer, other.vpcId(), group.vpcId());
    }
    return peer;
  }

  /** SG40p: one list names a rule once. */
  public static void sg40pNoDuplicates(List<SecurityGroupRule> rules) {
    for (int i = 0; i < rules.size(); i++) {
      for (int j = i + 1; j < rules.size(); j++) {
        if (rules.get(i).sameRuleAs(rules.get(j))) {
          throw ErrorCode.SG_DUPLICATE_PERMISSIONS.exception(
              RuleId.SG40P, "Permissions " + (i + 1) + " and " + (j + 1) + " describe the same rule", i + 1, j + 1);
        }
      }
    }
  }

  /** SG30: the rules the group does not have yet, in request order. */
  public static List<SecurityGroupRule> sg30NewRules(SecurityGroup group, List<SecurityGroupRule> asked) {
    List<SecurityGroupRule> out = new ArrayList<>();
    for (SecurityGroupRule r : asked) {
      if (group.rules().stream().noneMatch(r::sameRuleAs)) {
        out.add(r);
      }
    }
    return out;
  }

  /** SG43a, SG42h: the group stays within its rule quota and, if basic, 20 group-reference rules. */
  public static void sg43aQuota(SecurityGroup group, List<SecurityGroupRule> added, int quota) {
    int total = group.rules().size() + added.size();
    if (total > quota) {
      throw ErrorCode.SG_AUTHORIZATION_LIMIT.exception(
          RuleId.SG43A, "security group " + group.id() + " would have " + total + " rules; the quota is " + quota, group.id());
    }
    long refs = group.groupReferences().size() + added.stream().filter(r -> r.peerGroupId().isPresent()).count();
    if (refs > GROUP_REFERENCES_PER_GROUP) {
      throw ErrorCode.SG_GROUP_RULE_LIMIT.exception(
          RuleId.SG42H, "security group " + group.id() + " would have " + refs + " group-reference rules; at most "
              + GROUP_REFERENCES_PER_GROUP + " are allowed", group.id());
    }
  }

  /** SG45: a rule to revoke by id is a rule of the group in that direction. */
  public static SecurityGroupRule sg45RuleById(SecurityGroup group, RuleDirection direction, SecurityGroupRuleId id) {
    return group.rule(id).filter(r -> r.direction() == direction).orElseThrow(() -> ErrorCode.SG_RULE_ID_NOT_FOUND.exception(
        RuleId.SG45, "security group " + group.id() + " has no " + direction + " rule " + id, group.id(), id));
  }

  /** SG45: a rule to revoke by its fields is a rule of the group. */
  public static SecurityGroupRule sg45RuleByFields(SecurityGroup group, SecurityGroupRule asked) {
    return group.rules().stream().filter(asked::sameRuleAs).findFirst().orElseThrow(() -> ErrorCode.SG_RULE_NOT_EXIST.exception(
        RuleId.SG45, "security group " + group.id() + " has no rule " + asked.summary().replaceFirst("^\\S+ ", ""), group.id()));
  }
}
