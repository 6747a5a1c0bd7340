package dev.pulsegrid.cluster;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Which nodes a setting applies to, by metadata: {@code role=db}, or several pairs that must all
 * hold, {@code role=db,zone=eu-1}. The label is the canonical text (keys sorted), shown wherever the
 * override is named, and built once so every node that matches shares the one string.
 */
public final class MetaSelector {
    private final String[] keys;
    private final String[] values;
    private final String label;

    private MetaSelector(TreeMap<String, String> pairs) {
        this.keys = pairs.keySet().toArray(String[]::new);
        this.values = pairs.values().toArray(String[]::new);
        StringBuilder b = new StringBuilder();
        pairs.forEach((k, v) -> b.append(b.length() == 0 ? "" : ",").append(k).append('=').append(v));
        this.label = b.toString();
    }

    /**
     * Reads {@code key=value[,key=value...]}.
     *
     * @throws IllegalArgumentException naming the fault and the expected form
     */
    public static MetaSelector parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("empty selector: use key=value, e.g. role=db (several: role=db,zone=eu-1)");
        }
        TreeMap<String, String> pairs = new TreeMap<>();
        for (String part : text.split(",")) {
            int eq = part.indexOf('=');
            String key = eq < 0 ? part.trim() : part.substring(0, eq).trim();
            String value = eq < 0 ? "" : part.substring(eq + 1).trim();
            if (eq < 0 || key.isEmpty() || value.isEmpty()) {
                throw new IllegalArgumentException("selector part '" + part.trim() + "' is not key=value: use e.g. role=db");
            }
            if (pairs.put(key, value) != null) {
                throw new IllegalArgumentException("selector names '" + key + "' twice: a node has one value per key");
            }
        }
        return new MetaSelector(pairs);
    }

    public static MetaSelector of(Map<String, String> pairs) {
        if (pairs.isEmpty()) {
            throw new IllegalArgumentException("a selector needs at least one key=value");
        }
        return new MetaSelector(new TreeMap<>(pairs));
    }

    /** True when every pair of the selector is in the node's metadata. */
    public boolean matches(Map<String, String> meta) {
        for (int i = 0; i < keys.length; i++) {
            if (!values[i].equals(meta.get(keys[i]))) {
                return false;
            }
        }
        return true;
    }

    /** Canonical text, e.g. {@code role=db,zone=eu-1}. */
    public String label() {
        return label;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MetaSelector s && s.label.equals(label);
    }

    @Override
    public int hashCode() {
        return Objects.hash(label);
    }

    @Override
    public String toString() {
        return label;
    }
}
