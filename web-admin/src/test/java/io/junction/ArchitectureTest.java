package io.junction;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.apache.ibatis.annotations.Mapper;

/** The one direction of STYLE.md: connectors → sync-core ← logistics-adapters, web-admin → all. */
@AnalyzeClasses(packages = "io.junction", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] CORE = {
        "io.junction.outcome..", "io.junction.channel..", "io.junction.logistics..", "io.junction.order..",
        "io.junction.shop..", "io.junction.secret..", "io.junction.sku..", "io.junction.audit..",
        "io.junction.allocation..", "io.junction.label..", "io.junction.scanout..", "io.junction.writeback..",
        "io.junction.sync..", "io.junction.persistence..", "io.junction.pdf.."
    };

    @ArchTest
    static final ArchRule syncCoreKnowsNoMarketplaceCarrierOrWebClass = noClasses().that().resideInAnyPackage(CORE)
            .should().dependOnClassesThat().resideInAnyPackage("io.junction.connectors..", "io.junction.carriers..",
                    "io.junction.web..");

    /** Connectors share the connector kit, and nothing else (the simulator kit lives outside them). */
    @ArchTest
    static final ArchRule connectorsDoNotImportEachOther = slices().matching("io.junction.connectors.(*)..")
            .should().notDependOnEachOther()
            .ignoreDependency(resideInAPackage("io.junction.connectors.."), resideInAPackage("io.junction.connectors.kit.."));

    @ArchTest
    static final ArchRule carriersDoNotImportEachOther = slices().matching("io.junction.carriers.(*)..")
            .should().notDependOnEachOther();

    /** The simulator kit serves every marketplace and carrier simulator, so it knows none of them. */
    @ArchTest
    static final ArchRule simulatorKitKnowsNoIntegration = noClasses().that().resideInAPackage("io.junction.simulator..")
            .should().dependOnClassesThat().resideInAnyPackage("io.junction.connectors..", "io.junction.carriers..",
                    "io.junction.web..");

    @ArchTest
    static final ArchRule marketplacesAndCarriersDoNotKnowEachOther = noClasses().that()
            .resideInAPackage("io.junction.connectors..")
            .should().dependOnClassesThat().resideInAnyPackage("io.junction.carriers..", "io.junction.web..");

    @ArchTest
    static final ArchRule carriersDoNotKnowMarketplacesOrTheWeb = noClasses().that()
            .resideInAPackage("io.junction.carriers..")
            .should().dependOnClassesThat().resideInAnyPackage("io.junction.connectors..", "io.junction.web..");

    /** Every PDF draws its text through io.junction.pdf, so every PDF has fonts for every script. */
    @ArchTest
    static final ArchRule onlyThePdfTextLoadsFonts = noClasses().that().resideOutsideOfPackage("io.junction.pdf..")
            .should().dependOnClassesThat().resideInAPackage("org.apache.pdfbox.pdmodel.font..");

    @ArchTest
    static final ArchRule mapperMeansAMyBatisMapper = classes().that().areAnnotatedWith(Mapper.class)
            .should().haveSimpleNameEndingWith("Mapper");
}
