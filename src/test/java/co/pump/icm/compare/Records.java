package co.pump.icm.compare;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import co.pump.icm.model.Origin;

/** Test helpers that copy model records with one component replaced, or deeply. */
final class Records {

    private Records() {
    }

    /** A copy of a record with one component set to a new value. */
    static <R extends Record> R with(R record, String component, Object value) {
        RecordComponent[] components = record.getClass().getRecordComponents();
        Object[] values = new Object[components.length];
        boolean found = false;
        for (int i = 0; i < components.length; i++) {
            if (components[i].getName().equals(component)) {
                values[i] = value;
                found = true;
            } else {
                values[i] = get(record, components[i]);
            }
        }
        if (!found) {
            throw new IllegalArgumentException(record.getClass().getSimpleName() + " has no " + component);
        }
        return construct(record, components, values);
    }

    /** The names of a record type's components. */
    static List<String> components(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
    }

    /**
     * A deep copy with every string a new instance (so that nothing compares equal by identity)
     * and every {@code Origin} replaced, as a configuration read from another instance would be.
     */
    @SuppressWarnings("unchecked")
    static <T> T deepCopy(T value) {
        if (value == null) {
            return null;
        }
        if (value instanceof String s) {
            return (T) new String(s.toCharArray());
        }
        if (value instanceof Origin o) {
            return (T) new Origin("other-" + o.id(), "2030-01-01T00:00:00Z", "someone else", null, null);
        }
        if (value instanceof List<?> list) {
            var copy = new ArrayList<Object>(list.size());
            list.forEach(element -> copy.add(deepCopy(element)));
            return (T) copy;
        }
        if (value instanceof Record record) {
            RecordComponent[] components = record.getClass().getRecordComponents();
            Object[] values = new Object[components.length];
            for (int i = 0; i < components.length; i++) {
                values[i] = deepCopy(get(record, components[i]));
            }
            return (T) construct(record, components, values);
        }
        return value; // enums, Booleans
    }

    private static Object get(Record record, RecordComponent component) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static <R extends Record> R construct(R record, RecordComponent[] components, Object[] values) {
        try {
            Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
            Constructor<?> constructor = record.getClass().getDeclaredConstructor(types);
            return (R) constructor.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
