package dev.pulsegrid.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/** Machine facts printed next to every figure: the 2 cores are shared, so load average matters. */
final class BenchEnv {
    private BenchEnv() {
    }

    /** The 1/5/15-minute load averages from /proc/loadavg, or "n/a". */
    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return "load " + f[0] + " " + f[1] + " " + f[2];
        } catch (IOException e) {
            return "load n/a";
        }
    }

    /** CPU time of this whole process, in nanoseconds (all threads, sender included when in-process). */
    static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }

    /** CPU time of every live thread whose name starts with {@code prefix}, in nanoseconds. */
    static long threadCpuNanos(String prefix) {
        var mx = ManagementFactory.getThreadMXBean();
        long sum = 0;
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().startsWith(prefix)) {
                long c = mx.getThreadCpuTime(t.getId());
                sum += Math.max(0, c);
            }
        }
        return sum;
    }

    static int openFileDescriptors() {
        try (var s = Files.list(Path.of("/proc/self/fd"))) {
            return (int) s.count();
        } catch (IOException e) {
            return -1;
        }
    }

    /**
     * Used heap as the last of a few full GCs left it, in bytes: what the live objects hold. Read from
     * the pools' after-collection usage, not from Runtime after the GC returns: by then a process
     * ingesting 100,000 heartbeats a second has already allocated megabytes of short-lived garbage.
     */
    static long usedHeapAfterGc() throws InterruptedException {
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(150);
        }
        long used = 0;
        for (var pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == java.lang.management.MemoryType.HEAP && pool.getCollectionUsage() != null) {
                used += pool.getCollectionUsage().getUsed();
            }
        }
        return used;
    }

    /** The top of the live-object histogram (what holds memory per node), via the HotSpot diagnostic command. */
    static String classHistogram(int lines) {
        try {
            Object text = ManagementFactory.getPlatformMBeanServer().invoke(
                    new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                    new Object[] {new String[0]}, new String[] {String[].class.getName()});
            StringBuilder b = new StringBuilder("heap histogram (live objects, top " + lines + "):\n");
            text.toString().lines().skip(2).limit(lines).forEach(l -> b.append("  ").append(l).append('\n'));
            return b.toString();
        } catch (Exception e) {
            return "heap histogram unavailable: " + e + "\n";
        }
    }
}
