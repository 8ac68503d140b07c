package co.pump.icm.rollback;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import co.pump.icm.compare.Category;
import co.pump.icm.kind.Kind;
import co.pump.icm.kind.Kinds;
import co.pump.icm.kind.Reference;
import co.pump.icm.model.IdentityCenterConfig;

/**
 * The target as read, by natural key (each kind's match key: user names regardless of case, as
 * Identity Center keeps them), with what refers to each item that others name.
 */
final class TargetIndex {

    private final IdentityCenterConfig config;
    private final Map<Category, Map<Object, Object>> byKey = new EnumMap<>(Category.class);
    private final Map<Category, Map<String, Object>> byName = new EnumMap<>(Category.class);
    private final Map<String, List<Object>> referrers = new HashMap<>();

    TargetIndex(IdentityCenterConfig config) {
        this.config = config;
        for (Kind<?, ?> kind : Kinds.all()) {
            index(kind);
        }
    }

    private <K, T> void index(Kind<K, T> kind) {
        var keys = new HashMap<Object, Object>();
        var names = new HashMap<String, Object>();
        for (T item : kind.items(config)) {
            K key = kind.keys().key().apply(item);
            if (key != null) {
                keys.put(kind.keys().matchKey().apply(key), item);
            }
            String name = kind.name(item);
            if (name != null) {
                names.put(nameKey(kind.category(), name), item);
            }
            for (Reference reference : kind.references(item)) {
                if (reference.name() != null) {
                    referrers.computeIfAbsent(referrerKey(reference.to(), reference.name(), kind.category()),
                            k -> new ArrayList<>()).add(item);
                }
            }
        }
        byKey.put(kind.category(), keys);
        byName.put(kind.category(), names);
    }

    IdentityCenterConfig config() {
        return config;
    }

    /** The target's item with the same natural key as {@code item} (a model record of the category), or null. */
    @SuppressWarnings("unchecked")
    <T> T find(Category category, T item) {
        Kind<Object, T> kind = (Kind<Object, T>) Kinds.of(category);
        Object key = kind.keys().key().apply(item);
        return key == null ? null : (T) byKey.get(category).get(kind.keys().matchKey().apply(key));
    }

    /** The target's item of the category with this name (regardless of case where the kind says so), or null. */
    Object named(Category category, String name) {
        return byName.get(category).get(nameKey(category, name));
    }

    /** The target's items of kind {@code referrer} that name the item of {@code to} with this name. */
    List<Object> referring(Category referrer, Category to, String name) {
        return referrers.getOrDefault(referrerKey(to, name, referrer), List.of());
    }

    /** An item's match key with its category, as a string: what makes two records the same item. */
    @SuppressWarnings("unchecked")
    static <T> String key(Category category, T item) {
        Kind<Object, T> kind = (Kind<Object, T>) Kinds.of(category);
        return category + "\n" + kind.keys().matchKey().apply(kind.keys().key().apply(item));
    }

    /** A name as the kind matches it, with its category. */
    static String nameKey(Category category, String name) {
        return category + "\n" + (Kinds.of(category).namesIgnoreCase() ? name.toLowerCase(Locale.ROOT) : name);
    }

    private static String referrerKey(Category to, String name, Category referrer) {
        return referrer + "\n" + nameKey(to, name);
    }
}
