package dev.pulsegrid.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import org.testfx.util.WaitForAsyncUtils;

/** Test helpers: read a value on the FX thread, and wait (bounded) for a condition checked between FX pulses. */
public final class Fx {
    private Fx() {
    }

    public static <T> T get(Callable<T> c) {
        try {
            return WaitForAsyncUtils.asyncFx(c).get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("FX call failed", e);
        }
    }

    public static void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> get(condition::getAsBoolean));
        } catch (TimeoutException e) {
            throw new AssertionError("condition not met within 5 s of FX pulses", e);
        }
    }
}
