package dev.pulsegrid.ui;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import javafx.util.Callback;

/**
 * Hands FXMLLoader ready-made controllers, so controllers take plain objects in their constructors
 * (a feed, a launcher) and tests can build them with fakes. Unknown classes fail loudly.
 */
public final class ControllerFactory implements Callback<Class<?>, Object> {
    private final Map<Class<?>, Supplier<?>> suppliers = new HashMap<>();

    public <T> ControllerFactory with(Class<T> type, Supplier<? extends T> supplier) {
        suppliers.put(type, supplier);
        return this;
    }

    @Override
    public Object call(Class<?> type) {
        Supplier<?> s = suppliers.get(type);
        if (s == null) {
            throw new IllegalStateException("no controller registered for " + type.getName());
        }
        return s.get();
    }
}
