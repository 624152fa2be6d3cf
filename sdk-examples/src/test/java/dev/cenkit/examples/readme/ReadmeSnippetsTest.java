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
 * Every Java block of the README compiles and runs: the walkthrough is a copy of the scenario 1 example
 * ({@code ReadmeTest}); the others are copies of the marked parts of {@link ReadmeSnippets} and of
 * {@link ShopNetworkTest}, which this test checks and runs.
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
    List<String> snippets = new ArrayList<>();
    Matcher m =
        Pattern.compile("    // README begin\n(.*?)    // README end\n", Pattern.DOTALL)
            .matcher(read(HERE.resolve("ReadmeSnippets.java")));
    while (m.find()) {
      snippets.add(
          m.group(1).lines().map(l -> l.startsWith("    ") ? l.substring(4) : l).collect(Collectors.joining("\n", "", "\n")));
    }
    return snippets;
  }

  private static Vpc vpcNamed(InMemoryCloud cloud, String name) {
    return cloud.snapshot().vpc().vpcs().values().stream().filter(v -> v.displayName().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void everyJavaBlockOfTheReadmeIsACopyOfCodeThatATestCompilesAndRuns() throws IOException {
    List<String> sources = new ArrayList<>(markedSnippets());
    String shopTest = read(HERE.resolve("ShopNetworkTest.java"));
    sources.add(shopTest.substring(shopTest.indexOf('\n', shopTest.indexOf("package ")) + 2));
    List<String> blocks = readmeJavaBlocks();

    assertThat(blocks).as("the README's Java blocks besides the walkthrough").hasSizeGreaterThanOrEqualTo(4);
    for (String block : blocks) {
      assertThat(sources)
          .as("this README block must be copied unchanged from ReadmeSnippets or ShopNetworkTest:%n%s", block)
          .contains(block);
    }
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
}
