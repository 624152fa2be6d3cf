package dev.cenkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cenkit.cli.Scenario1Files.Built;
import dev.cenkit.cli.Scenario1Files.Stage1;
import dev.cenkit.inmemory.files.SnapshotFiles;
import dev.cenkit.model.apigateway.Stage;
import dev.cenkit.reach.EcsHost;
import dev.cenkit.reach.ReachabilityAnswer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cenkit check}: the answer's explanation, and the verdict as the exit code, on snapshot files of scenario 1. */
class CheckCommandTest {
  @TempDir Path dir;

  private Path file(Built built, String name) throws Exception {
    return Scenario1Files.write(dir, built, name);
  }

  @Test
  void checkPrintsTheExplanationAndExitsZeroWhenEcs3CallsTheApi() throws Exception {
    Built s = Scenario1Files.build(Stage1.COMPLETE);
    Path f = file(s, "complete");

    Cli run = Cli.run("check", "--snapshot", f.toString(), "--from", "ecs:" + s.ecs3().id(), "--api", s.api().id().value());

    ReachabilityAnswer expected = SnapshotFiles.importFile(f).reachability().fullCall(EcsHost.of(s.ecs3()), s.api().id(), Stage.RELEASE);
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).isEqualTo(expected.explain() + System.lineSeparator()).contains("REACHABLE");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void checkExitsOneWhenTheCrossRegionHopRunsAtTestBandwidth() throws Exception {
    Built s = Scenario1Files.build(Stage1.NO_BANDWIDTH_PLAN);

    Cli run = Cli.run("check", "--snapshot", file(s, "no-plan").toString(), "--from", "ecs:ecs-3", "--api", "GetOrder");

    assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(1);
    assertThat(run.out()).contains("TEST_BANDWIDTH_ONLY");
  }

  @Test
  void checkExitsTwoWhenTheGatewayIsNotBoundToVpc1AndTheExplanationNamesTheRule() throws Exception {
    Built s = Scenario1Files.build(Stage1.NOT_BOUND_TO_VPC1);
    Path f = file(s, "unbound");

    Cli run = Cli.run("check", "--snapshot", f.toString(), "--from", "ecs:ecs-3", "--api", "GetOrder", "--stage", "RELEASE");

    ReachabilityAnswer expected = SnapshotFiles.importFile(f).reachability().fullCall(EcsHost.of(s.ecs3()), s.api().id(), Stage.RELEASE);
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(expected.blockers()).isNotEmpty();
    assertThat(run.out()).contains("UNREACHABLE");
    expected.blockers().forEach(b -> b.rule().ifPresent(r -> assertThat(run.out()).contains(r.toString())));
  }

  @Test
  void theCallerCanBeNamedByIdOrNameAsAnEcsInstanceOrAnAddressInItsVpc() throws Exception {
    Built s = Scenario1Files.build(Stage1.COMPLETE);
    String f = file(s, "complete").toString();
    String api = s.api().id().value();

    String byEcsName = Cli.run("check", "--snapshot", f, "--from", "ecs:ecs-3", "--api", api).out();
    assertThat(Cli.run("check", "--snapshot", f, "--from", s.ecs3().id().value(), "--api", api).out()).isEqualTo(byEcsName);
    assertThat(Cli.run("check", "--snapshot", f, "--from", "ecs:" + s.ecs3().id(), "--api", "GetOrder").out()).isEqualTo(byEcsName);

    Cli byVpcName = Cli.run("check", "--snapshot", f, "--from", "vpc:VPC-3:10.3.1.10", "--api", api);
    Cli byVpcId = Cli.run("check", "--snapshot", f, "--from", s.vpc3().id() + ":10.3.1.10", "--api", api);
    Cli byTypedVpcId = Cli.run("check", "--snapshot", f, "--from", "vpc:" + s.vpc3().id() + ":10.3.1.10", "--api", api);
    assertThat(byVpcName.exitCode()).as(byVpcName.err()).isZero();
    assertThat(byVpcId.out()).isEqualTo(byVpcName.out()).isEqualTo(byTypedVpcId.out()).contains("10.3.1.10");
  }

