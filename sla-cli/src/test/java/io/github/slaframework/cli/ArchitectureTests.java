package io.github.slaframework.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ArchitectureTests {

  private static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("io.github.slaframework.cli");

  @Test
  void onlyMainExitsTheJvm() {
    assertThat(CLASSES.stream()
        .flatMap(c -> c.getMethodCallsFromSelf().stream())
        .filter(call -> call.getTarget().getOwner().isEquivalentTo(System.class)
            && call.getTarget().getName().equals("exit"))
        .map(JavaMethodCall::getOrigin)
        .map(origin -> origin.getFullName()))
        .containsExactly(Sla.class.getName() + ".main([Ljava.lang.String;)");
  }

  @Test
  void commandsOnlyUseTheLibraryThroughItsExportedPackages() {
    noClasses().that().resideInAPackage("io.github.slaframework.cli")
        .should().dependOnClassesThat()
        .resideInAnyPackage("io.github.slaframework.json.internal..",
            "io.github.slaframework.validation.internal..",
            "io.github.slaframework.measure.internal..",
            "io.github.slaframework.render.internal..")
        .check(CLASSES);
  }
}
