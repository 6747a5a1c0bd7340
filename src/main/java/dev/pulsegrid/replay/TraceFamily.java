package dev.pulsegrid.replay;

/** The synthetic families of the QoS benchmark; MIXED draws each node's link from the others. */
public enum TraceFamily {
    LAN, WAN, GC, BURSTS, MIXED;

    /** The link of node {@code i} given a uniform draw u in [0,1): MIXED is 40% LAN, 30% WAN, 15% GC, 15% bursts. */
    public LinkModel link(double u) {
        return switch (this) {
            case LAN -> LinkModel.LAN;
            case WAN -> LinkModel.WAN;
            case GC -> LinkModel.GC;
            case BURSTS -> LinkModel.BURSTS;
            case MIXED -> u < 0.40 ? LinkModel.LAN : u < 0.70 ? LinkModel.WAN : u < 0.85 ? LinkModel.GC : LinkModel.BURSTS;
        };
    }
}
