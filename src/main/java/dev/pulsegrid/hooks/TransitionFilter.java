package dev.pulsegrid.hooks;

import dev.pulsegrid.cluster.MembershipEvent;
import dev.pulsegrid.cluster.NodeState;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Which transitions a handler wants, by the state entered: {@code dead=CMD}, {@code dead,left=CMD},
 * or no prefix for all. A prefix that is not a list of states is part of the command
 * ({@code FOO=1 notify.sh} runs as written).
 *
 * @param states  states whose entry triggers the handler (all four when unfiltered)
 * @param command what follows the filter
 */
public record TransitionFilter(Set<NodeState> states, String command) {
    public TransitionFilter {
        states = Set.copyOf(states);
    }

    /** @throws IllegalArgumentException when nothing is left to run */
    public static TransitionFilter parse(String spec) {
        int eq = spec.indexOf('=');
        if (eq > 0) {
            Set<NodeState> states = EnumSet.noneOf(NodeState.class);
            boolean allStates = true;
            for (String part : spec.substring(0, eq).split(",")) {
                NodeState s = stateOrNull(part.trim());
                if (s == null) {
                    allStates = false;
                    break;
                }
                states.add(s);
            }
            if (allStates) {
                return checked(states, spec.substring(eq + 1).trim(), spec);
            }
        }
        return checked(EnumSet.allOf(NodeState.class), spec.trim(), spec);
    }

    private static TransitionFilter checked(Set<NodeState> states, String command, String spec) {
        if (command.isEmpty()) {
            throw new IllegalArgumentException("'" + spec + "' has no command: use [STATE[,STATE]=]COMMAND, e.g. dead=/usr/local/bin/page.sh");
        }
        return new TransitionFilter(states, command);
    }

    private static NodeState stateOrNull(String s) {
        try {
            return NodeState.valueOf(s.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public boolean matches(MembershipEvent e) {
        return e.isTransition() && e.to() != null && states.contains(e.to());
    }
}
