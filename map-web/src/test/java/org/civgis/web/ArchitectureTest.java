package org.civgis.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The rules of shared/STYLE.md that keep the modules apart. */
class ArchitectureTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importMainClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.civgis");
  }

  @Test
  void geoCoreIsPlainJava() {
    noClasses()
        .that()
        .resideInAPackage("org.civgis.geo..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.springframework..",
            "java.sql..",
            "javax.sql..",
            "org.civgis.boundary..",
            "org.civgis.gazetteer..",
            "org.civgis.web..",
            "org.civgis.data..")
        .check(classes);
  }

  @Test
  void domainModulesDoNotKnowTheWebLayer() {
    noClasses()
        .that()
        .resideInAnyPackage("org.civgis.geo..", "org.civgis.boundary..", "org.civgis.gazetteer..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.civgis.web..",
            "org.springframework.web..",
            "org.springframework.http..",
            "jakarta.servlet..")
        .check(classes);
  }

  @Test
  void domainModulesDoNotImportEachOther() {
    noClasses()
        .that()
        .resideInAPackage("org.civgis.boundary..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.civgis.gazetteer..")
        .check(classes);
    noClasses()
        .that()
        .resideInAPackage("org.civgis.gazetteer..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.civgis.boundary..")
        .check(classes);
  }

  @Test
  void nothingInProductionDependsOnTheDemoLoader() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.civgis.data..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.civgis.data..")
        .check(classes);
  }
}
