package dev.pulsegrid.ui;

import dev.pulsegrid.net.BindFailedException;
import dev.pulsegrid.net.Monitor;
import java.net.InetSocketAddress;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;

/**
 * The heartbeat port could not be bound while the window started: a dialog naming the problem and
 * the fix, and "Retry on another port…" binding the running (socketless) monitor there, off the FX
 * thread. The banner stays as the reminder until a retry succeeds.
 */
final class ListenProblem {
    private final Window owner;
    private final MainWindowController controller;
    private final Supplier<Monitor> monitor;
    private final String bindAddress;

    ListenProblem(Window owner, MainWindowController controller, Supplier<Monitor> monitor, String bindAddress) {
        this.owner = owner;
        this.controller = controller;
        this.monitor = monitor;
        this.bindAddress = bindAddress;
    }

    /** Shows the dialog; FX thread. */
    void show(BindFailedException e) {
        Problem p = Problem.bind(e);
        ProblemDialog d = new ProblemDialog("Pulsegrid — cannot listen", p);
        // Another port cannot help when the address itself is not this machine's.
        if (!p.problem().startsWith("No network interface")) {
            d.choice("Retry on another port…", ButtonData.OK_DONE, () -> askPort(e.address().getPort()));
        }
        d.choice("Continue without listening", ButtonData.CANCEL_CLOSE, () -> { });
        d.choice("Quit", ButtonData.OTHER, Platform::exit);
        d.show(owner);
    }

    private void askPort(int failed) {
        TextInputDialog t = new TextInputDialog(String.valueOf(failed > 0 && failed < 65535 ? failed + 1 : 0));
        t.initOwner(owner);
        t.setTitle("Pulsegrid — listen on another port");
        t.setHeaderText("Listen for heartbeats on another UDP port (" + bindAddress + ")");
        t.setContentText("Port (0 = any free one):");
        t.getEditor().setId("retry-port");
        t.setOnHidden(ev -> {
            String text = t.getResult();
            if (text != null) {
                retry(text.strip(), failed);
            }
        });
        t.show();
    }

    private void retry(String text, int failed) {
        int port;
        try {
            port = Integer.parseInt(text);
            if (port < 0 || port > 65535) {
                throw new NumberFormatException();
            }
        } catch (NumberFormatException e) {
            new ProblemDialog("Pulsegrid — cannot listen", new Problem("'" + text + "' is not a UDP port",
                    "Give a number from 0 to 65535 (0 picks any free port)."))
                    .choice("Retry on another port…", ButtonData.OK_DONE, () -> askPort(failed))
                    .choice("Continue without listening", ButtonData.CANCEL_CLOSE, () -> { })
                    .show(owner);
            return;
        }
        Monitor m = monitor.get();
        Thread binder = new Thread(() -> {
            try {
                InetSocketAddress bound = m.listen(new InetSocketAddress(bindAddress, port));
                String host = bound.getAddress().isAnyLocalAddress() ? bindAddress : bound.getAddress().getHostAddress();
                ListenStatus ok = ListenStatus.listening(host + ":" + bound.getPort(), bound.getPort());
                Platform.runLater(() -> controller.setListenStatus(ok));
            } catch (BindFailedException e) {
                Platform.runLater(() -> {
                    controller.setListenStatus(ListenStatus.failed(port, e.getMessage()
                            + ". Agents cannot reach this window; the demo cluster still works."));
                    show(e);
                });
            }
        }, "pulsegrid-monitor-listen");
        binder.setDaemon(true);
        binder.start();
    }
}
