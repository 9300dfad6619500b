package com.businessbuilder;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.businessbuilder.discovery.EngineInFeatureCode;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The boundaries the design rests on (docs/architecture.md): only the engine adapter and the worker's Camunda 7
 * part know the engine, so a second engine is a matter of adapters; no module reaches into another's internals;
 * no module depends on itself through others.
 */
class ArchitectureTest {

  static final ArchRule ONLY_THE_ADAPTERS_KNOW_CAMUNDA = noClasses()
      .that().resideOutsideOfPackages("com.businessbuilder.engine.camunda7..", "com.businessbuilder.worker.camunda7..")
      .should().dependOnClassesThat().resideInAPackage("org.camunda..")
      .because("feature code uses the engine port (com.businessbuilder.engine) and the worker's TaskHandler; "
          + "only engine.camunda7 and worker.camunda7 may use Camunda 7");

  static final JavaClasses APPLICATION = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("com.businessbuilder");

  @Test
  void onlyTheEngineAdapterAndTheWorkersCamunda7PartImportCamunda() {
    ONLY_THE_ADAPTERS_KNOW_CAMUNDA.check(APPLICATION);
  }

  @Test
  void aFeatureThatImportsCamundaBreaksTheRule() {
    JavaClasses offender = new ClassFileImporter().importClasses(EngineInFeatureCode.class);

    assertThatThrownBy(() -> ONLY_THE_ADAPTERS_KNOW_CAMUNDA.check(offender))
        .isInstanceOf(AssertionError.class).hasMessageContaining("EngineInFeatureCode")
        .hasMessageContaining("org.camunda.bpm.engine.RuntimeService");
  }

  @Test
  void modulesUseOnlyEachOthersApisAndDependOnEachOtherWithoutCycles() {
    ApplicationModules.of(BusinessBuilderApplication.class).verify();
  }
}
