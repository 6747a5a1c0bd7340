package dev.pulsegrid.cli;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** "Did you mean --port?": option names within a small edit distance of a mistyped one. */
final class OptionSuggestions {
    private OptionSuggestions() {
    }

    static List<String> near(List<String> unmatched, Collection<String> options) {
        List<String> out = new ArrayList<>();
        for (String u : unmatched) {
            if (!u.startsWith("-")) {
                continue;
            }
            String typed = u.contains("=") ? u.substring(0, u.indexOf('=')) : u;
            for (String o : options) {
                if (o.startsWith("--") && editDistance(typed, o) <= 2 && !out.contains(o)) {
                    out.add(o);
                }
            }
        }
        return out;
    }

    /** Levenshtein distance, two rows. */
    static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
