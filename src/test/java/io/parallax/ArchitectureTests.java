package io.parallax;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Keeps the picture in the README true: the engine is plain Java, features depend on each other one way only, and each
 * feature keeps its entities and repositories to itself behind a small public API.
 */
@AnalyzeClasses(packages = "io.parallax", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    @ArchTest
    static final ArchRule theAnalysisEngineIsPlainJava = noClasses().that().resideInAPackage("io.parallax.analysis..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta..", "javax.persistence..",
                    "org.hibernate..", "io.parallax.article..", "io.parallax.outlet..", "io.parallax.importer..",
                    "io.parallax.system..", "io.parallax.claim..", "io.parallax.compare..", "io.parallax.story..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule theEngineNeverReadsTheClockOrTheDefaultZone = noClasses().that().resideInAPackage("io.parallax.analysis..")
            .should().callMethod(java.time.LocalDate.class, "now")
            .orShould().callMethod(java.time.ZoneId.class, "systemDefault")
            .orShould().callMethod(java.util.Locale.class, "getDefault")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule controllersAreNotUsedByOtherCode = noClasses().that().haveSimpleNameNotEndingWith("Controller")
            .should().accessClassesThat().haveSimpleNameEndingWith("Controller");

    @ArchTest
    static final ArchRule featuresDependOnEachOtherOneWayOnly = slices().matching("io.parallax.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule systemDependsOnNoFeature = noClasses().that().resideInAPackage("io.parallax.system..")
            .should().dependOnClassesThat().resideInAnyPackage("io.parallax.article..", "io.parallax.outlet..",
                    "io.parallax.story..", "io.parallax.claim..", "io.parallax.compare..", "io.parallax.importer..");

    @ArchTest
    static final ArchRule entitiesStayInsideTheirFeature = classes().that().areAnnotatedWith(jakarta.persistence.Entity.class)
            .should().notBePublic();

    @ArchTest
    static final ArchRule repositoriesStayInsideTheirFeature = classes()
            .that().areAssignableTo(org.springframework.data.repository.Repository.class)
            .or().areAnnotatedWith(org.springframework.stereotype.Repository.class)
            .should().notBePublic();

}
