package dev.pulsegrid.replay;

/** A node's state during a replay; names match the live states so output reads the same. */
public enum Verdict {
    ALIVE, SUSPECT, DEAD
}
