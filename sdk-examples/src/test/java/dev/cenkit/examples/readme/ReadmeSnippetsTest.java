package dev.cenkit.examples.readme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.cenkit.dsl.Cenkit;
import dev.cenkit.error.CenkitException;
import dev.cenkit.error.RuleId;
import dev.cenkit.inmemory.InMemoryCloud;
import dev.cenkit.model.apigateway.ApiId;
import dev.cenkit.model.vpc.Vpc;
import dev.cenkit.reach.MatrixChange;
import dev.cenkit.reach.ReachabilityAnswer;
import dev.cenkit.reach.Verdict;
import dev.cenkit.reach.VpcHost;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The README's Java blocks compile and run: the walkthrough is a copy of the scenario 1 example
 * ({@code ReadmeTest}); the first block, the JUnit example, the reachability and the change-impact blocks are
 * copies of the marked parts of {@link ReadmeSnippets} and of {@link ShopNetworkTest}, which this test checks
 * and runs.
 */
class ReadmeSnippetsTest {
  private static final Path README = Path.of("..", "README.md");
  private static final Path HERE = Path.of("src/test/java/dev/cenkit/examples/readme");
  private static final String WALKTHROUGH = "## Walkthrough: scenario 1 in code";

  private static String read(Path path) throws IOException {
    return Files.readString(path, StandardCharsets.UTF_8).replace("\r\n", "\n");
  }

