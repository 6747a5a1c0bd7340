package dev.pulsegrid.cli;

import dev.pulsegrid.net.Cidr;
import dev.pulsegrid.net.IngestSecurity;
import dev.pulsegrid.net.KeyringFile;
import dev.pulsegrid.net.KeyringFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * Receiver policy flags shared by {@code watch} and {@code gui} (docs/PROTOCOL.md, "Receiver
 * policy"). {@link #open()} turns them into an {@link IngestSecurity} for MonitorConfig and starts
 * watching the keyring file; {@link #close()} stops that.
 */
public final class ReceiverSecurityOptions implements AutoCloseable {
    @Option(names = "--keyring", paramLabel = "FILE",
            description = "Keys signed heartbeats are checked with ('<key-id> hex:<secret>|base64:<secret> [primary]' per line); reloaded when the file changes.")
    Path keyring;

    @Option(names = "--require-auth",
            description = "Drop every unsigned heartbeat (needs --keyring).")
    boolean requireAuth;

    @Option(names = "--allow", paramLabel = "CIDR", split = ",",
            description = "Accept heartbeats only from these source networks, e.g. 10.0.0.0/8,fd00::/8 (default: any).")
    List<String> allow = new ArrayList<>();

    @Option(names = "--max-clock-skew", paramLabel = "DURATION", converter = DurationConverter.class, defaultValue = "0s",
            description = "Drop heartbeats whose sent-at is further than this from our clock; 0s = off (default: ${DEFAULT-VALUE}).")
    Duration maxClockSkew;

    private KeyringFile file;

    /** @throws OperatorException naming the bad flag or keyring line (exit code 2) */
    public IngestSecurity open() throws OperatorException {
        if (requireAuth && keyring == null) {
            throw new OperatorException("--require-auth needs --keyring FILE: without keys no heartbeat could be accepted");
        }
        if (maxClockSkew.isNegative()) {
            throw new OperatorException("--max-clock-skew must not be negative, e.g. 30s");
        }
        List<Cidr> networks = new ArrayList<>();
        for (String a : allow) {
            try {
                networks.add(Cidr.parse(a));
            } catch (IllegalArgumentException e) {
                throw new OperatorException("--allow " + e.getMessage());
            }
        }
        if (keyring != null) {
            try {
                file = KeyringFile.watch(keyring, Duration.ofSeconds(1));
            } catch (KeyringFileException e) {
                throw new OperatorException(e.getMessage());
            }
        }
        return new IngestSecurity(file, requireAuth, networks, maxClockSkew.toMillis());
    }

    /** One line for the start banner, or empty when no policy is set. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        if (file != null) {
            parts.add("keyring " + file.get().ids() + (requireAuth ? ", auth required" : ", unsigned accepted"));
        }
        if (!allow.isEmpty()) {
            parts.add("allow " + String.join(",", allow));
        }
        if (!maxClockSkew.isZero()) {
            parts.add("max clock skew " + dev.pulsegrid.detect.Durations.format(maxClockSkew));
        }
        return String.join("; ", parts);
    }

    @Override
    public void close() {
        if (file != null) {
            file.close();
        }
    }
}
