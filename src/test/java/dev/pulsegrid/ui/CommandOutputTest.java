package dev.pulsegrid.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommandOutputTest {
    @Test
    void returnsWhatTheCommandPrinted() {
        assertEquals("'prefer-dark'\n", CommandOutput.run(List.of("echo", "'prefer-dark'"), Duration.ofSeconds(10)));
    }

    @Test
    void aMissingCommandIsNoAnswer() {
        assertNull(CommandOutput.run(List.of("pulsegrid-no-such-command-xyz"), Duration.ofSeconds(10)));
    }

    @Test
    void aFailingCommandIsNoAnswer() {
        assertNull(CommandOutput.run(List.of("sh", "-c", "echo half; exit 3"), Duration.ofSeconds(10)));
    }

    @Test
    void aCommandThatDoesNotAnswerInTimeIsNoAnswer() {
        assertNull(CommandOutput.run(List.of("sleep", "30"), Duration.ofMillis(200)));
    }
}
