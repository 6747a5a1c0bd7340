package dev.pulsegrid.ui;

import dev.pulsegrid.ui.grid.NodeGridView;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.stage.Window;

/**
 * Not a test: opens the real app with the demo cluster and, after a delay, sets it up for a
 * screenshot taken from outside ({@code import -window root}) under Xvfb. Settings by system
 * property: pulsegrid.demo (nodes), tour.delay (s), tour.group, tour.query, tour.select (node id,
 * opens details), tour.theme (light), tour.pitch, tour.open (a ☰ menu item by its text, e.g. "Integrations…").
 */
public final class ScreenshotTour {
    private ScreenshotTour() {
    }

    public static void main(String[] args) throws Exception {
        Thread t = new Thread(() -> {
            try {
                Thread.sleep(Long.getLong("tour.delay", 6) * 1000);
            } catch (InterruptedException e) {
                return;
            }
            System.err.println("tour: arranging");
            Platform.runLater(ScreenshotTour::arrange);
        }, "tour");
        t.setDaemon(true);
        t.start();
        PulsegridApp.main(args);
    }

    @SuppressWarnings("unchecked")
    private static void arrange() {
        Parent root = Window.getWindows().get(0).getScene().getRoot();
        NodeGridView grid = (NodeGridView) root.lookup(".node-grid");
        String group = System.getProperty("tour.group");
        if (group != null) {
            ComboBox<String> groupBy = (ComboBox<String>) root.lookup("#groupBy");
            if (!groupBy.getItems().contains(group)) {
                groupBy.getItems().add(group); // the key scan may not have run yet
            }
            groupBy.getSelectionModel().select(group);
        }
        String query = System.getProperty("tour.query");
        if (query != null) {
            ((TextField) root.lookup("#search")).setText(query);
        }
        if ("light".equals(System.getProperty("tour.theme"))) {
            ((javafx.scene.control.MenuButton) root.lookup("#theme")).getItems().stream()
                    .filter(i -> "themeLight".equals(i.getId())).findFirst().ifPresent(i -> ((javafx.scene.control.RadioMenuItem) i).setSelected(true));
        }
        Integer pitch = Integer.getInteger("tour.pitch");
        if (pitch != null) {
            grid.pitchProperty().set(pitch);
        }
        String open = System.getProperty("tour.open");
        if (open != null) {
            ((javafx.scene.control.MenuButton) root.lookup("#more")).getItems().stream()
                    .filter(i -> open.equals(i.getText())).findFirst().ifPresent(javafx.scene.control.MenuItem::fire);
        }
        String select = System.getProperty("tour.select");
        if (select != null) {
            // after the order is rebuilt with the new grouping, on a later pulse
            new Thread(() -> {
                for (int attempt = 0; attempt < 20; attempt++) {
                    try {
                        Thread.sleep(1000);
                    } catch (InterruptedException e) {
                        return;
                    }
                    java.util.concurrent.CompletableFuture<Boolean> done = new java.util.concurrent.CompletableFuture<>();
                    Platform.runLater(() -> {
                        boolean found = grid.select(select);
                        if (found) {
                            grid.onOpenProperty().get().accept(select);
                        }
                        done.complete(found);
                    });
                    if (done.join()) {
                        System.err.println("tour: selected " + select);
                        return;
                    }
                }
            }).start();
        }
    }
}
