package dev.pulsegrid.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The package map of DESIGN.md as failing tests: logic never depends on the GUI, lower layers never on higher. */
class LayeringTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.pulsegrid");
    }

    @Test
    void javafxOnlyInUi() {
        noClasses().that().resideOutsideOfPackages("dev.pulsegrid.ui..", "dev.pulsegrid.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..")
                .because("nothing below ui may depend on JavaFX")
                .check(classes);
    }

    @Test
    void cliUsesJavafxOnlyThroughUi() {
        noClasses().that().resideInAPackage("dev.pulsegrid.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..")
                .check(classes);
    }

    @Test
    void nothingDependsOnUiOrCli() {
        noClasses().that().resideOutsideOfPackages("dev.pulsegrid.ui..", "dev.pulsegrid.cli..", "dev.pulsegrid")
                .should().dependOnClassesThat().resideInAnyPackage("dev.pulsegrid.ui..", "dev.pulsegrid.cli..")
                .check(classes);
    }

    @Test
    void protocolAndDetectImportNothingOfOurs() {
        noClasses().that().resideInAPackage("dev.pulsegrid.protocol..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "dev.pulsegrid.detect..", "dev.pulsegrid.cluster..", "dev.pulsegrid.net..",
                        "dev.pulsegrid.journal..", "dev.pulsegrid.sim..")
                .check(classes);
        noClasses().that().resideInAPackage("dev.pulsegrid.detect..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "dev.pulsegrid.protocol..", "dev.pulsegrid.cluster..", "dev.pulsegrid.net..",
                        "dev.pulsegrid.journal..", "dev.pulsegrid.sim..")
                .check(classes);
    }

    @Test
    void clusterDependsOnlyDownward() {
        noClasses().that().resideInAPackage("dev.pulsegrid.cluster..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "dev.pulsegrid.net..", "dev.pulsegrid.journal..", "dev.pulsegrid.sim..")
                .check(classes);
    }

    @Test
    void journalDoesNotReachIntoTheNetwork() {
        noClasses().that().resideInAPackage("dev.pulsegrid.journal..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.pulsegrid.net..", "io.netty..")
                .allowEmptyShould(true)
                .check(classes);
    }
}
