package dev.pulsegrid.settings;

import dev.pulsegrid.detect.AdaptiveDetector;
import dev.pulsegrid.detect.AdaptiveSettings;
import dev.pulsegrid.detect.Durations;
import dev.pulsegrid.detect.FailureDetector;
import dev.pulsegrid.detect.FixedTimeoutDetector;
import dev.pulsegrid.detect.PhiAccrualDetector;
import dev.pulsegrid.detect.PhiAccrualSettings;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A detector as named parameters, with the names of the command-line flags ({@code detector},
 * {@code suspect-after}, {@code phi-dead}, ...), so one vocabulary serves {@code --override}, the
 * settings file and the overrides dialog. Values are text: durations as operators type them.
 */
public final class DetectorParams {
    public static final String KIND = "detector";
    static final List<String> FIXED = List.of("suspect-after", "dead-after");
    static final List<String> PHI = List.of("phi-suspect", "phi-dead", "min-std-dev", "acceptable-pause", "window",
            "first-heartbeat");
    static final List<String> ADAPTIVE = List.of("false-suspect-every", "false-dead-every", "min-history", "tail-samples",
            "margin", "prior-pause", "suspect-after", "dead-after");

    private DetectorParams() {
    }

    /** Every parameter of {@code d}, the kind first. */
    public static Map<String, String> of(FailureDetector d) {
        Map<String, String> m = new LinkedHashMap<>();
        if (d instanceof FixedTimeoutDetector f) {
            m.put(KIND, "fixed");
            putFixed(m, f);
        } else if (d instanceof PhiAccrualDetector p) {
            PhiAccrualSettings s = p.settings();
            m.put(KIND, "phi");
            m.put("phi-suspect", number(s.suspectThreshold()));
            m.put("phi-dead", number(s.deadThreshold()));
            m.put("min-std-dev", Durations.format(s.minStdDev()));
            m.put("acceptable-pause", Durations.format(s.acceptablePause()));
            m.put("window", Integer.toString(s.maxSampleSize()));
            m.put("first-heartbeat", Durations.format(s.firstHeartbeatEstimate()));
        } else if (d instanceof AdaptiveDetector a) {
            AdaptiveSettings s = a.settings();
            m.put(KIND, "adaptive");
            m.put("false-suspect-every", Durations.format(s.falseSuspectEvery()));
            m.put("false-dead-every", Durations.format(s.falseDeadEvery()));
            m.put("min-history", Integer.toString(s.minHistory()));
            m.put("tail-samples", Integer.toString(s.tailSamples()));
            m.put("margin", number(s.margin()));
            m.put("prior-pause", Durations.format(s.priorPause()));
            putFixed(m, s.fallback());
        } else {
            throw new IllegalArgumentException("cannot store detector " + d.describe());
        }
        return m;
    }

    private static void putFixed(Map<String, String> m, FixedTimeoutDetector f) {
        m.put("suspect-after", Durations.format(f.suspectAfter()));
        m.put("dead-after", Durations.format(f.deadAfter()));
    }

