package co.pump.icm.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Collects the {@link FieldChange}s of one item. Built for the common case where nothing differs:
 * no list is allocated and no path string is built until a change is found.
 */
public final class FieldDiff {

    private List<FieldChange> changes;

    /** The changes found, or an empty list. */
    public List<FieldChange> changes() {
        return changes == null ? List.of() : changes;
    }

    public void add(FieldChange change) {
        if (changes == null) {
            changes = new ArrayList<>(4);
        }
        changes.add(change);
    }

    /** A plain field: a change when the values are not equal. */
    public void value(String path, Object left, Object right) {
        if (!Objects.equals(left, right)) {
            add(FieldChange.changed(path, left, right));
        }
    }

    /** A field of a nested part, e.g. {@code name.givenName}; the path is built only on a change. */
    public void value(String parent, String field, Object left, Object right) {
        if (!Objects.equals(left, right)) {
            add(FieldChange.changed(parent + "." + field, left, right));
        }
    }

    /** A field of a list element, e.g. {@code emails[0].value}. */
    public void element(String list, int index, String field, Object left, Object right) {
        if (!Objects.equals(left, right)) {
            add(FieldChange.changed(list + "[" + index + "]." + field, left, right));
        }
    }

    /**
     * The {@code primary} flag of a list element. AWS defaults it to false, so an absent flag
     * (older exports) equals false; the values are reported as written.
     */
    public void primary(String list, int index, Boolean left, Boolean right) {
        if (Boolean.TRUE.equals(left) != Boolean.TRUE.equals(right)) {
            add(FieldChange.changed(list + "[" + index + "].primary", left, right));
        }
    }

    /** Compares the fields of two list elements at the same position. */
    public interface ElementFields<E> {
        void compare(FieldDiff diff, String list, int index, E left, E right);
    }

    /**
     * A list compared position by position (emails, addresses, phone numbers, photos: AWS keeps
     * at most one to three of each, in order). Elements present on both sides are compared field by
     * field; an element on one side only is reported as added or removed as a whole.
     */
    public <E> void positional(String list, List<E> left, List<E> right, ElementFields<E> fields) {
        if (left.isEmpty() && right.isEmpty()) {
            return;
        }
        int common = Math.min(left.size(), right.size());
        for (int i = 0; i < common; i++) {
            fields.compare(this, list, i, left.get(i), right.get(i));
        }
        for (int i = common; i < left.size(); i++) {
            add(FieldChange.removed(list + "[" + i + "]", left.get(i)));
        }
        for (int i = common; i < right.size(); i++) {
            add(FieldChange.added(list + "[" + i + "]", right.get(i)));
        }
    }

    /**
     * A list AWS treats as a set (managed policies, customer managed policy references, external
     * IDs): order does not matter; each element on one side only is reported on its own, in the
     * given order. Elements with the same identity are the same element.
     */
    public <E> void set(String path, List<E> left, List<E> right, Function<E, ?> identity, Comparator<E> order) {
        if (left.equals(right)) {
            return;
        }
        Map<Object, E> leftById = byIdentity(left, identity);
        Map<Object, E> rightById = byIdentity(right, identity);
        var found = new ArrayList<FieldChange>();
        var elements = new ArrayList<E>();
        for (var entry : leftById.entrySet()) {
            if (!rightById.containsKey(entry.getKey())) {
                found.add(FieldChange.removed(path, entry.getValue()));
                elements.add(entry.getValue());
            }
        }
        for (var entry : rightById.entrySet()) {
            if (!leftById.containsKey(entry.getKey())) {
                found.add(FieldChange.added(path, entry.getValue()));
                elements.add(entry.getValue());
            }
        }
        addSorted(found, elements, order);
    }

    /**
     * A map-like list (tags by key, access control attributes by key): order does not matter;
     * each key is reported on its own as {@code path.key}, added, removed or changed, in key order.
     *
     * @param element the element reported as the value (e.g. the {@code Tag}), by key
     * @param value   the part of the element that is compared (e.g. the tag value)
     */
    public <E> void keyed(String path, List<E> left, List<E> right, Function<E, String> key, Function<E, ?> value) {
        if (left.equals(right)) {
            return;
        }
        Map<String, E> leftByKey = byKey(left, key);
        Map<String, E> rightByKey = byKey(right, key);
        var keys = new TreeSet<String>(leftByKey.keySet());
        keys.addAll(rightByKey.keySet());
        for (String k : keys) {
            E l = leftByKey.get(k);
            E r = rightByKey.get(k);
            if (r == null) {
                add(FieldChange.removed(path + "." + k, l));
            } else if (l == null) {
                add(FieldChange.added(path + "." + k, r));
            } else if (!Objects.equals(value.apply(l), value.apply(r))) {
                add(FieldChange.changed(path + "." + k, l, r));
            }
        }
    }

    private <E> void addSorted(List<FieldChange> found, List<E> elements, Comparator<E> order) {
        var indexes = new ArrayList<Integer>(found.size());
        for (int i = 0; i < found.size(); i++) {
            indexes.add(i);
        }
        indexes.sort((a, b) -> order.compare(elements.get(a), elements.get(b)));
        for (int i : indexes) {
            add(found.get(i));
        }
    }

    private static <E> Map<Object, E> byIdentity(List<E> list, Function<E, ?> identity) {
        var map = new LinkedHashMap<Object, E>();
        for (E e : list) {
            map.putIfAbsent(identity.apply(e), e);
        }
        return map;
    }

    private static <E> Map<String, E> byKey(List<E> list, Function<E, String> key) {
        // A key listed twice (not possible in AWS) keeps its last value, as a TagResource call would.
        // A missing key (not possible in AWS either) is shown as an empty one rather than failing.
        var map = new HashMap<String, E>();
        for (E e : list) {
            map.put(Objects.requireNonNullElse(key.apply(e), ""), e);
        }
        return map;
    }
}
