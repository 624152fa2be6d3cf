package dev.cenkit.server;

import com.aliyun.teaopenapi.models.Config;
import com.aliyun.vpc20160428.models.CreateVpcRequest;
import com.aliyun.vpc20160428.models.DescribeVpcsRequest;
import dev.cenkit.inmemory.InMemoryCloud;

/**
 * The README's official-client block, in a method that runs it. The lines between {@code // README begin} and
 * {@code // README end} are the README's block, one indent less; sdk-examples' {@code ReadmeSnippetsTest} checks
 * the copy and {@link ReadmeClientSnippetTest} runs it.
 */
public final class ReadmeClientSnippet {
  private ReadmeClientSnippet() {}

  /** Runs the block; returns the server it started (to close), its cloud and the id of the VPC it created. */
  static Object[] run() throws Exception {
    // README begin
    InMemoryCloud cloud = InMemoryCloud.create();
    CenkitServer server = CenkitServer.builder().cloud(cloud).start();   // or run: cenkit serve --port 8080
    Config config = new Config().setAccessKeyId("ak").setAccessKeySecret("sk")
        .setEndpoint(server.endpoint()).setProtocol("http");   // e.g. "127.0.0.1:8080"
    com.aliyun.vpc20160428.Client vpc = new com.aliyun.vpc20160428.Client(config);
    String vpcId = vpc.createVpc(new CreateVpcRequest().setRegionId("cn-hangzhou").setCidrBlock("172.16.0.0/16"))
        .getBody().getVpcId();
    // Cbn and CloudAPI through tea-openapi's generic callApi; a rejection is a TeaException with the real code:
    // e.getCode() == "InvalidOperation.ChildInstanceAlreadyAttached", e.getStatusCode() == 409
    // README end
    return new Object[] {server, cloud, vpcId};
  }

  /**
   * The README's command-line section: the official client pointed at {@code cenkit serve --snapshot
   * docs/examples/scenario1.json} lists the VPCs of cn-beijing (run by the command line's {@code ServeCommandTest}).
   */
  public static java.util.List<String> describeBeijingVpcs(String endpoint) throws Exception {
    // README begin
    Config config = new Config().setAccessKeyId("ak").setAccessKeySecret("sk")
        .setEndpoint(endpoint).setProtocol("http");   // endpoint: what cenkit serve printed, "127.0.0.1:8080"
    var vpcs = new com.aliyun.vpc20160428.Client(config)
        .describeVpcs(new DescribeVpcsRequest().setRegionId("cn-beijing")).getBody().getVpcs().getVpc();   // [VPC-3]
    // README end
    return vpcs.stream().map(v -> v.getVpcName()).toList();
  }
}
