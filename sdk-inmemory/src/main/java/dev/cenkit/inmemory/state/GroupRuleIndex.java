package dev.cenkit.inmemory.state;

import dev.cenkit.model.Checks;
import dev.cenkit.model.ecs.IpProtocol;
import dev.cenkit.model.ecs.RuleDirection;
import dev.cenkit.model.ecs.RulePolicy;
import dev.cenkit.model.ecs.SecurityGroup;
import dev.cenkit.model.ecs.SecurityGroupRule;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The rules of one security group indexed by direction, packet protocol and destination port, so that a lookup
 * costs a map search instead of a pass over every rule (issue 13, item 6). For each (direction, protocol) the
 * port line 1-65535 is cut into segments at every rule boundary; each segment holds the rules that cover it, in
 * evaluation order: priority first, then drop before accept (SG16), then the order they were authorized.
 *
 * <p>Built once per group value, when the group changes; immutable afterwards.
 */
public final class GroupRuleIndex {
  /** Evaluation order of rules (SG16): smaller priority first, drop before accept at equal priority. */
  public static final Comparator<SecurityGroupRule> EVALUATION_ORDER =
      Comparator.comparingInt(SecurityGroupRule::priority)
          .thenComparing(r -> r.policy() == RulePolicy.DROP ? 0 : 1);

  private static final IpProtocol[] PACKET_PROTOCOLS = {IpProtocol.TCP, IpProtocol.UDP, IpProtocol.ICMP, IpProtocol.GRE};

  private final Map<RuleDirection, Map<IpProtocol, NavigableMap<Integer, List<SecurityGroupRule>>>> segments =
      new EnumMap<>(RuleDirection.class);

  private GroupRuleIndex(SecurityGroup group) {
    for (RuleDirection d : RuleDirection.values()) {
      Map<IpProtocol, NavigableMap<Integer, List<SecurityGroupRule>>> byProtocol = new EnumMap<>(IpProtocol.class);
      List<SecurityGroupRule> rules = group.rules(d);
      for (IpProtocol p : PACKET_PROTOCOLS) {
        List<SecurityGroupRule> relevant = new ArrayList<>();
        for (SecurityGroupRule r : rules) {
          if (r.protocol().matches(p)) {
            relevant.add(r);
          }
        }
        relevant.sort(EVALUATION_ORDER); // stable: equal rules keep the order they were authorized
        byProtocol.put(p, cut(relevant, p.hasPorts()));
      }
      segments.put(d, byProtocol);
    }
  }

  /** The index of {@code group}'s rules. */
  public static GroupRuleIndex of(SecurityGroup group) {
    Checks.required(group, "group");
    return new GroupRuleIndex(group);
  }

  private static NavigableMap<Integer, List<SecurityGroupRule>> cut(List<SecurityGroupRule> rules, boolean ports) {
    NavigableMap<Integer, List<SecurityGroupRule>> out = new TreeMap<>();
    if (!ports) {
      out.put(1, List.copyOf(rules));
      return out;
    }
    TreeSet<Integer> starts = new TreeSet<>();
    starts.add(1);
    for (SecurityGroupRule r : rules) {
      starts.add(r.portRange().low());
      if (r.portRange().high() < 65535) {
        starts.add(r.portRange().high() + 1);
      }
    }
    for (int start : starts) {
      List<SecurityGroupRule> covering = new ArrayList<>();
      for (SecurityGroupRule r : rules) {
        if (r.portRange().low() <= start && start <= r.portRange().high()) {
          covering.add(r);
        }
      }
      out.put(start, List.copyOf(covering));
    }
    return out;
  }

  /**
   * The rules of {@code direction} that match {@code protocol} and destination {@code port} (ignored for ICMP and
   * GRE), in evaluation order (SG16).
   */
  public List<SecurityGroupRule> candidates(RuleDirection direction, IpProtocol protocol, int port) {
    if (protocol == IpProtocol.ALL) {
      throw new IllegalArgumentException("a packet has one protocol, not ALL");
    }
    NavigableMap<Integer, List<SecurityGroupRule>> byPort = segments.get(direction).get(protocol);
    Map.Entry<Integer, List<SecurityGroupRule>> e = byPort.floorEntry(protocol.hasPorts() ? Math.max(port, 1) : 1);
    return e == null ? List.of() : e.getValue();
  }
}
