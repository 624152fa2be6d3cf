package dev.cenkit.architecture;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the packages of sdk-api layered as docs/ARCHITECTURE.md describes: {@code error} at the bottom, then
 * {@code model}, then {@code spi} (operations, requests, services, the neutral spec types), then
 * {@code reach} (questions and answers, which refer to specs but not to the builders) and {@code dsl} (the
 * builders, the users' one way in), and no package cycle anywhere.
 */
class SdkApiArchitectureTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importSdkApi() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.cenkit");
  }

  @Test
  void noTwoPackagesOfSdkApiDependOnEachOther() {
    slices().matching("dev.cenkit.(**)").should().beFreeOfCycles().check(classes);
  }

  @Test
  void modelSpiReachAndDslAreLayeredWithTheBuildersOnTop() {
    layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .layer("error").definedBy("dev.cenkit.error..")
        .layer("model").definedBy("dev.cenkit.model..")
        .layer("spi").definedBy("dev.cenkit.spi..")
        .layer("reach").definedBy("dev.cenkit.reach..")
        .layer("dsl").definedBy("dev.cenkit.dsl..")
        .whereLayer("error").mayNotAccessAnyLayer()
        .whereLayer("model").mayOnlyAccessLayers("error")
        .whereLayer("spi").mayOnlyAccessLayers("model", "error")
        .whereLayer("reach").mayOnlyAccessLayers("spi", "model", "error")
        .whereLayer("dsl").mayOnlyAccessLayers("spi", "model", "error")
        .whereLayer("dsl").mayNotBeAccessedByAnyLayer()
        .check(classes);
  }

  @Test
  void requestsDependOnTheOperationAbstractionNotOnTheServicesThatTakeThem() {
    layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .layer("operation").definedBy("dev.cenkit.spi.operation..")
        .layer("requests")
        .definedBy(
            "dev.cenkit.spi.cen..",
            "dev.cenkit.spi.vpc..",
            "dev.cenkit.spi.expressconnect..",
            "dev.cenkit.spi.apigateway..",
            "dev.cenkit.spi.fc..")
        .layer("services and specs").definedBy("dev.cenkit.spi")
        .whereLayer("operation").mayNotAccessAnyLayer()
        .whereLayer("requests").mayOnlyAccessLayers("operation")
        .whereLayer("services and specs").mayNotBeAccessedByAnyLayer()
        .check(classes);
  }
}
