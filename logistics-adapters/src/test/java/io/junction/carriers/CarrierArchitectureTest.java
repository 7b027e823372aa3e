package io.junction.carriers;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Carrier adapters keep the karrio shape: pure translators, and only sync-core's SPI (and the shared call
 * quotas and demo types of the connector kit) as their view of the rest.
 */
class CarrierArchitectureTest {

    private static final JavaClasses CARRIERS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.junction.carriers");

    @Test
    void translatorsDoNoHttp() {
        noClasses()
                .that()
                .haveSimpleNameEndingWith("Translator")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("okhttp3..", "com.github.tomakehurst..")
                .check(CARRIERS);
    }

    @Test
    void carriersSeeTheCoreOnlyThroughTheCarrierSpi() {
        classes()
                .that()
                .resideInAPackage("io.junction.carriers..")
                .should()
                .onlyDependOnClassesThat(resideOutsideOfPackage("io.junction..")
                        .or(resideInAnyPackage(
                                "io.junction.carriers..",
                                "io.junction.logistics",
                                "io.junction.outcome",
                                "io.junction.channel",
                                "io.junction.pdf",
                                "io.junction.simulator..",
                                "io.junction.ratelimit",
                                "io.junction.demo")))
                .check(CARRIERS);
    }

    @Test
    void adaptersDoNotUseTheirSimulator() {
        noClasses()
                .that()
                .resideInAPackage("io.junction.carriers.*")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("io.junction.carriers.*.simulator..")
                .check(CARRIERS);
    }
}
