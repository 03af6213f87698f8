package dev.parallax.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package rules of the project: a plain-Java core with Spark only in {@code io} and {@code
 * job}; {@code text} below the analyses; the analyses meeting only in {@code model} records.
 */
class ArchitectureTest {
  private static final String ROOT = "dev.parallax";
  private static JavaClasses classes;

  @BeforeAll
  static void importMainClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);
  }

  private static String inside(String packageName) {
    return ROOT + "." + packageName + "..";
  }

  @Test
  void sparkIsUsedOnlyInIoAndJob() {
    noClasses()
        .that()
        .resideOutsideOfPackages(inside("io"), inside("job"))
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.apache.spark..", "scala..")
        .because("the core is plain Java, unit-tested without a cluster")
        .check(classes);
  }

  @Test
  void theCoreNeverImportsIoOrJob() {
    noClasses()
        .that()
        .resideOutsideOfPackages(inside("io"), inside("job"))
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(inside("io"), inside("job"))
        .because("the core knows no engine")
        .check(classes);
  }

  @Test
  void textImportsNoAnalysis() {
    noClasses()
        .that()
        .resideInAPackage(inside("text"))
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            inside("ingest"),
            inside("events"),
            inside("claims"),
            inside("wording"),
            inside("report"))
        .because("text is below the analyses")
        .check(classes);
  }

  @Test
  void analysesDoNotImportEachOtherOrIngest() {
    String[] analyses = {"events", "claims", "wording"};
    for (String analysis : analyses) {
      java.util.List<String> others = new java.util.ArrayList<>();
      others.add(inside("ingest"));
      for (String other : analyses) {
        if (!other.equals(analysis)) {
          others.add(inside(other));
        }
      }
      noClasses()
          .that()
          .resideInAPackage(inside(analysis))
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(others.toArray(String[]::new))
          .because("analyses meet in model records")
          .check(classes);
    }
  }

  @Test
  void modelImportsNothingOfTheProject() {
    noClasses()
        .that()
        .resideInAPackage(inside("model"))
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            inside("config"),
            inside("ingest"),
            inside("text"),
            inside("events"),
            inside("claims"),
            inside("wording"),
            inside("report"),
            inside("io"),
            inside("job"))
        .because("records depend on nothing")
        .check(classes);
  }

  @Test
  void reportBuildsOnModelOnly() {
    noClasses()
        .that()
        .resideInAPackage(inside("report"))
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            inside("ingest"), inside("text"), inside("events"), inside("claims"), inside("wording"))
        .because("report rows are built from model records")
        .check(classes);
  }
}
