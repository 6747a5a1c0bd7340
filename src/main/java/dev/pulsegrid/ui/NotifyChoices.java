package dev.pulsegrid.ui;

import dev.pulsegrid.cluster.NodeState;
import javafx.scene.control.CheckMenuItem;

/** The toolbar's "Notify" checks: which transitions raise a desktop notification. */
final class NotifyChoices {
    private static final NodeState[] STATES = {NodeState.SUSPECT, NodeState.DEAD, NodeState.LEFT, NodeState.ALIVE};

    private final Notifier notifier;
    private final CheckMenuItem[] items;

    NotifyChoices(Notifier notifier, CheckMenuItem suspect, CheckMenuItem dead, CheckMenuItem left,
                  CheckMenuItem alive) {
        this.notifier = notifier;
        this.items = new CheckMenuItem[] {suspect, dead, left, alive};
        for (int i = 0; i < items.length; i++) {
            bind(items[i], STATES[i]);
        }
    }

    private void bind(CheckMenuItem item, NodeState state) {
        item.setSelected(notifier.enabled().contains(state));
        item.selectedProperty().addListener((o, a, on) -> {
            if (on) {
                notifier.enabled().add(state);
            } else {
                notifier.enabled().remove(state);
            }
        });
    }

    /** Starts from the operator's stored choices (when there are any) and saves each later change. */
    void useSettings(OperatorSettings settings, dev.pulsegrid.settings.Settings s) {
        for (int i = 0; i < items.length; i++) {
            if (s.notifyStates() != null) {
                items[i].setSelected(s.notifyStates().contains(STATES[i]));
            }
            items[i].selectedProperty().addListener((o, a, b) ->
                    settings.update(x -> x.withNotifyStates(notifier.enabled())));
        }
    }
}
