package dev.cenkit.diagram;

import static dev.cenkit.model.RegionId.CN_BEIJING;
import static dev.cenkit.model.RegionId.CN_HANGZHOU;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cenkit.dsl.ApplyResult;
import dev.cenkit.dsl.Cen;
import dev.cenkit.dsl.Spec;
import dev.cenkit.dsl.VpcSpec;
import dev.cenkit.inmemory.InMemoryCloud;
import dev.cenkit.model.vpc.Vpc;
import dev.cenkit.reach.ReachabilityAnswer;
import dev.cenkit.reach.VpcHost;
import org.junit.jupiter.api.Test;

class MermaidDiagramTest {
  private final InMemoryCloud cloud = InMemoryCloud.create();
  private final VpcSpec vpc1 = Vpc.in(CN_HANGZHOU).named("VPC-1").cidr("172.16.0.0/16").vSwitch("cn-hangzhou-h", "172.16.1.0/24");
  private final VpcSpec vpc3 = Vpc.in(CN_BEIJING).named("VPC-3").cidr("10.3.0.0/16").vSwitch("cn-beijing-a", "10.3.1.0/24");

  @Test
  void regionsAreSubgraphsAndAttachmentsAreEdges() {
    cloud.apply(Cen.create().named("api-mesh").attach(vpc1).attach(vpc3));

    String diagram = MermaidDiagram.of(cloud.snapshot());

    assertThat(diagram)
        .startsWith("flowchart LR\n")
        .contains("subgraph n_cn_hangzhou[\"cn-hangzhou (China)\"]")
        .contains("subgraph n_cn_beijing[\"cn-beijing (China)\"]")
        .contains("[\"VPC VPC-1<br/>172.16.0.0/16\"]")
        .contains("{{\"CEN api-mesh\"}}");
    assertThat(diagram.lines().filter(l -> l.contains(" --- "))).hasSize(2);
  }

  @Test
  void theAnswersPathIsHighlightedAndBlockedComponentsAreMarked() {
    ApplyResult r = cloud.apply(Spec.of(Cen.create().named("api-mesh").attach(vpc1), vpc3));
    ReachabilityAnswer answer =
        cloud.reachability().network(VpcHost.of(r.id(vpc3.ref()), "10.3.1.10"), VpcHost.of(r.id(vpc1.ref()), "172.16.1.5"), 443);

    String diagram = MermaidDiagram.of(cloud.snapshot(), answer);

    assertThat(diagram).contains("class n_" + r.id(vpc3.ref()).value().replace('-', '_') + " blocked");
    assertThat(diagram).contains("linkStyle").contains("((\"host 10.3.1.10\"))");
  }
}
