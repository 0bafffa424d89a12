package org.vigilance.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The module rules of DESIGN.md, checked on the compiled classes of every module. */
class ArchitectureTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.vigilance");
  }

  @Test
  void core_depends_on_the_jdk_and_jspecify_only() {
    ArchRule rule =
        classes()
            .that()
            .resideInAPackage("org.vigilance.core..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("org.vigilance.core..", "java..", "org.jspecify..");
    rule.check(classes);
  }

  @Test
  void core_packages_form_no_cycle() {
    slices().matching("org.vigilance.core.(*)..").should().beFreeOfCycles().check(classes);
  }

  @Test
  void modules_form_no_cycle() {
    slices().matching("org.vigilance.(*)..").should().beFreeOfCycles().check(classes);
  }

  @Test
  void adapters_depend_on_core_only_never_on_each_other() {
    noClasses()
        .that()
        .resideInAPackage("org.vigilance.store..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.vigilance.ingest..", "org.vigilance.cli..", "org.vigilance.app..")
        .check(classes);
    noClasses()
        .that()
        .resideInAPackage("org.vigilance.ingest..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.vigilance.store..", "org.vigilance.cli..", "org.vigilance.app..")
        .check(classes);
  }

  @Test
  void the_command_line_calls_core_never_an_adapter() {
    noClasses()
        .that()
        .resideInAPackage("org.vigilance.cli..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.vigilance.store..", "org.vigilance.ingest..", "org.vigilance.app..", "java.sql..")
        .check(classes);
  }

  @Test
  void only_the_command_line_and_the_app_write_to_the_console() {
    noClasses()
        .that()
        .resideInAnyPackage(
            "org.vigilance.core..", "org.vigilance.store..", "org.vigilance.ingest..")
        .should()
        .accessField(System.class, "out")
        .orShould()
        .accessField(System.class, "err")
        .check(classes);
  }
}
