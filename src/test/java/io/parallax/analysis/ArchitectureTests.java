package io.parallax.analysis;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The engine stays plain Java: no framework, persistence or servlet types, and no clock or default zone/locale. */
class ArchitectureTests {

    private static final JavaClasses ENGINE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.parallax.analysis");

    @Test
    void usesNoFrameworks() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(
                "org.springframework..", "jakarta..", "javax.persistence..", "javax.servlet..", "org.hibernate..")
                .check(ENGINE);
    }

    @Test
    void neverReadsTheClockOrDefaults() {
        noClasses().should().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(java.time.ZoneId.class, "systemDefault")
                .orShould().callMethod(java.util.Locale.class, "getDefault")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .orShould().callMethod(java.time.Clock.class, "systemDefaultZone")
                .check(ENGINE);
    }
}
