package dev.pulsegrid.sim;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.HashMap;
import java.util.Map;

/**
 * Names and labels of the simulated nodes: {@code web-001}, {@code db-017}..., each with a role,
 * zone and cluster. Derived from the node number alone, so the same size always gives the same
 * inventory whatever the seed, and a restarted demo shows the same names in the same places.
 */
final class NodeCatalog {
    private static final String[] ROLES = {"web", "api", "worker", "cache", "db", "queue"};
    /** Share of each role in percent: mostly stateless front ends, a few stateful back ends. */
    private static final int[] ROLE_PERCENT = {30, 20, 20, 10, 10, 10};
    private static final int PORT = 7946;
    private static final String[] ZONES = {"eu-west-1a", "eu-west-1b", "eu-west-1c"};

    private final String[] ids;
    private final Map<String, String>[] meta;
    private final Map<String, Integer> indexById;

    @SuppressWarnings({"unchecked", "rawtypes"}) // generic array creation
    NodeCatalog(int n) {
        int[] roleOf = new int[n];
        int[] perRole = new int[ROLES.length];
        for (int i = 0; i < n; i++) {
            roleOf[i] = roleFor(i);
            perRole[roleOf[i]]++;
        }
        int maxCount = 0;
        for (int c : perRole) {
            maxCount = Math.max(maxCount, c);
        }
        int width = Math.max(3, Integer.toString(maxCount).length());
        ids = new String[n];
        meta = new Map[n];
        indexById = new HashMap<>(n * 2);
        int[] numbered = new int[ROLES.length];
        Map<String, Map<String, String>> shared = new HashMap<>();
        for (int i = 0; i < n; i++) {
            int role = roleOf[i];
            int number = ++numbered[role];
            ids[i] = name(ROLES[role], number, width);
            indexById.put(ids[i], i);
            String zone = ZONES[number % ZONES.length];
            String cluster = i % 10 < 7 ? "prod" : i % 10 < 9 ? "staging" : "dev";
            // 54 distinct label sets: share them instead of 100,000 equal maps.
            meta[i] = shared.computeIfAbsent(ROLES[role] + '/' + zone + '/' + cluster,
                    k -> Map.of("role", ROLES[role], "zone", zone, "cluster", cluster));
        }
    }

    /** {@code web-007}: zero-padded so that ids sort in number order. */
    private static String name(String role, int number, int width) {
        String digits = Integer.toString(number);
        StringBuilder sb = new StringBuilder(role.length() + 1 + width).append(role).append('-');
        for (int pad = width - digits.length(); pad > 0; pad--) {
            sb.append('0');
        }
        return sb.append(digits).toString();
    }

    /** Spreads roles over node numbers by a fixed permutation so each role appears throughout. */
    private static int roleFor(int i) {
        int percentile = (int) ((i * 37L + 11) % 100);
        for (int r = 0, acc = 0; r < ROLES.length; r++) {
            acc += ROLE_PERCENT[r];
            if (percentile < acc) {
                return r;
            }
        }
        return ROLES.length - 1;
    }

    int size() {
        return ids.length;
    }

    String id(int node) {
        return ids[node];
    }

    Map<String, String> meta(int node) {
        return meta[node];
    }

    /** 10.x.y.z:7946 from the node number; built on demand, 100,000 cached addresses would be ~12 MB. */
    InetSocketAddress address(int node) {
        try {
            byte[] ip = {10, (byte) (node >>> 16), (byte) (node >>> 8), (byte) node};
            return new InetSocketAddress(InetAddress.getByAddress(ip), PORT);
        } catch (UnknownHostException impossible) {
            throw new IllegalStateException(impossible); // four bytes are always an IPv4 address
        }
    }

    /** @return the node number, or -1 if no node has this id */
    int indexOf(String id) {
        Integer i = indexById.get(id);
        return i == null ? -1 : i;
    }
}
