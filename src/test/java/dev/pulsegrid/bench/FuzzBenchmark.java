package dev.pulsegrid.bench;

import dev.pulsegrid.net.SignedFuzz;

/**
 * The "1,000,000 random and mutated datagrams through the decoder and membership" figure, signed
 * edition: random bytes, valid signed datagrams (binary and JSON, two keys) with 1..4 mutations,
 * replays of captured ones, datagrams signed with a foreign secret, all through
 * verify + decode + Membership (cap 300, forget after 2 s, virtual time). Checks the invariants
 * every 10,000 datagrams. Exits 1 on any escape or broken invariant. Args: [count] [seed].
 */
public final class FuzzBenchmark {
    public static void main(String[] args) {
        long count = args.length > 0 ? Long.parseLong(args[0].replace("_", "")) : 1_000_000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 1;
        SignedFuzz f = new SignedFuzz(seed, 300);
        long t0 = System.nanoTime();
        String broken = null;
        long checks = 0;
        for (long done = 0; done < count && broken == null; done += 10_000) {
            f.run(Math.min(10_000, count - done));
            broken = f.checkInvariants();
            checks++;
        }
        double s = (System.nanoTime() - t0) / 1e9;
        System.out.printf("%,d datagrams through verify+decode+membership in %.1f s (%,.0f/s, generation included), seed %d%n",
                f.fed(), s, f.fed() / s, seed);
        System.out.printf("accepted %,d (then membership: stale dropped %,d, refused over cap %,d, forgotten %,d, nodes now %d)%n",
                f.accepted(), f.membership().staleDropped(), f.membership().refusedOverCap(), f.membership().forgotten(),
                f.membership().size());
        f.rejects().forEach((k, v) -> System.out.printf("  %-20s %,d%n", k, v));
        System.out.printf("invariant checks %,d: %s; escaped %,d%s%n", checks, broken == null ? "all held" : "BROKEN " + broken,
                f.escaped(), f.firstEscape() == null ? "" : " first: " + f.firstEscape());
        System.exit(broken == null && f.escaped() == 0 ? 0 : 1);
    }
}
