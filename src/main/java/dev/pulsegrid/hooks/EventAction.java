package dev.pulsegrid.hooks;

import dev.pulsegrid.cluster.MembershipEvent;
import java.time.Duration;

/** Something done with one transition off the membership thread: run a command, post a webhook. */
interface EventAction {
    /** Outcome of one run, counted per handler. */
    enum Outcome { OK, FAILED, TIMED_OUT }

    /** For logs and counters, e.g. "cmd:/usr/local/bin/page.sh". */
    String name();

    /** Runs to completion or until {@code timeout}, whichever is first; never throws. */
    Outcome run(MembershipEvent event, String json, Duration timeout);
}
