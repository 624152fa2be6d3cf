package dev.cenkit.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cenkit.inmemory.InMemoryCloud;
import dev.cenkit.model.vpc.VpcId;
import org.junit.jupiter.api.Test;

/** The README's official-client block runs: the typed VPC client creates a VPC in the embedded server's cloud. */
class ReadmeClientSnippetTest {
  @Test
  void theReadmesOfficialClientBlockCreatesAVpcThroughTheServer() throws Exception {
    Object[] ran = ReadmeClientSnippet.run();
    try (CenkitServer server = (CenkitServer) ran[0]) {
      InMemoryCloud cloud = (InMemoryCloud) ran[1];
      String vpcId = (String) ran[2];
      assertThat(vpcId).startsWith("vpc-");
      assertThat(cloud.snapshot().vpc().vpc(VpcId.of(vpcId))).isPresent();
      assertThat(server.endpoint()).startsWith("127.0.0.1:");
    }
  }
}