    /**
     * The detector these parameters describe; missing ones take that kind's defaults, a missing kind
     * is {@code fixed}.
     *
     * @throws IllegalArgumentException naming the parameter at fault and what would be accepted
     */
    public static FailureDetector detector(Map<String, String> params) {
        String kind = params.getOrDefault(KIND, "fixed").trim().toLowerCase(Locale.ROOT);
        List<String> allowed = switch (kind) {
            case "fixed" -> FIXED;
            case "phi" -> PHI;
            case "adaptive" -> ADAPTIVE;
            default -> throw new IllegalArgumentException("detector=" + kind + " is unknown: use fixed, phi or adaptive");
        };
        for (String key : params.keySet()) {
            if (!key.equals(KIND) && !allowed.contains(key)) {
                boolean known = FIXED.contains(key) || PHI.contains(key) || ADAPTIVE.contains(key);
                throw new IllegalArgumentException(known
                        ? key + " does not apply to detector=" + kind + "; its settings are " + String.join(", ", allowed)
                        : "unknown setting '" + key + "'; for detector=" + kind + " use " + String.join(", ", allowed));
            }
        }
        FixedTimeoutDetector fixed = new FixedTimeoutDetector(
                duration(params, "suspect-after", FixedTimeoutDetector.DEFAULT_SUSPECT_AFTER),
                duration(params, "dead-after", FixedTimeoutDetector.DEFAULT_DEAD_AFTER));
        return switch (kind) {
            case "fixed" -> fixed;
            case "phi" -> new PhiAccrualDetector(new PhiAccrualSettings(
                    decimal(params, "phi-suspect", PhiAccrualSettings.DEFAULT_SUSPECT_THRESHOLD),
                    decimal(params, "phi-dead", PhiAccrualSettings.DEFAULT_DEAD_THRESHOLD),
                    duration(params, "min-std-dev", PhiAccrualSettings.DEFAULT_MIN_STD_DEV),
                    duration(params, "acceptable-pause", PhiAccrualSettings.DEFAULT_ACCEPTABLE_PAUSE),
                    whole(params, "window", PhiAccrualSettings.DEFAULT_MAX_SAMPLE_SIZE),
                    duration(params, "first-heartbeat", PhiAccrualSettings.DEFAULT_FIRST_HEARTBEAT_ESTIMATE)));
            default -> new AdaptiveDetector(new AdaptiveSettings(
                    duration(params, "false-suspect-every", AdaptiveSettings.DEFAULT_FALSE_SUSPECT_EVERY),
                    duration(params, "false-dead-every", AdaptiveSettings.DEFAULT_FALSE_DEAD_EVERY),
                    whole(params, "min-history", AdaptiveSettings.DEFAULT_MIN_HISTORY),
                    whole(params, "tail-samples", AdaptiveSettings.DEFAULT_TAIL_SAMPLES),
                    decimal(params, "margin", AdaptiveSettings.DEFAULT_MARGIN),
                    duration(params, "prior-pause", AdaptiveSettings.DEFAULT_PRIOR_PAUSE), fixed));
        };
    }

    /**
     * The short form for the {@code --override} syntax and the dialog: the kind unless fixed, the
     * fixed timeouts always, other parameters only where they differ from their defaults.
     */
    public static String text(FailureDetector d) {
        Map<String, String> all = of(d);
        Map<String, String> defaults = of(detector(Map.of(KIND, all.get(KIND))));
        StringBuilder b = new StringBuilder();
        all.forEach((k, v) -> {
            boolean always = k.equals(KIND) ? !v.equals("fixed") : FIXED.contains(k);
            if (always || !v.equals(defaults.get(k))) {
                b.append(b.length() == 0 ? "" : ",").append(k).append('=').append(v);
            }
        });
        return b.toString();
    }

    /** Reads {@code key=value[,key=value...]} as {@link #text} writes it. */
    public static FailureDetector parse(String text) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String part : text.split(",")) {
            if (part.isBlank()) {
                continue;
            }
            int eq = part.indexOf('=');
            if (eq <= 0 || eq == part.length() - 1) {
                throw new IllegalArgumentException("setting '" + part.trim() + "' is not name=value: use e.g. suspect-after=10s");
            }
            m.put(part.substring(0, eq).trim(), part.substring(eq + 1).trim());
        }
        if (m.isEmpty()) {
            throw new IllegalArgumentException("no detector settings: use e.g. suspect-after=10s,dead-after=30s");
        }
        return detector(m);
    }

    private static Duration duration(Map<String, String> p, String key, Duration fallback) {
        String v = p.get(key);
        if (v == null) {
            return fallback;
        }
        try {
            return Durations.parse(v);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(key + ": " + e.getMessage());
        }
    }

    private static double decimal(Map<String, String> p, String key, double fallback) {
        String v = p.get(key);
        try {
            return v == null ? fallback : Double.parseDouble(v.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + "=" + v + " is not a number: use e.g. " + key + "=" + number(fallback));
        }
    }

    private static int whole(Map<String, String> p, String key, int fallback) {
        String v = p.get(key);
        try {
            return v == null ? fallback : Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + "=" + v + " is not a whole number: use e.g. " + key + "=" + fallback);
        }
    }

    static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
