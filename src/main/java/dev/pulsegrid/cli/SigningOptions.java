package dev.pulsegrid.cli;

import dev.pulsegrid.net.KeyringFile;
import dev.pulsegrid.net.KeyringFileException;
import dev.pulsegrid.protocol.HeartbeatSigner;
import java.nio.file.Path;
import java.time.Duration;
import picocli.CommandLine.Option;

/** {@code --keyring} for senders ({@code agent}, {@code simulate}): sign with the primary key, follow file changes. */
public final class SigningOptions implements AutoCloseable {
    @Option(names = "--keyring", paramLabel = "FILE",
            description = "Sign every heartbeat with this keyring's primary key; reloaded when the file changes (default: unsigned).")
    Path keyring;

    private KeyringFile file;

    /** @return the signer, or null when no keyring was given */
    public HeartbeatSigner open() throws OperatorException {
        if (keyring == null) {
            return null;
        }
        try {
            file = KeyringFile.watch(keyring, Duration.ofSeconds(1));
        } catch (KeyringFileException e) {
            throw new OperatorException(e.getMessage());
        }
        return new HeartbeatSigner(file);
    }

    /** The keyring opened by {@link #open()} (it follows the file), or null without --keyring. */
    public java.util.function.Supplier<dev.pulsegrid.protocol.Keyring> keyring() {
        return file;
    }

    @Override
    public void close() {
        if (file != null) {
            file.close();
        }
    }
}
