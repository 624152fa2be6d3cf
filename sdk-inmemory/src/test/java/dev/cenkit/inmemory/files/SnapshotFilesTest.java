package dev.cenkit.inmemory.files;

import static dev.cenkit.model.RegionId.CN_HANGZHOU;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.cenkit.dsl.Cenkit;
import dev.cenkit.dsl.CenSpec;
import dev.cenkit.dsl.VpcSpec;
import dev.cenkit.error.CenkitException;
import dev.cenkit.inmemory.InMemoryCloud;
import dev.cenkit.inmemory.internal.Internals;
import dev.cenkit.inmemory.state.Snapshot;
import dev.cenkit.spi.Spec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Snapshot files: what they keep, and every kind of bad file refused at its JSON path with nothing built. */
class SnapshotFilesTest {
  private final InMemoryCloud cloud = InMemoryCloud.builder().recordHistory(true).build();

  SnapshotFilesTest() {
    VpcSpec a = Cenkit.vpc(CN_HANGZHOU).named("a").cidr("172.16.0.0/16").vSwitch("cn-hangzhou-h", "172.16.1.0/24");
    VpcSpec b = Cenkit.vpc(CN_HANGZHOU).named("b").cidr("10.1.0.0/16").vSwitch("cn-hangzhou-h", "10.1.1.0/24");
    CenSpec cen = Cenkit.cen().named("mesh").attachNew(a).attachNew(b);
    cloud.apply(Spec.of(a, b, cen));
  }

  private static CenkitException refused(String json, String code, String path) {
    Throwable t = catchThrowable(() -> SnapshotFiles.importJson(json));
    assertThat(t).isInstanceOf(CenkitException.class);
    CenkitException e = (CenkitException) t;
    assertThat(e.code()).as(e.getMessage()).isEqualTo(code);
    assertThat(e.detail()).as("names the first problem by its JSON path").startsWith(path);
    return e;
  }

  private String json() {
    return SnapshotFiles.toJson(cloud.snapshot());
  }

  @Test
  void aFileKeepsTheResourcesTheirIdsAndTheVersionAndTheIdSourceContinues() {
    InMemoryCloud imported = SnapshotFiles.importJson(json());
    Snapshot original = Internals.state(cloud);
    assertThat(Internals.state(imported.snapshot()).sameContentAs(original)).isTrue();
    assertThat(imported.snapshot().vpc().vpcs().keySet()).isEqualTo(original.vpc().vpcs().keySet());
    assertThat(imported.snapshot().version()).isEqualTo(original.version());
    String nextInImported = imported.createCen(c -> {}).id().value();
    assertThat(nextInImported).isEqualTo(cloud.createCen(c -> {}).id().value());
    assertThat(original.cen().cens().keySet()).noneMatch(id -> id.value().equals(nextInImported));
  }

  @Test
  void theFileIsVersionedAndWrittenTheSameWayEveryTime(@TempDir Path dir) throws Exception {
    String json = json();
    assertThat(json).startsWith("{\n  \"format\" : \"cenkit-snapshot\",\n  \"version\" : 1,").endsWith("}\n");
    Path file = dir.resolve("snapshot.json");
    SnapshotFiles.export(cloud.snapshot(), file);
    assertThat(Files.readString(file)).isEqualTo(json);
    assertThat(SnapshotFiles.toJson(SnapshotFiles.importFile(file).snapshot())).isEqualTo(json);
  }

  @Test
  void aNewerOrUnknownVersionIsRefused() {
    refused(json().replace("\"version\" : 1,", "\"version\" : 2,"), "cenkit.SnapshotFile.UnsupportedVersion", "$.version");
    refused(json().replace("\"version\" : 1,", "\"version\" : 0,"), "cenkit.SnapshotFile.UnsupportedVersion", "$.version");
    refused(json().replace("\"format\" : \"cenkit-snapshot\"", "\"format\" : \"other\""), "cenkit.SnapshotFile.Invalid", "$.format");
  }

  @Test
  void aTruncatedFileIsRefusedAtWhereItStops() {
    String json = json();
    String cut = json.substring(0, json.indexOf("\"cidrBlock\"") + 5);
    CenkitException e = refused(cut, "cenkit.SnapshotFile.Invalid", "$.commits[0].operations[0].request");
    assertThat(e.detail()).contains("not valid JSON");
    assertThat(catchThrowable(() -> SnapshotFiles.importJson(""))).isInstanceOf(CenkitException.class);
    refused("null", "cenkit.SnapshotFile.Invalid", "$");
    refused(json + "{", "cenkit.SnapshotFile.Invalid", "$");
  }

  @Test
  void wrongTypesAreRefusedAtTheirPath() {
    refused(json().replaceFirst("\"cidrBlock\" : \"172.16.0.0/16\"", "\"cidrBlock\" : 17216"),
        "cenkit.SnapshotFile.Invalid", "$.commits[0].operations[0].request.cidrBlock");
    refused(json().replaceFirst("\"seed\" : \\d+", "\"seed\" : \"x\""), "cenkit.SnapshotFile.Invalid", "$.seed");
    refused(json().replaceFirst("\"region\" : \"cn-hangzhou\"", "\"region\" : \"mars-1\""),
        "cenkit.SnapshotFile.Invalid", "$.commits[0].operations[0].request.region");
    refused(json().replaceFirst("\"cidrBlock\" : \"172.16.0.0/16\"", "\"cidrBlock\" : \"172.16.*.0/16\""),
        "cenkit.SnapshotFile.Invalid", "$.commits[0].operations[0].request.cidrBlock");
    refused(json().replaceFirst("\"action\" : \"CreateVpc\"", "\"action\" : \"CreateEverything\""),
        "cenkit.SnapshotFile.Invalid", "$.commits[0].operations[0].action");
    refused(json().replaceFirst("\"idSequence\"", "\"extra\" : 1,\n  \"idSequence\""), "cenkit.SnapshotFile.Invalid", "$.extra");
  }

