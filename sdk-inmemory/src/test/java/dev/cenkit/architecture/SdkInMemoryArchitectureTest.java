package dev.cenkit.architecture;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the packages of sdk-inmemory layered as docs/ARCHITECTURE.md describes: {@code InMemoryCloud} on top
 * wires the operation handlers ({@code ops}) and the reachability engine ({@code reach}); both use the one copy of
 * every rule ({@code rules}); rules, routing and the engine read the immutable {@code state}; ids and quotas sit at the bottom. No
 * package cycle anywhere.
 */
class SdkInMemoryArchitectureTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importSdkInMemory() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.cenkit.inmemory", "dev.cenkit.diagram");
  }

  @Test
  void noTwoPackagesOfSdkInMemoryDependOnEachOther() {
    slices().matching("dev.cenkit.(**)").should().beFreeOfCycles().check(classes);
  }

  @Test
  void theCloudWiresOperationsAndReachabilityAndNothingBelowReachesBackUp() {
    layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .layer("cloud").definedBy("dev.cenkit.inmemory")
        .layer("ops").definedBy("dev.cenkit.inmemory.ops..")
        .layer("reach").definedBy("dev.cenkit.inmemory.reach..")
        .layer("rules").definedBy("dev.cenkit.inmemory.rules..")
        .layer("routing").definedBy("dev.cenkit.inmemory.routing..")
        .layer("state").definedBy("dev.cenkit.inmemory.state..")
        .layer("ids and quotas").definedBy("dev.cenkit.inmemory.ids..", "dev.cenkit.inmemory.quota..")
        .layer("diagram").definedBy("dev.cenkit.diagram..")
        .whereLayer("cloud").mayNotBeAccessedByAnyLayer()
        .whereLayer("ops").mayOnlyBeAccessedByLayers("cloud")
        .whereLayer("reach").mayOnlyBeAccessedByLayers("cloud")
        .whereLayer("rules").mayOnlyBeAccessedByLayers("cloud", "ops", "reach")
        .whereLayer("routing").mayOnlyBeAccessedByLayers("cloud", "reach")
        .whereLayer("state").mayOnlyBeAccessedByLayers("cloud", "ops", "reach", "rules", "routing")
        .whereLayer("ids and quotas").mayNotAccessAnyLayer()
        .whereLayer("diagram").mayNotAccessAnyLayer()
        .check(classes);
  }
}
