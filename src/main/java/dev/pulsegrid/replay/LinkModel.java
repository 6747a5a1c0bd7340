package dev.pulsegrid.replay;

/**
 * How one synthetic node's heartbeats reach the monitor: the sender's timer jitter, the network's
 * delay (a floor plus an exponential part) and loss, the sender's stalls (GC: a pause of uniform
 * length at exponential intervals, after which sending resumes), and loss bursts (every heartbeat
 * lost for a uniform duration at exponential intervals). Times in milliseconds; 0 disables a part.
 */
public record LinkModel(String name, double senderJitterSdMs, double delayFloorMs, double delayMeanExtraMs,
                        double lossRate, double stallEveryMs, double stallMinMs, double stallMaxMs,
                        double burstEveryMs, double burstMinMs, double burstMaxMs) {

    /** Small jitter, rare loss. */
    public static final LinkModel LAN = new LinkModel("lan", 2, 0.3, 0.5, 0.001, 0, 0, 0, 0, 0, 0);
    /** Large jitter, 1% loss. */
    public static final LinkModel WAN = new LinkModel("wan", 5, 40, 60, 0.01, 0, 0, 0, 0, 0, 0);
    /** LAN link, sender stalls of 0.5-3 s every 3 minutes on average. */
    public static final LinkModel GC = new LinkModel("gc", 2, 0.3, 0.5, 0.001, 180_000, 500, 3_000, 0, 0, 0);
    /** LAN link, 2-10 s loss bursts every 10 minutes on average. */
    public static final LinkModel BURSTS = new LinkModel("bursts", 2, 0.3, 0.5, 0.001, 0, 0, 0, 600_000, 2_000, 10_000);
}
