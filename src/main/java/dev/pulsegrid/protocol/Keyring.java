package dev.pulsegrid.protocol;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * The keys a receiver accepts and the one a sender signs with (memberlist's rotation scheme: add the
 * new key everywhere, make it primary, then remove the old one). Immutable: a reload builds a new
 * keyring and swaps it in whole, so a verifier never sees half a file.
 *
 * <p>File format (docs/PROTOCOL.md, "Keyring file"): one key per line,
 * {@code <key-id> hex:<secret> | base64:<secret> [primary]}; '#' starts a comment; blank lines ignored.
 */
public final class Keyring {
    /** Accepts no signature: what a receiver without {@code --keyring} uses. */
    public static final Keyring EMPTY = new Keyring(List.of(), null);

    private final SigningKey[] keys;
    private final SigningKey primary;

    private Keyring(List<SigningKey> keys, SigningKey primary) {
        this.keys = keys.toArray(SigningKey[]::new);
        this.primary = primary;
    }

    /** @throws IllegalArgumentException on duplicate ids or a primary that is not among the keys */
    public static Keyring of(List<SigningKey> keys, String primaryId) {
        List<String> seen = new ArrayList<>();
        SigningKey primary = null;
        for (SigningKey k : keys) {
            if (seen.contains(k.id())) {
                throw new IllegalArgumentException("key id '" + k.id() + "' appears twice");
            }
            seen.add(k.id());
            if (k.id().equals(primaryId)) {
                primary = k;
            }
        }
        if (primaryId != null && primary == null) {
            throw new IllegalArgumentException("primary key '" + primaryId + "' is not in the keyring");
        }
        return new Keyring(keys, primary);
    }

    /**
     * Parses keyring file text.
     *
     * @throws KeyringFormatException naming the first bad line
     */
    public static Keyring parse(String text) throws KeyringFormatException {
        List<SigningKey> keys = new ArrayList<>();
        String primaryId = null;
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int lineNo = i + 1;
            String line = lines[i];
            int hash = line.indexOf('#');
            if (hash >= 0) {
                line = line.substring(0, hash);
            }
            line = line.strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] f = line.split("\\s+");
            if (f.length < 2 || f.length > 3 || (f.length == 3 && !f[2].equals("primary"))) {
                throw new KeyringFormatException(lineNo, "expected '<key-id> hex:<secret>|base64:<secret> [primary]'");
            }
            String idProblem = SigningKey.checkId(f[0]);
            if (idProblem != null) {
                throw new KeyringFormatException(lineNo, idProblem);
            }
            for (SigningKey k : keys) {
                if (k.id().equals(f[0])) {
                    throw new KeyringFormatException(lineNo, "key id '" + f[0] + "' appears twice");
                }
            }
            try {
                keys.add(new SigningKey(f[0], secret(f[1])));
            } catch (IllegalArgumentException e) {
                throw new KeyringFormatException(lineNo, e.getMessage());
            }
            if (f.length == 3) {
                if (primaryId != null) {
                    throw new KeyringFormatException(lineNo, "a second primary key ('" + primaryId + "' is already primary)");
                }
                primaryId = f[0];
            }
        }
        if (keys.isEmpty()) {
            throw new KeyringFormatException(0, "no keys (expected lines '<key-id> hex:<secret> [primary]')");
        }
        if (primaryId == null) {
            if (keys.size() > 1) {
                throw new KeyringFormatException(0, "several keys but none marked 'primary' (the one senders sign with)");
            }
            primaryId = keys.get(0).id();
        }
        return of(keys, primaryId);
    }

    private static byte[] secret(String field) {
        String lower = field.toLowerCase(Locale.ROOT);
        try {
            if (lower.startsWith("hex:")) {
                return HexFormat.of().parseHex(field.substring(4));
            }
            if (lower.startsWith("base64:")) {
                return Base64.getDecoder().decode(field.substring(7));
            }
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("secret is not valid " + (lower.startsWith("hex:") ? "hex" : "base64"));
        }
        throw new IllegalArgumentException("secret must start with 'hex:' or 'base64:' (e.g. hex:$(openssl rand -hex 32))");
    }

    /** The key senders sign with, or null for an empty keyring. */
    public SigningKey primary() {
        return primary;
    }

    public int size() {
        return keys.length;
    }

    public List<String> ids() {
        List<String> out = new ArrayList<>(keys.length);
        for (SigningKey k : keys) {
            out.add(k.id());
        }
        return out;
    }

    public SigningKey find(String id) {
        for (SigningKey k : keys) {
            if (k.id().equals(id)) {
                return k;
            }
        }
        return null;
    }

    /** Looks a key id up straight from datagram bytes, without building a String per datagram. */
    SigningKey find(ByteBuffer buf, int at, int len) {
        outer:
        for (SigningKey k : keys) {
            byte[] id = k.idBytes();
            if (id.length != len) {
                continue;
            }
            for (int i = 0; i < len; i++) {
                if (buf.get(at + i) != id[i]) {
                    continue outer;
                }
            }
            return k;
        }
        return null;
    }

    @Override
    public String toString() {
        return "Keyring" + ids() + (primary == null ? "" : " primary " + primary.id());
    }
}
