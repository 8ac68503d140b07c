package co.pump.icm.snapshot;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import co.pump.icm.compare.Category;
import co.pump.icm.kind.Checks;
import co.pump.icm.kind.Kind;
import co.pump.icm.kind.Kinds;
import co.pump.icm.kind.Names;
import co.pump.icm.kind.Places;
import co.pump.icm.kind.Reference;
import co.pump.icm.model.IdentityCenterConfig;
import co.pump.icm.model.SourceInfo;

/**
 * The rules a configuration read from a file must follow before anything uses it: each kind's own
 * rules (required fields, AWS's limits, unique natural keys) and references that point at
 * something in the same file. Checks the sections in the order the file has them and the entities
 * in list order, so problems come out in file order. Each rule is a hash lookup or a scan of one
 * entity: linear in the size of the file.
 */
final class SnapshotValidator implements Names {

    private final Problems problems;
    /** By kind: the names in the file, exactly, and (for names unique regardless of case) folded. */
    private final Map<Category, Map<String, String>> exact = new EnumMap<>(Category.class);
    private final Map<Category, Map<String, String>> folded = new EnumMap<>(Category.class);

    private SnapshotValidator(Problems problems, IdentityCenterConfig config) {
        this.problems = problems;
        for (Kind<?, ?> kind : Kinds.all()) {
            index(kind, config);
        }
    }

    /** Adds every problem of {@code config} to {@code problems}; list indexes are those of the file. */
    static void validate(IdentityCenterConfig config, Problems problems) {
        new SnapshotValidator(problems, config).run(config);
    }

    private <T> void index(Kind<?, T> kind, IdentityCenterConfig config) {
        List<T> items = kind.items(config);
        int capacity = Math.max(16, (int) (items.size() / 0.75f) + 1);
        Map<String, String> names = new HashMap<>(capacity);
        Map<String, String> byFolded = kind.namesIgnoreCase() ? new HashMap<>(capacity) : null;
        for (T item : items) {
            String name = kind.name(item);
            if (name == null) {
                continue;
            }
            // A name unique regardless of case counts once: the first spelling is the one that exists.
            if (byFolded == null || byFolded.putIfAbsent(name.toLowerCase(Locale.ROOT), name) == null) {
                names.putIfAbsent(name, name);
            }
        }
        exact.put(kind.category(), names);
        if (byFolded != null) {
            folded.put(kind.category(), byFolded);
        }
    }

    private void run(IdentityCenterConfig config) {
        source(config.source());
        for (Kind<?, ?> kind : Kinds.all()) {
            validate(kind, config);
        }
    }

    private <T> void validate(Kind<?, T> kind, IdentityCenterConfig config) {
        String section = kind.section();
        kind.validate(kind.items(config), new Places() {
            @Override
            public Checks item(int index, Supplier<String> key) {
                return new Entity(problems, section, index, key);
            }

            @Override
            public Checks part(String list, int index, Supplier<String> key) {
                return new Entity(problems, section + "." + list, index, key);
            }

            @Override
            public String path(int index) {
                return Entity.path(section, index);
            }

            @Override
            public void problem(String message) {
                problems.add(message);
            }
        }, this);
    }

    @Override
    public boolean check(Checks item, Reference reference) {
        Map<String, String> names = exact.get(reference.to());
        if (names != null && names.containsKey(reference.name())) {
            return true;
        }
        Map<String, String> byFolded = folded.get(reference.to());
        String sameIgnoringCase = byFolded == null ? null : byFolded.get(reference.name().toLowerCase(Locale.ROOT));
        String hint = sameIgnoringCase == null ? ""
                : " (there is " + Entity.quote(sameIgnoringCase) + "; names must match exactly)";
        item.add(reference.field() + " " + Entity.quote(reference.name()) + " is not a "
                + Kinds.of(reference.to()).noun() + " in this file" + hint);
        return false;
    }

    private void source(SourceInfo source) {
        if (source == null) {
            return; // reported by the parser
        }
        if (source.accountId() != null && !isAccountId(source.accountId())) {
            problems.add("source.accountId must be 12 digits, not " + Entity.quote(source.accountId()));
        }
        if (source.managementAccountId() != null && !isAccountId(source.managementAccountId())) {
            problems.add("source.managementAccountId must be 12 digits, not "
                    + Entity.quote(source.managementAccountId()));
        }
    }

    static boolean isAccountId(String id) {
        if (id.length() != 12) {
            return false;
        }
        for (int i = 0; i < 12; i++) {
            char c = id.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
