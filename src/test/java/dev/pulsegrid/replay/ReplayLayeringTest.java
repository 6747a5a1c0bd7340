package dev.pulsegrid.replay;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** replay may use detect and protocol only, no JavaFX; detect must not lean on replay. */
class ReplayLayeringTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.pulsegrid");

    @Test
    void replayUsesOnlyDetectAndProtocol() {
        noClasses().that().resideInAPackage("dev.pulsegrid.replay..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.pulsegrid.cluster..", "dev.pulsegrid.net..",
                        "dev.pulsegrid.journal..", "dev.pulsegrid.sim..", "dev.pulsegrid.ui..", "dev.pulsegrid.cli..",
                        "javafx..", "org.controlsfx..")
                .check(CLASSES);
    }

    @Test
    void detectDoesNotUseReplay() {
        noClasses().that().resideInAPackage("dev.pulsegrid.detect..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.pulsegrid.replay..")
                .check(CLASSES);
    }
}
