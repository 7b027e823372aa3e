package io.junction;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.apache.ibatis.annotations.Mapper;

/** The one direction of STYLE.md: connectors → sync-core ← logistics-adapters, web-admin → all. */
@AnalyzeClasses(packages = "io.junction", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /**
     * sync-core's classes, told by where they were loaded from rather than by a list of packages, so that
     * a new core package is covered the day it is added.
     */
    private static final DescribedPredicate<JavaClass> IN_SYNC_CORE = DescribedPredicate.describe(
            "in sync-core",
            c -> c.getBaseComponentType()
                    .getSource()
                    .map(s -> s.getUri().toString().contains("sync-core"))
                    .orElse(false));

    /** A connector's or carrier's own classes: not the kits they all share. */
    private static final DescribedPredicate<JavaClass> ONE_INTEGRATION = resideInAnyPackage(
                    "io.junction.connectors..", "io.junction.carriers..")
            .and(not(resideInAPackage("io.junction.connectors.kit..")))
            .as("a particular marketplace or carrier");

    /** ArchUnit fails a rule that finds no class, so a predicate that finds no sync-core class fails too. */
    @ArchTest
    static final ArchRule syncCoreIsTheCore = classes()
            .that(IN_SYNC_CORE)
            .should()
            .onlyDependOnClassesThat(IN_SYNC_CORE.or(not(resideInAPackage("io.junction.."))))
            .as("sync-core depends on no other module: no marketplace, carrier, kit or web class");

    /**
     * A marketplace or a carrier plugs itself in (its own auto-configuration, its own demo): nothing
     * outside its folder names it, so adding one edits no Java file elsewhere.
     */
    @ArchTest
    static final ArchRule noOneOutsideAnIntegrationNamesIt = noClasses()
            .that()
            .resideOutsideOfPackages("io.junction.connectors..", "io.junction.carriers..")
            .should()
            .dependOnClassesThat(ONE_INTEGRATION);

    /** Connectors share the connector kit, and nothing else (the simulator kit lives outside them). */
    @ArchTest
    static final ArchRule connectorsDoNotImportEachOther = slices().matching("io.junction.connectors.(*)..")
            .should()
            .notDependOnEachOther()
            .ignoreDependency(
                    resideInAPackage("io.junction.connectors.."), resideInAPackage("io.junction.connectors.kit.."));

    /** Carriers share the carriers' kit (tuned HTTP, tracking words, the simulators' journey), and nothing else. */
    @ArchTest
    static final ArchRule carriersDoNotImportEachOther = slices().matching("io.junction.carriers.(*)..")
            .should()
            .notDependOnEachOther()
            .ignoreDependency(
                    resideInAPackage("io.junction.carriers.."), resideInAPackage("io.junction.carriers.kit.."));

    /** The simulator kit serves every marketplace and carrier simulator, so it knows none of them. */
    @ArchTest
    static final ArchRule simulatorKitKnowsNoIntegration = noClasses()
            .that()
            .resideInAPackage("io.junction.simulator..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("io.junction.connectors..", "io.junction.carriers..", "io.junction.web..");

    /** A connector works without its simulator; only its demo configuration, beside the simulator, uses it. */
    @ArchTest
    static final ArchRule connectorsDoNotUseTheirSimulator = noClasses()
            .that()
            .resideInAPackage("io.junction.connectors.*")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("io.junction.connectors.*.simulator..");

    @ArchTest
    static final ArchRule marketplacesAndCarriersDoNotKnowEachOther = noClasses()
            .that()
            .resideInAPackage("io.junction.connectors..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("io.junction.carriers..", "io.junction.web..");

    @ArchTest
    static final ArchRule carriersDoNotKnowMarketplacesOrTheWeb = noClasses()
            .that()
            .resideInAPackage("io.junction.carriers..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("io.junction.connectors..", "io.junction.web..");

    /** Every PDF draws its text through io.junction.pdf, so every PDF has fonts for every script. */
    @ArchTest
    static final ArchRule onlyThePdfTextLoadsFonts = noClasses()
            .that()
            .resideOutsideOfPackage("io.junction.pdf..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.apache.pdfbox.pdmodel.font..");

    @ArchTest
    static final ArchRule mapperMeansAMyBatisMapper =
            classes().that().areAnnotatedWith(Mapper.class).should().haveSimpleNameEndingWith("Mapper");
}
