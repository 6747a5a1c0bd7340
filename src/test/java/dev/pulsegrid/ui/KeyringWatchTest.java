package dev.pulsegrid.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pulsegrid.detect.FixedTimeoutDetector;
import dev.pulsegrid.net.IngestSecurity;
import dev.pulsegrid.net.KeyringFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** A keyring file broken while the window runs: a dialog and a banner naming the file and the fix; the old keys stay. */
class KeyringWatchTest {
    private static final String K1 = "k1 hex:000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f primary";
    private PulsegridApp app;
    private KeyringFile keyring;

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        keyring.close();
    }

    @Test
    void aMalformedKeyringWhileRunningIsADialogNamingTheFileAndTheLine(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("keys"), K1 + "\n");
        keyring = KeyringFile.watch(file, Duration.ofMillis(200));
        FxToolkit.registerPrimaryStage();
        PulsegridApp.configure(new GuiConfig("127.0.0.1", 0, 0, FixedTimeoutDetector.defaults(), null)
                .withNotifications(false).withSecurity(new IngestSecurity(keyring, true, List.of(), 0)));
        app = (PulsegridApp) FxToolkit.setupApplication(PulsegridApp::new);
        FxRobot robot = new FxRobot();
        Label listening = robot.lookup(".listening").queryAs(Label.class);
        waitUntil(() -> listening.getText().startsWith("listening on udp 127.0.0.1:"));

        Files.writeString(file, K1 + "\nk2 hex:abc\n");
        waitUntil(() -> robot.lookup(".problem-dialog").tryQuery().isPresent());
        DialogPane dialog = robot.lookup(".problem-dialog").queryAs(DialogPane.class);
        assertEquals("Keyring " + file + " not reloaded", Fx.get(dialog::getHeaderText));
        String fix = Fx.get(dialog::getContentText);
        assertTrue(fix.contains("format: '<key-id> hex:<secret>") && fix.contains("previous keys stay in force"), fix);
        robot.clickOn("Continue with the previous keys");
        Label banner = robot.lookup(".banner").queryAs(Label.class);
        assertTrue(Fx.get(banner::isVisible));
        assertTrue(Fx.get(banner::getText).contains("not reloaded"), Fx.get(banner::getText));
        assertEquals(List.of("k1"), List.copyOf(keyring.get().ids()), "the previous keys stay in force");
    }

    private static void waitUntil(BooleanSupplier c) {
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> Fx.get(c::getAsBoolean));
        } catch (TimeoutException e) {
            throw new AssertionError("not within 15 s", e);
        }
    }
}