  @Test
  void aHostOrApiNotInTheSnapshotIsAUsageErrorThatSaysWhatExists() throws Exception {
    Built s = Scenario1Files.build(Stage1.COMPLETE);
    String f = file(s, "complete").toString();

    Cli noVpc = Cli.run("check", "--snapshot", f, "--from", "vpc:VPC-9:10.9.1.1", "--api", "GetOrder");
    assertThat(noVpc.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(noVpc.err()).contains("no VPC with the id or name 'VPC-9'").contains("ecs:<instance id or name>");
    assertThat(noVpc.out()).isEmpty();

    Cli badAddress = Cli.run("check", "--snapshot", f, "--from", "vpc:VPC-3:10.3.1", "--api", "GetOrder");
    assertThat(badAddress.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(badAddress.err()).contains("'10.3.1' is not an IPv4 address");

    Cli noKind = Cli.run("check", "--snapshot", f, "--from", "10.3.1.10", "--api", "GetOrder");
    assertThat(noKind.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(noKind.err()).contains("does not start with ecs:, vpc: or dc:");

    Cli noApi = Cli.run("check", "--snapshot", f, "--from", "ecs:ecs-3", "--api", "PutOrder");
    assertThat(noApi.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(noApi.err()).contains("no API with this id or name").contains(s.api().id() + " (GetOrder)");

    Cli badStage = Cli.run("check", "--snapshot", f, "--from", "ecs:ecs-3", "--api", "GetOrder", "--stage", "PROD");
    assertThat(badStage.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(badStage.err()).contains("PROD").contains("R61");
  }

  @Test
  void missingOrUnknownOptionsAreUsageErrorsWithTheirOwnExitCode() throws Exception {
    Cli missing = Cli.run("check", "--from", "ecs:ecs-3", "--api", "GetOrder");
    assertThat(missing.exitCode()).isEqualTo(64);
    assertThat(missing.err()).contains("Missing required option: '--snapshot=FILE'").contains("Usage: cenkit check");

    Cli unknown = Cli.run("check", "--snapshot", "x.json", "--from", "ecs:ecs-3", "--api", "GetOrder", "--colour", "blue");
    assertThat(unknown.exitCode()).isEqualTo(64);
    assertThat(unknown.err()).contains("Unknown option");
  }

  @Test
  void aRefusedSnapshotFileExits65NamingItsJsonPathWithoutAStackTrace() throws Exception {
    Built s = Scenario1Files.build(Stage1.COMPLETE);
    Path f = file(s, "complete");
    Files.writeString(f, Files.readString(f).replace("\"version\" : 1,", "\"version\" : 7,"));

    Cli run = Cli.run("check", "--snapshot", f.toString(), "--from", "ecs:ecs-3", "--api", "GetOrder");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.SNAPSHOT_REFUSED);
    assertThat(run.err()).contains("is refused").contains("cenkit.SnapshotFile.UnsupportedVersion").contains("$.version")
        .doesNotContain("\tat ").doesNotContain("Exception");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void aSnapshotFileTheApiRefusesExits65WithTheApisRule() throws Exception {
    Built s = Scenario1Files.build(Stage1.COMPLETE);
    Path f = file(s, "complete");
    // VPC-3's vSwitch moved outside VPC-3's block: well-formed, but the replayed CreateVSwitch is refused
    Files.writeString(f, Files.readString(f).replace("\"10.3.1.0/24\"", "\"10.4.1.0/24\""));

    Cli run = Cli.run("check", "--snapshot", f.toString(), "--from", "ecs:ecs-3", "--api", "GetOrder");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.SNAPSHOT_REFUSED);
    assertThat(run.err()).contains("refused by the API").contains("10.4.1.0/24").containsPattern("\\$\\.commits\\[\\d+]\\.operations")
        .doesNotContain("\tat ");
  }

  @Test
  void aMissingSnapshotFileExits66() {
    Cli run = Cli.run("check", "--snapshot", dir.resolve("nowhere.json").toString(), "--from", "ecs:ecs-3", "--api", "GetOrder");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.IO_ERROR);
    assertThat(run.err()).contains("cannot read the snapshot file").contains("nowhere.json").contains("no such file");
    assertThat(Cli.run("diagram", "--snapshot", dir.toString()).err()).contains("it is a directory");
  }
}
