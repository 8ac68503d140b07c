package co.pump.icm.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The items of the kinds of configuration that have no component of their own in
 * {@link IdentityCenterConfig} (those added since it had one per kind), by their record type. A
 * new kind keeps its items here, so that adding one never changes the configuration record.
 * Empty lists are left out, so that equal configurations are equal.
 */
public record MoreKinds(Map<Class<?>, List<?>> byType) {

    public static final MoreKinds NONE = new MoreKinds(Map.of());

    public MoreKinds {
        var copy = new LinkedHashMap<Class<?>, List<?>>();
        if (byType != null) {
            byType.forEach((type, items) -> {
                if (items != null && !items.isEmpty()) {
                    items.forEach(type::cast);
                    copy.put(type, List.copyOf(items));
                }
            });
        }
        byType = Collections.unmodifiableMap(copy);
    }

    /** The items of a type; empty when there are none. */
    public <T> List<T> items(Class<T> type) {
        @SuppressWarnings("unchecked")
        List<T> items = (List<T>) byType.getOrDefault(type, List.of());
        return items;
    }

    /** The same, with these items of the type instead of its own. */
    public <T> MoreKinds with(Class<T> type, List<? extends T> items) {
        var copy = new LinkedHashMap<Class<?>, List<?>>(byType);
        copy.put(type, items);
        return new MoreKinds(copy);
    }
}
