package dev.pulsegrid.ui.grid;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The search box's language: space-separated terms, all of which must match.
 * <ul>
 *   <li>{@code web-*} — a node id glob ({@code *} any run, {@code ?} one character); a bare word
 *       without wildcards matches ids containing it ({@code web} finds {@code eu-web-3})</li>
 *   <li>{@code state:suspect} — state (alive, suspect, dead, left, missing); {@code state:suspect,dead} either</li>
 *   <li>{@code role:db zone:eu-1} — metadata key equals value (value may be a glob)</li>
 *   <li>{@code addr:10.0.*} — source address</li>
 * </ul>
 * Matching ignores case. An empty query matches everything.
 */
public final class NodeFilter {
    public static final NodeFilter ALL = new NodeFilter("", List.of(), 0);

    private final String query;
    private final List<Term> terms;
    private final int stateMask; // 0 = any state

    private record Term(String key, Pattern value) {
    }

    private NodeFilter(String query, List<Term> terms, int stateMask) {
        this.query = query;
        this.terms = terms;
        this.stateMask = stateMask;
    }

    public static NodeFilter parse(String query) {
        String q = query == null ? "" : query.trim();
        if (q.isEmpty()) {
            return ALL;
        }
        List<Term> terms = new ArrayList<>();
        int mask = 0;
        for (String word : q.split("\\s+")) {
            int colon = word.indexOf(':');
            if (colon > 0 && colon < word.length() - 1) {
                String key = word.substring(0, colon).toLowerCase(Locale.ROOT);
                String value = word.substring(colon + 1);
                if (key.equals("state") || key.equals("is")) {
                    mask |= stateMask(value);
                } else {
                    terms.add(new Term(key, glob(value, true)));
                }
            } else {
                terms.add(new Term("id", glob(word, word.contains("*") || word.contains("?"))));
            }
        }
        return new NodeFilter(q, List.copyOf(terms), mask);
    }

    /** A filter for exactly one state, as clicking a count in the summary bar does. */
    public static NodeFilter ofState(CellState s) {
        return parse("state:" + s.name().toLowerCase(Locale.ROOT));
    }

    public String query() {
        return query;
    }

    public boolean matchesEverything() {
        return terms.isEmpty() && stateMask == 0;
    }

    /** Whether a term reads the source address (only then is each node's address text made). */
    public boolean needsAddress() {
        for (Term t : terms) {
            if (t.key.equals("addr") || t.key.equals("address")) {
                return true;
            }
        }
        return false;
    }

    /** Whether a term reads metadata (then the order can change when a node's metadata changes). */
    public boolean dependsOnMeta() {
        for (Term t : terms) {
            if (!t.key.equals("id") && !t.key.equals("name") && !t.key.equals("addr") && !t.key.equals("address")) {
                return true;
            }
        }
        return false;
    }

    /** Whether the answer can change when a node's state changes (then the grid re-filters on changes). */
    public boolean dependsOnState() {
        return stateMask != 0;
    }

    public boolean matches(String id, CellState state, Map<String, String> meta, String address) {
        if (stateMask != 0 && (stateMask & (1 << state.ordinal())) == 0) {
            return false;
        }
        for (Term t : terms) {
            String subject = switch (t.key) {
                case "id", "name" -> id;
                case "addr", "address" -> address;
                default -> meta == null ? null : meta.get(t.key);
            };
            if (subject == null || !t.value.matcher(subject).matches()) {
                return false;
            }
        }
        return true;
    }

    private static int stateMask(String value) {
        int mask = 0;
        for (String v : value.split(",")) {
            boolean known = false;
            for (CellState s : CellState.values()) {
                if (s.name().toLowerCase(Locale.ROOT).startsWith(v.toLowerCase(Locale.ROOT)) && !v.isEmpty()) {
                    mask |= 1 << s.ordinal();
                    known = true;
                }
            }
            if (!known) {
                // An unknown state matches nothing rather than everything: the operator sees an empty grid, not a lie.
                mask |= 1 << 31;
            }
        }
        return mask;
    }

    /** Glob to regex; without wildcards and not anchored, a substring match. */
    private static Pattern glob(String text, boolean anchored) {
        StringBuilder re = new StringBuilder(anchored ? "" : ".*");
        StringBuilder literal = new StringBuilder();
        for (char ch : text.toCharArray()) {
            if (ch == '*' || ch == '?') {
                if (literal.length() > 0) {
                    re.append(Pattern.quote(literal.toString()));
                    literal.setLength(0);
                }
                re.append(ch == '*' ? ".*" : ".");
            } else {
                literal.append(ch);
            }
        }
        if (literal.length() > 0) {
            re.append(Pattern.quote(literal.toString()));
        }
        if (!anchored) {
            re.append(".*");
        }
        return Pattern.compile(re.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);
    }

    @Override
    public String toString() {
        return "NodeFilter[" + query + "]";
    }
}
