package dev.pulsegrid.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.scene.input.KeyCode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WindowKeysTest {
    @ParameterizedTest(name = "{0} in text field {1}, details open {2}, search focused {3} -> {4}")
    @CsvSource({
        "SLASH,  false, false, false, FOCUS_SEARCH",
        "SLASH,  false, true,  false, FOCUS_SEARCH",
        "SLASH,  true,  false, true,  PASS",
        "ESCAPE, false, true,  false, CLOSE_DETAILS",
        "ESCAPE, true,  true,  true,  CLOSE_DETAILS",
        "ESCAPE, true,  false, true,  LEAVE_SEARCH",
        "ESCAPE, false, false, false, IGNORE",
        "A,      false, true,  true,  PASS",
        "ENTER,  false, false, false, PASS",
    })
    void slashFocusesSearchOutsideTextFieldsAndEscapeClosesDetailsBeforeLeavingSearch(
            KeyCode code, boolean inTextField, boolean detailsOpen, boolean searchFocused, WindowKeys.Action expected) {
        assertEquals(expected, WindowKeys.decide(code, inTextField, detailsOpen, searchFocused));
    }
}