  @Test
  void duplicateIdsAreRefused() {
    String json = json();
    int start = json.indexOf("{", json.indexOf("\"vpcs\" : ["));
    int end = json.indexOf("\n      }", start) + "\n      }".length();
    String firstVpc = json.substring(start, end);
    String doubled = json.substring(0, start) + firstVpc + ",\n      " + json.substring(start);
    refused(doubled, "cenkit.SnapshotFile.Invalid", "$.resources.vpcs[1].id");
    refused(json.replaceFirst("\"seed\" : ", "\"seed\" : 1,\n  \"seed\" : "), "cenkit.SnapshotFile.Invalid", "$.seed");
  }

  @Test
  void danglingReferencesAreRefusedByTheApiAtTheOperation() {
    String vpc = cloud.snapshot().vpc().vpcs().keySet().iterator().next().value();
    String json = json();
    int attach = json.indexOf("\"action\" : \"AttachCenChildInstance\"");
    String dangling = json.substring(0, attach) + json.substring(attach).replaceFirst(vpc, "vpc-doesnotexist00000");
    CenkitException e = refused(dangling, "cenkit.SnapshotFile.Invalid", "$.commits[0].operations[");
    assertThat(e).hasCauseInstanceOf(CenkitException.class);
    assertThat(e.getMessage()).contains("refused by the API").contains("vpc-doesnotexist00000");
  }

  @Test
  void resourcesTheOperationsDoNotCreateAreRefused() {
    refused(json().replaceFirst("\"name\" : \"mesh\"", "\"name\" : \"other\""), "cenkit.SnapshotFile.Invalid", "$.resources.cens[0].name");
    String json = json();
    int resources = json.indexOf("\"resources\"");
    String renamed = json.substring(0, resources) + json.substring(resources).replaceFirst("\"name\" : \"a\"", "\"name\" : \"z\"");
    refused(renamed, "cenkit.SnapshotFile.Invalid", "$.resources.vpcs[");
  }

  @Test
  void fiftyMegabytesOfGarbageAreRefusedQuickly() {
    Random random = new Random(15);
    StringBuilder sb = new StringBuilder(50 * 1024 * 1024);
    while (sb.length() < 50 * 1024 * 1024) {
      sb.append((char) (0x20 + random.nextInt(0x5f)));
    }
    refused(sb.toString(), "cenkit.SnapshotFile.Invalid", "$");
    refused("[" + "1,".repeat(1000) + "1]", "cenkit.SnapshotFile.Invalid", "$");
  }

  @Test
  void onlyInMemorySnapshotsAreWritten() {
    Throwable t = catchThrowable(() -> SnapshotFiles.toJson(null));
    assertThat(t).isInstanceOf(CenkitException.class);
  }

  /** Creates and deletes a VPC {@code times} times. */
  private static void churn(InMemoryCloud c, int times) {
    for (int i = 0; i < times; i++) {
      c.deleteVpc(c.createVpc(b -> b.region(CN_HANGZHOU).cidrBlock(dev.cenkit.model.Cidr.of("10.9.0.0/16"))).id());
    }
  }

  @Test
  void aCloudBuiltWithoutHistoryKeepsNoneSoItsSnapshotsDoNotGrowWithMutations() {
    InMemoryCloud plain = InMemoryCloud.builder().recordHistory(false).build();
    churn(plain, 50);
    Snapshot s = Internals.state(plain);
    assertThat(s.version()).isEqualTo(100);
    assertThat(s.history().recorded()).isFalse();
    assertThat(s.history().entries()).as("nothing of the 100 past mutations is retained").isEmpty();

    InMemoryCloud recording = InMemoryCloud.create();
    churn(recording, 50);
    assertThat(Internals.state(recording).history().entries()).as("a cloud records by default").hasSize(100);
    assertThat(SnapshotFiles.toJson(recording.snapshot())).contains("\"commits\"");
  }

  @Test
  void writingASnapshotOfACloudWithoutHistoryIsRefusedWithTheRemedyAndTheCloudIsUnchanged() {
    InMemoryCloud plain = InMemoryCloud.builder().recordHistory(false).build();
    churn(plain, 1);
    dev.cenkit.spi.CloudSnapshot before = plain.snapshot();
    Throwable t = catchThrowable(() -> SnapshotFiles.toJson(before));
    assertThat(t).isInstanceOf(dev.cenkit.error.IncorrectStatusException.class);
    assertThat(((CenkitException) t).code()).isEqualTo("cenkit.SnapshotFile.NoHistory");
    assertThat(t.getMessage()).contains("recordHistory(true)");
    assertThat(plain.snapshot()).isSameAs(before);
  }

  @Test
  void anImportedCloudRecordsItsHistorySoItCanBeWrittenAgainAfterMoreChanges() {
    InMemoryCloud imported = SnapshotFiles.importJson(json());
    churn(imported, 2);
    churn(cloud, 2);
    assertThat(SnapshotFiles.toJson(imported.snapshot())).isEqualTo(json());
  }
}
