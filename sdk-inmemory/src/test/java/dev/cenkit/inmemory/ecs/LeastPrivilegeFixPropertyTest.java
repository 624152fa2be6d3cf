package dev.cenkit.inmemory.ecs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cenkit.error.CenkitException;
import dev.cenkit.model.ecs.EcsInstance;
import dev.cenkit.model.ecs.InnerAccessPolicy;
import dev.cenkit.model.ecs.SecurityGroup;
import dev.cenkit.model.ecs.SecurityGroupType;
import dev.cenkit.reach.Blocker;
import dev.cenkit.reach.EcsHost;
import dev.cenkit.reach.Fix;
import dev.cenkit.reach.NetworkQuestion;
import dev.cenkit.reach.Protocol;
import dev.cenkit.reach.ReachabilityAnalyzer;
import dev.cenkit.reach.ReachabilityAnswer;
import dev.cenkit.reach.Verdict;
import dev.cenkit.spi.ecs.ModifySecurityGroupPolicyRequest;
import dev.cenkit.spi.ecs.Permission;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The property of issue 13 item 3: applying an answer's security group fixes makes the asked flow reachable and
 * opens no other (source, destination, protocol, port) flow among the instances of the cloud. Each case is a
 * random cloud of instances and groups with random rules (priorities, accept and drop, ports, peers).
 */
class LeastPrivilegeFixPropertyTest {
  private static final int CASES = 60;
  private static final int LOW_PORT = 20;
  private static final int HIGH_PORT = 26;

  private record Flow(int from, int to, Protocol protocol, int port) {}

  @Test
  void applyingAnAnswersFixesOpensTheAskedFlowAndNothingElse() {
    int fixed = 0;
    for (int seed = 1; seed <= CASES; seed++) {
      Random random = new Random(seed);
      EcsFixture f = new EcsFixture();
      List<EcsInstance> hosts = randomCloud(f, random);
      Flow asked = new Flow(random.nextInt(hosts.size()), random.nextInt(hosts.size()), Protocol.TCP,
          LOW_PORT + random.nextInt(HIGH_PORT - LOW_PORT + 1));
      if (asked.from() == asked.to()) {
        continue;
      }
      ReachabilityAnswer answer = ask(f.cloud.reachability(), hosts, asked);
      if (answer.verdict() == Verdict.REACHABLE || answer.blockers().stream().anyMatch(b -> b.fixes().isEmpty())) {
        continue;
      }
      Set<Flow> before = reachable(f, hosts);
      for (Blocker b : answer.blockers()) {
        for (Fix fix : b.fixes()) {
          f.cloud.apply(fix.spec());
        }
      }
      Set<Flow> after = reachable(f, hosts);
      Set<Flow> opened = new HashSet<>(after);
      opened.removeAll(before);
      assertThat(opened).as("seed %d: fixes %s", seed, answer.blockers()).containsExactly(asked);
      assertThat(before).as("seed %d: nothing closes", seed).isSubsetOf(after);
      fixed++;
    }
    assertThat(fixed).as("cases where fixes were applied").isGreaterThan(CASES / 4);
  }

  private static ReachabilityAnswer ask(ReachabilityAnalyzer analyzer, List<EcsInstance> hosts, Flow flow) {
    return analyzer.answer(new NetworkQuestion(
        EcsHost.of(hosts.get(flow.from())), EcsHost.of(hosts.get(flow.to())), flow.protocol(), flow.port()));
  }

  private static Set<Flow> reachable(EcsFixture f, List<EcsInstance> hosts) {
    ReachabilityAnalyzer analyzer = f.cloud.reachability();
    Set<Flow> out = new HashSet<>();
    for (int from = 0; from < hosts.size(); from++) {
      for (int to = 0; to < hosts.size(); to++) {
        if (from == to) {
          continue;
        }
        for (Protocol p : List.of(Protocol.TCP, Protocol.UDP)) {
          for (int port = LOW_PORT - 1; port <= HIGH_PORT + 1; port++) {
            Flow flow = new Flow(from, to, p, port);
            if (ask(analyzer, hosts, flow).verdict() == Verdict.REACHABLE) {
              out.add(flow);
            }
          }
        }
      }
    }
    return out;
  }

  private static List<EcsInstance> randomCloud(EcsFixture f, Random random) {
    SecurityGroupType type = random.nextInt(3) == 0 ? SecurityGroupType.ENTERPRISE : SecurityGroupType.NORMAL;
    List<SecurityGroup> groups = new ArrayList<>();
    for (int g = 0; g < 3; g++) {
      SecurityGroup group = f.group(f.vpc, type);
      if (type == SecurityGroupType.NORMAL && random.nextBoolean()) {
        group = f.cloud.modifySecurityGroupPolicy(ModifySecurityGroupPolicyRequest.builder()
            .securityGroupId(group.id()).innerAccessPolicy(InnerAccessPolicy.DROP).build());
      }
      groups.add(group);
    }
    List<EcsInstance> hosts = new ArrayList<>();
    for (int h = 0; h < 4; h++) {
      int n = h;
      List<SecurityGroup> mine = new ArrayList<>(List.of(groups.get(random.nextInt(groups.size()))));
      if (random.nextBoolean()) {
        SecurityGroup extra = groups.get(random.nextInt(groups.size()));
        if (!mine.contains(extra)) {
          mine.add(extra);
        }
      }
      hosts.add(f.cloud.runInstances(b -> b.region(f.vsw.region()).vSwitchId(f.vsw.id()).privateIpAddress("10.0.1." + (10 + n))
          .securityGroupIds(mine.stream().map(SecurityGroup::id).toList())).get(0));
    }
    for (SecurityGroup g : groups) {
      int rules = random.nextInt(7);
      for (int r = 0; r < rules; r++) {
        boolean ingress = random.nextBoolean();
        int start = LOW_PORT + random.nextInt(HIGH_PORT - LOW_PORT + 1);
        int end = Math.min(HIGH_PORT + 1, start + random.nextInt(3));
        Permission.Builder p = Permission.builder()
            .ipProtocol(random.nextInt(4) == 0 ? "UDP" : "TCP")
            .portRange(start + "/" + end)
            .priority(Integer.toString(1 + random.nextInt(5)))
            .policy(random.nextInt(3) == 0 ? "drop" : "accept");
        String peer = switch (random.nextInt(4)) {
          case 0 -> "0.0.0.0/0";
          case 1 -> "10.0.1.0/28";
          default -> "10.0.1." + (10 + random.nextInt(4));
        };
        boolean groupPeer = type == SecurityGroupType.NORMAL && random.nextInt(5) == 0;
        SecurityGroup other = groups.get(random.nextInt(groups.size()));
        if (groupPeer && !other.id().equals(g.id())) {
          if (ingress) {
            p.sourceGroupId(other.id().value());
          } else {
            p.destGroupId(other.id().value());
          }
        } else if (ingress) {
          p.sourceCidrIp(peer);
        } else {
          p.destCidrIp(peer);
        }
        try {
          if (ingress) {
            f.allowIn(g, p.build());
          } else {
            f.allowOut(g, p.build());
          }
        } catch (CenkitException e) {
          // a random rule the cloud refuses (e.g. its quota) is simply not added
        }
      }
    }
    return hosts;
  }
}
