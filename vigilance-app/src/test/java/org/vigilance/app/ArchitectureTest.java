package org.vigilance.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.ArrayList;
import java.util.List;
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

  /**
   * The adapter modules' packages: each may use core and its own libraries, nothing else of ours.
   */
  private static final List<String> ADAPTERS = List.of("store", "ingest", "search", "resolve");

  @Test
  void adapters_depend_on_core_only_never_on_each_other() {
    for (String adapter : ADAPTERS) {
      List<String> others = new ArrayList<>();
      for (String other : ADAPTERS) {
        if (!other.equals(adapter)) {
          others.add("org.vigilance." + other + "..");
        }
      }
      others.add("org.vigilance.cli..");
      others.add("org.vigilance.app..");
      noClasses()
          .that()
          .resideInAPackage("org.vigilance." + adapter + "..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(others.toArray(String[]::new))
          .check(classes);
    }
  }

  @Test
  void the_command_line_calls_core_never_an_adapter() {
    noClasses()
        .that()
        .resideInAPackage("org.vigilance.cli..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.vigilance.store..",
            "org.vigilance.ingest..",
            "org.vigilance.search..",
            "org.vigilance.resolve..",
            "org.vigilance.app..",
            "java.sql..",
            "org.apache.lucene..",
            "org.apache.tika..",
            "com.ibm.icu..",
            "org.apache.commons.text..")
        .check(classes);
  }

  @Test
  void only_the_command_line_and_the_app_write_to_the_console() {
    noClasses()
        .that()
        .resideInAnyPackage(
            "org.vigilance.core..",
            "org.vigilance.store..",
            "org.vigilance.ingest..",
            "org.vigilance.search..",
            "org.vigilance.resolve..")
        .should()
        .accessField(System.class, "out")
        .orShould()
        .accessField(System.class, "err")
        .check(classes);
  }
}
