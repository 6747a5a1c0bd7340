package dev.pulsegrid.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalTest {
    @TempDir
    Path dir;

    @Test
    void opensANewFileInWalModeWithTheCurrentSchema() throws Exception {
        Journal j = Journal.open(dir.resolve("a/b/journal.db"));
        assertTrue(Files.exists(dir.resolve("a/b/journal.db")));
        try (Connection c = j.connect(); Statement s = c.createStatement()) {
            assertEquals("wal", text(s, "PRAGMA journal_mode"));
            assertEquals(String.valueOf(JournalSchema.VERSION), text(s, "PRAGMA user_version"));
            assertEquals("2", text(s, "PRAGMA auto_vacuum"), "incremental auto-vacuum lets retention shrink the file");
            assertTrue(text(s, "EXPLAIN QUERY PLAN SELECT * FROM arrivals WHERE node_id = 1 AND arrival_ms > 5", 4)
                    .contains("arrivals_node_time"));
            assertTrue(text(s, "EXPLAIN QUERY PLAN SELECT * FROM events WHERE node_id = 1 AND wall_ms > 5", 4)
                    .contains("events_node_time"));
        }
    }

    @Test
    void reopeningKeepsTheData() throws Exception {
        Path p = dir.resolve("j.db");
        Journal.open(p);
        try (Connection c = Journal.open(p).connect(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO nodes (name) VALUES ('n1')");
        }
        try (Connection c = Journal.open(p).connect(); Statement s = c.createStatement()) {
            assertEquals("n1", text(s, "SELECT name FROM nodes"));
        }
    }

    @Test
    void refusesAJournalFromANewerVersionNamingTheFix() throws Exception {
        Path p = dir.resolve("j.db");
        try (Connection c = Journal.open(p).connect(); Statement s = c.createStatement()) {
            s.execute("PRAGMA user_version = 99");
        }
        JournalException e = assertThrows(JournalException.class, () -> Journal.open(p));
        assertTrue(e.getMessage().contains("schema version 99") && e.getMessage().contains("--journal"), e.getMessage());
    }

    @Test
    void refusesAFileThatIsNotADatabase() throws Exception {
        Path p = dir.resolve("notes.txt");
        Files.writeString(p, "this is not sqlite, just some text that is long enough to have a header".repeat(20));
        JournalException e = assertThrows(JournalException.class, () -> Journal.open(p));
        assertTrue(e.getMessage().contains(p.toString()), e.getMessage());
    }

    @Test
    void refusesAnotherApplicationsDatabase() throws Exception {
        Path p = dir.resolve("other.db");
        try (Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + p); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE invoices (id INTEGER)");
        }
        JournalException e = assertThrows(JournalException.class, () -> Journal.open(p));
        assertTrue(e.getMessage().contains("something else"), e.getMessage());
    }

    private static String text(Statement s, String sql) throws Exception {
        return text(s, sql, 1);
    }

    private static String text(Statement s, String sql, int column) throws Exception {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(column);
        }
    }
}
