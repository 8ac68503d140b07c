package co.pump.icm.kind;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import co.pump.icm.compare.Category;
import co.pump.icm.compare.CategoryComparison;
import co.pump.icm.compare.CompareOptions;
import co.pump.icm.compare.FieldChange;
import co.pump.icm.compare.KeyRules;
import co.pump.icm.model.IdentityCenterConfig;
import co.pump.icm.model.Origin;

/**
 * One kind of configuration (users, groups, permission sets, the ABAC configuration…): everything
 * the generic layers need to know about it, in one place. The snapshot file, the comparison, the
 * inspector and the report work from this; a kind that an import also writes is a
 * {@link MigratedKind}, which adds planning, writing and undoing.
 *
 * <p>Items refer to each other by name ({@link #references}), never by an ID or ARN of one
 * instance; those stay in each item's {@link Origin}.
 *
 * @param <K> the natural key ({@code String}, {@code MembershipKey}, ...)
 * @param <T> the model record ({@code User}, {@code GroupMembership}, ...)
 */
public interface Kind<K, T> {

    // ---- What it is

    /** Its identifier in journals, options and plans, with its label ("Permission sets"). */
    Category category();

    /** The model record. */
    Class<T> type();

    /** How one item is called in a sentence, e.g. {@code permission set}. */
    String noun();

    /** True when an import writes it; false for what is kept for the record (compared and reported only). */
    default boolean migrated() {
        return !category().forTheRecord();
    }

    // ---- Its items and keys

    /** Its items in a configuration (empty, or one item, for a kind with at most one per instance). */
    List<T> items(IdentityCenterConfig config);

    /** The configuration with these items instead of its own. */
    IdentityCenterConfig with(IdentityCenterConfig config, List<T> items);

    /** How items are keyed, matched, ordered, and what is said when a configuration breaks the rules. */
    KeyRules<K, T> keys();

    /** How a person names an item in a plan, e.g. {@code Admins ∋ alice@acme.com}. */
    String label(T item);

    /** The name other items use to refer to this one; null for a kind nothing refers to. */
    String name(T item);

    /** True when names are matched regardless of case (user names, as Identity Center keeps them). */
    boolean namesIgnoreCase();

    /** The kinds its items may refer to (what {@link #references} can name). */
    List<Category> refersTo();

    /** The items this one needs, by name, in the order a missing one is reported. */
    List<Reference> references(T item);

    /** The item's IDs and audit fields in the instance it was read from, or null. */
    Origin origin(T item);

    // ---- Comparing

    /** Matches the items of two configurations and compares those on both sides. */
    CategoryComparison<K, T> compare(List<T> left, List<T> right, CompareOptions options);

    /** How {@code right} differs from {@code left} (same key), field by field; empty when equal. */
    List<FieldChange> diff(T left, T right);

    // ---- The snapshot file

    /** Its property in the snapshot file, e.g. {@code permissionSets}. */
    String section();

    /** True when the section holds one object (or nothing) instead of a list. */
    boolean singleInFile();

    /** The order of the section in a file: by natural key. */
    Comparator<T> order();

    /** The item with its own lists in canonical order (a permission set's tags…); the item itself when none. */
    T canonical(T item);

    /**
     * Checks the items of the file's section against AWS's rules, each other (unique keys) and the
     * rest of the file (what they refer to must be in it).
     *
     * @param places where in the file each item is, for the problems found
     * @param names  what the file holds, to check a reference against
     */
    void validate(List<T> items, Places places, Names names);

    /**
     * The key shown next to a problem found while the file could not be read as records, from the
     * item's string properties as far as they could be read; null when none.
     */
    String keyInFile(Function<String, String> field);

    /** The item's CSV file for {@code icm csv}, or null when the kind has none. */
    Csv<T> csv();

    /**
     * One line of a snapshot's counts, e.g. {@code Users 40} or {@code ABAC attributes 3}.
     *
     * @param label what is counted, for a person
     * @param key   the same in JSON, e.g. {@code abacAttributes}
     */
    record Count(String label, String key, int count) {
    }

    /** What a snapshot's summary counts for this kind. */
    Count count(List<T> items);

    // ---- On screen

    /** A few words about an item, for the preview's table (no lookups). */
    String summary(T item);

    /** What the preview's search finds an item by, lower-cased. */
    String searchText(T item, Related related);

    /** The facts the preview shows about an item. */
    List<Fact> facts(T item, Related related);

    /** A document shown below the facts (a permission set's inline policy), or null. */
    String document(T item);

    /**
     * The inspector's tab for these items.
     *
     * @param related what refers to what, asked each time a cell or detail is made (it changes with the file shown)
     */
    Table<?> table(List<T> items, Supplier<Related> related);

    /**
     * A CSV file: its name, what a row is, its header and each item's cells.
     *
     * @param items how a person calls the rows, e.g. {@code permission sets}
     */
    record Csv<T>(String file, String items, List<String> header, RowMaker<T> row) {
    }

    /** The cells of one item's row. */
    interface RowMaker<T> {
        List<String> cells(T item, Related related);
    }
}
