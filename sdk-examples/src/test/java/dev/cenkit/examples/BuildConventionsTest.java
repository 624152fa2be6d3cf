package dev.cenkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Conventions of the whole build that no single module can check: every main package is {@code @NullMarked}, and
 * the BOM lists exactly the modules that are published. Runs from {@code sdk-examples}, the module that sees the
 * whole checkout ({@code ..}).
 */
class BuildConventionsTest {
  private static final Path ROOT = Path.of("..");
  private static final Pattern MODULE = Pattern.compile("<module>([^<]+)</module>");
  private static final Pattern MANAGED = Pattern.compile(
      "<groupId>dev\\.cenkit</groupId>\\s*<artifactId>([^<]+)</artifactId>");

  @Test
  void everyMainPackageHasAPackageInfoThatIsNullMarked() throws IOException {
    List<Path> packages;
    try (Stream<Path> files = Files.walk(ROOT)) {
      packages = files
          .filter(p -> p.toString().endsWith(".java") && !p.endsWith("package-info.java"))
          .filter(p -> p.toString().contains("src" + java.io.File.separator + "main" + java.io.File.separator + "java"))
          .filter(p -> !p.toString().contains(java.io.File.separator + "target" + java.io.File.separator))
          .filter(p -> !p.normalize().startsWith(ROOT.resolve("consumers").normalize()))
          .map(Path::getParent)
          .distinct()
          .collect(Collectors.toList());
    }
    assertThat(packages).as("main packages found").hasSizeGreaterThan(20);
    for (Path dir : packages) {
      Path info = dir.resolve("package-info.java");
      assertThat(info).as("every main package has a package-info.java").exists();
      assertThat(Files.readString(info)).as(info + " is @NullMarked").contains("@NullMarked");
    }
  }

  @Test
  void theBomManagesExactlyThePublishedModules() throws IOException {
    TreeSet<String> published = new TreeSet<>();
    Matcher modules = MODULE.matcher(Files.readString(ROOT.resolve("pom.xml")));
    while (modules.find()) {
      String module = modules.group(1);
      String pom = Files.readString(ROOT.resolve(module).resolve("pom.xml"));
      if (!module.equals("cenkit-bom") && !pom.contains("<maven.deploy.skip>true</maven.deploy.skip>")) {
        published.add(module);
      }
    }
    TreeSet<String> managed = new TreeSet<>();
    String bom = Files.readString(ROOT.resolve("cenkit-bom").resolve("pom.xml"));
    Matcher entries = MANAGED.matcher(bom.substring(bom.indexOf("<dependencyManagement>")));
    while (entries.find()) {
      managed.add(entries.group(1));
    }
    assertThat(published).as("published modules").contains("sdk-api", "sdk-inmemory", "sdk-testkit")
        .doesNotContain("sdk-examples");
    assertThat(managed).as("modules in cenkit-bom").isEqualTo(published);
  }
}
