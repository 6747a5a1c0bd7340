package dev.pulsegrid.packaging;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A jpackage/jlink {@code @argfile} read the way the JDK tools read it: tokens split on white
 * space, single or double quotes group, {@code #} starts a comment outside quotes. Each
 * {@code --option} collects the values that follow it; an option may repeat (--java-options).
 */
record ArgFile(Path path, Map<String, List<String>> options) {

    static ArgFile read(Path path) throws IOException {
        Map<String, List<String>> options = new LinkedHashMap<>();
        String current = null;
        for (String token : tokens(Files.readString(path))) {
            if (token.startsWith("--")) {
                int eq = token.indexOf('=');
                current = eq < 0 ? token : token.substring(0, eq);
                options.computeIfAbsent(current, k -> new ArrayList<>());
                if (eq >= 0) {
                    options.get(current).add(token.substring(eq + 1));
                }
            } else if (current == null) {
                throw new IllegalArgumentException(path + ": value '" + token + "' before any option");
            } else {
                options.get(current).add(token);
            }
        }
        return new ArgFile(path, options);
    }

    /** The single value of an option that must appear exactly once. */
    String single(String option) {
        List<String> values = options.get(option);
        if (values == null || values.size() != 1) {
            throw new AssertionError(path + ": expected exactly one value for " + option + ", got " + values);
        }
        return values.get(0);
    }

    List<String> all(String option) {
        return options.getOrDefault(option, List.of());
    }

    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean inToken = false;
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    cur.append(c);
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
                inToken = true;
            } else if (c == '#') {
                while (i < text.length() && text.charAt(i) != '\n') {
                    i++;
                }
                inToken = flush(out, cur, inToken);
            } else if (Character.isWhitespace(c)) {
                inToken = flush(out, cur, inToken);
            } else {
                cur.append(c);
                inToken = true;
            }
        }
        flush(out, cur, inToken);
        return out;
    }

    private static boolean flush(List<String> out, StringBuilder cur, boolean inToken) {
        if (inToken) {
            out.add(cur.toString());
            cur.setLength(0);
        }
        return false;
    }
}
