package dev.cenkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cenkit.cli.Scenario1Files.Built;
import dev.cenkit.cli.Scenario1Files.Stage1;
import dev.cenkit.diagram.MermaidDiagram;
import dev.cenkit.inmemory.InMemoryCloud;
import dev.cenkit.inmemory.files.SnapshotFiles;
import dev.cenkit.model.apigateway.Stage;
import dev.cenkit.reach.EcsHost;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cenkit diagram}: the Mermaid text of dev.cenkit.diagram for the file's topology, and a call's path on it. */
class DiagramCommandTest {
  @TempDir Path dir;

  @Test
  void diagramPrintsTheMermaidTopologyOfTheSnapshotFile() throws Exception {
    Built s = Scenario1Files.build(Stage1.COMPLETE);
    Path f = Scenario1Files.write(dir, s, "complete");

    Cli run = Cli.run("diagram", "--snapshot", f.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    String expected = MermaidDiagram.of(SnapshotFiles.importFile(f).snapshot());
    assertThat(run.out().trim()).isEqualTo(expected.trim()).startsWith("flowchart").contains("VPC-3").contains("GetOrder");
  }

  @Test
  void diagramWithACallMarksTheBlockedComponentsOfItsAnswer() throws Exception {
    Built s = Scenario1Files.build(Stage1.NOT_BOUND_TO_VPC1);
    Path f = Scenario1Files.write(dir, s, "unbound");

    Cli run = Cli.run("diagram", "--snapshot", f.toString(), "--from", "ecs:ecs-3", "--api", "GetOrder");

    InMemoryCloud imported = SnapshotFiles.importFile(f);
    String expected = MermaidDiagram.of(imported.snapshot(), imported.reachability().fullCall(EcsHost.of(s.ecs3()), s.api().id(), Stage.RELEASE));
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out().trim()).isEqualTo(expected.trim()).isNotEqualTo(MermaidDiagram.of(imported.snapshot()).trim());
  }

  @Test
  void fromWithoutApiIsAUsageError() throws Exception {
    Path f = Scenario1Files.write(dir, Scenario1Files.build(Stage1.COMPLETE), "complete");

    Cli run = Cli.run("diagram", "--snapshot", f.toString(), "--from", "ecs:ecs-3");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("--from and --api go together");
    assertThat(run.out()).isEmpty();
  }
}