  /** The README's Java blocks, except the walkthrough's (the first after its heading). */
  private static List<String> readmeJavaBlocks() throws IOException {
    String readme = read(README);
    int walkthrough = readme.indexOf("```java", readme.indexOf(WALKTHROUGH));
    List<String> blocks = new ArrayList<>();
    Matcher m = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL).matcher(readme);
    while (m.find()) {
      if (m.start() != walkthrough) {
        blocks.add(m.group(1));
      }
    }
    return blocks;
  }

  /** The marked parts of {@link ReadmeSnippets}, one indent less than the method bodies they sit in. */
  private static List<String> markedSnippets() throws IOException {
    return markedSnippets(HERE.resolve("ReadmeSnippets.java"));
  }

  /** The parts of {@code file} between {@code // README begin} and {@code // README end}, one indent less. */
  private static List<String> markedSnippets(Path file) throws IOException {
    List<String> snippets = new ArrayList<>();
    Matcher m = Pattern.compile("    // README begin\n(.*?)    // README end\n", Pattern.DOTALL).matcher(read(file));
    while (m.find()) {
      snippets.add(
          m.group(1).lines().map(l -> l.startsWith("    ") ? l.substring(4) : l).collect(Collectors.joining("\n", "", "\n")));
    }
    return snippets;
  }

  private static Vpc vpcNamed(InMemoryCloud cloud, String name) {
    return cloud.snapshot().vpc().vpcNamed(name).orElseThrow();
  }

  @Test
  void theReadmesFirstJUnitReachabilityAndChangeImpactBlocksAreCopiesOfCodeThatATestCompilesAndRuns() throws IOException {
    List<String> sources = new ArrayList<>(markedSnippets());
    String shopTest = read(HERE.resolve("ShopNetworkTest.java"));
    sources.add(shopTest.substring(shopTest.indexOf('\n', shopTest.indexOf("package ")) + 2));
    List<String> blocks = readmeJavaBlocks();

    assertThat(sources).hasSize(6);
    for (String source : sources) {
      assertThat(blocks)
          .as("the README must show this code of ReadmeSnippets or ShopNetworkTest unchanged:%n%s", source)
          .contains(source);
    }
  }

  @Test
  void everyJavaBlockOfTheReadmeIsCodeThatATestCompilesAndRuns() throws IOException {
    List<String> sources = new ArrayList<>(markedSnippets());
    String shopTest = read(HERE.resolve("ShopNetworkTest.java"));
    sources.add(shopTest.substring(shopTest.indexOf('\n', shopTest.indexOf("package ")) + 2));
    sources.addAll(serverSnippets());

    for (String block : readmeJavaBlocks()) {
      assertThat(sources)
          .as("this Java block of the README is not a copy of tested code (mark it in ReadmeSnippets, or in"
              + " sdk-server's ReadmeClientSnippet for the official-SDK block):%n%s", block)
          .contains(block);
    }
  }

  /** The marked parts of sdk-server's test of the README's official-client block, if the module is there. */
  private static List<String> serverSnippets() throws IOException {
    Path file = Path.of("..", "sdk-server", "src", "test", "java", "dev", "cenkit", "server", "ReadmeClientSnippet.java");
    return Files.exists(file) ? markedSnippets(file) : List.of();
  }

  @Test
  void theEnterpriseBlockConnectsBothVpcsThroughTransitRoutersWithBandwidth() {
    InMemoryCloud cloud = ReadmeSnippets.enterpriseSnippet();

    VpcHost ecs3 = VpcHost.of(vpcNamed(cloud, "VPC-3").id(), "10.3.1.10");
    VpcHost server = VpcHost.of(vpcNamed(cloud, "VPC-1").id(), "172.16.1.5");
    ReachabilityAnswer answer = cloud.reachability().network(ecs3, server, 443);
    assertThat(answer.verdict()).as(answer.explain()).isEqualTo(Verdict.REACHABLE);
    assertThat(cloud.snapshot().transitRouter().transitRouters()).hasSize(2);
  }

  @Test
  void theFirstBlockRejectsAttachingAnExistingVpcToASecondCenWithR6AndKeepsOneCen() {
    InMemoryCloud cloud = ReadmeSnippets.firstSnippet();

    assertThat(cloud.snapshot().cen().cens()).hasSize(1);
    assertThat(cloud.snapshot().vpc().vpcs()).hasSize(2);
    Vpc vpc1 = vpcNamed(cloud, "VPC-1");
    CenkitException e = catchThrowableOfType(CenkitException.class, () -> cloud.apply(Cenkit.cen().attachExisting(vpc1)));
    assertThat(e.code()).isEqualTo("InvalidOperation.ChildInstanceAlreadyAttached");
    assertThat(e.rule()).contains(RuleId.R6);
  }

  @Test
  void theReachabilityBlockAppliesTheFixesOfAnAnswerThatHasThem() {
    InMemoryCloud cloud = InMemoryCloud.create();
    ReachabilityAnswer before = ReadmeSnippets.reachabilitySnippet(cloud);

    assertThat(before.verdict()).isNotEqualTo(Verdict.REACHABLE);
    assertThat(before.fixSpec().size()).isPositive();
    VpcHost ecs3 = VpcHost.of(vpcNamed(cloud, "VPC-3").id(), "10.3.1.10");
    VpcHost server = VpcHost.of(vpcNamed(cloud, "VPC-1").id(), "172.16.1.5");
    assertThat(cloud.reachability().network(ecs3, server, 443).verdict()).isEqualTo(Verdict.REACHABLE);
  }

  @Test
  void theChangeImpactBlockFindsThePairThatDetachingVpc3Breaks() {
    InMemoryCloud cloud = InMemoryCloud.create();
    List<MatrixChange<ApiId>> changes = ReadmeSnippets.changeImpactSnippet(cloud);

    assertThat(changes).hasSize(1);
    assertThat(changes.get(0).broke()).isTrue();
    assertThat(cloud.snapshot().cen().attachments()).hasSize(2);
  }

  @Test
  void r8TheAccountsBlockAttachesThePartnersVpcOnlyAfterItsGrant() {
    InMemoryCloud cloud = ReadmeSnippets.accountsSnippet();

    Vpc theirs = cloud.snapshot().vpc().vpcs().values().iterator().next();
    assertThat(theirs.ownerId()).isEqualTo(dev.cenkit.model.AccountId.of("1688000000000000"));
    assertThat(cloud.snapshot().cen().attachmentOf(theirs.id())).isPresent();
    assertThat(cloud.describeGrantRulesToCen(theirs.id())).hasSize(1);
  }
}
