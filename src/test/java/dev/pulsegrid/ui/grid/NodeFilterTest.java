package dev.pulsegrid.ui.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NodeFilterTest {
    private static final Map<String, String> DB_EU = Map.of("role", "db", "zone", "eu-1");

    @ParameterizedTest(name = "''{0}'' on {1}/{2} -> {3}")
    @CsvSource(delimiter = ';', value = {
        "'';                       web-1;  ALIVE;   true",
        "web-*;                    web-1;  ALIVE;   true",
        "web-*;                    eu-web-1; ALIVE; false",   // a glob is anchored
        "web;                      eu-web-1; ALIVE; true",    // a bare word is a substring
        "WEB-?;                    web-7;  ALIVE;   true",    // case-insensitive, ? is one character
        "web-?;                    web-17; ALIVE;   false",
        "state:suspect;            web-1;  SUSPECT; true",
        "state:suspect;            web-1;  ALIVE;   false",
        "state:sus;                web-1;  SUSPECT; true",    // prefixes of state names
        "state:suspect,dead;       web-1;  DEAD;    true",
        "is:missing;               web-1;  MISSING; true",
        "state:bogus;              web-1;  ALIVE;   false",   // unknown state matches nothing, not everything
        "role:db zone:eu-1;        db-1;   ALIVE;   true",
        "role:db zone:us-1;        db-1;   ALIVE;   false",
        "zone:eu-*;                db-1;   ALIVE;   true",
        "rack:r1;                  db-1;   ALIVE;   false",   // absent key never matches
        "addr:10.0.*;              db-1;   ALIVE;   true",
        "db state:alive role:db;   db-1;   ALIVE;   true",
        "db state:dead;            db-1;   ALIVE;   false",
        "a.b;                      axb;    ALIVE;   false",   // regex characters are literal
    })
    void matches(String query, String id, CellState state, boolean expected) {
        assertEquals(expected, NodeFilter.parse(query).matches(id, state, DB_EU, "10.0.3.4:7946"));
    }

    @ParameterizedTest
    @CsvSource({"'', false", "web-*, false", "state:dead, true", "role:db is:alive, true"})
    void knowsWhenStateChangesCanChangeTheResult(String query, boolean dependsOnState) {
        assertEquals(dependsOnState, NodeFilter.parse(query).dependsOnState());
    }
}
