package dev.pulsegrid.cluster;

import dev.pulsegrid.detect.FailureDetector;
import java.util.Objects;

/** Nodes whose metadata matches {@code selector} are judged by {@code detector} instead of the default. */
public record DetectorOverride(MetaSelector selector, FailureDetector detector) {
    public DetectorOverride {
        Objects.requireNonNull(selector, "selector");
        Objects.requireNonNull(detector, "detector");
    }

    /** The selector's text, e.g. "role=db": what the details panel and notes call this override. */
    public String label() {
        return selector.label();
    }
}
