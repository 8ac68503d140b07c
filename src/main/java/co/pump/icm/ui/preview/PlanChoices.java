package co.pump.icm.ui.preview;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import co.pump.icm.compare.Category;
import co.pump.icm.plan.AccountMap;
import co.pump.icm.plan.IdentitySource;
import co.pump.icm.plan.PlanOptions;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The choices that shape the preview's plan, as properties the options pane binds to: identity
 * source, "Update items that differ", "Delete items not in the snapshot", "Also create users who
 * are disabled in the source", the account map, the categories to include, and the items the user
 * deselected. Every change is reported to the
 * listener given at construction (the preview plans again). Holds no nodes.
 */
public final class PlanChoices {

    private final ObjectProperty<IdentitySource> identitySource = new SimpleObjectProperty<>(this, "identitySource");
    private final BooleanProperty updateExisting = new SimpleBooleanProperty(this, "updateExisting");
    private final BooleanProperty deleteAbsent = new SimpleBooleanProperty(this, "deleteAbsent");
    private final BooleanProperty includeDisabledUsers = new SimpleBooleanProperty(this, "includeDisabledUsers");
    private final ObjectProperty<AccountMap> accountMap = new SimpleObjectProperty<>(this, "accountMap");
    private final Map<Category, BooleanProperty> included = new EnumMap<>(Category.class);
    private final Set<String> deselected = new HashSet<>();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary");
    private final Runnable onChange;

    /**
     * @param start    the options to start from (e.g. those of an earlier visit)
     * @param onChange called after every change, on the FX thread
     */
    PlanChoices(PlanOptions start, Runnable onChange) {
        identitySource.set(start.identitySource());
        updateExisting.set(start.updateExisting());
        deleteAbsent.set(start.deleteAbsent());
        includeDisabledUsers.set(start.includeDisabledUsers());
        accountMap.set(start.accountMap());
        deselected.addAll(start.deselected());
        Runnable changed = () -> {
            summary.set(describe(options()));
            onChange.run();
        };
        for (Category category : PlanOptions.MIGRATED) {
            var include = new SimpleBooleanProperty(this, category.name(), start.categories().contains(category));
            include.addListener((obs, was, now) -> changed.run());
            included.put(category, include);
        }
        identitySource.addListener((obs, was, now) -> changed.run());
        updateExisting.addListener((obs, was, now) -> changed.run());
        deleteAbsent.addListener((obs, was, now) -> changed.run());
        includeDisabledUsers.addListener((obs, was, now) -> changed.run());
        accountMap.addListener((obs, was, now) -> changed.run());
        this.onChange = changed;
        summary.set(describe(options()));
    }

    /** The choices as plan options. */
    public PlanOptions options() {
        var categories = EnumSet.noneOf(Category.class);
        included.forEach((category, include) -> {
            if (include.get()) {
                categories.add(category);
            }
        });
        return new PlanOptions(identitySource.get(), updateExisting.get(), deleteAbsent.get(), accountMap.get(),
                categories, deselected, includeDisabledUsers.get());
    }

    /** Whether the user deselected the change with this ID. */
    boolean isDeselected(String id) {
        return deselected.contains(id);
    }

    /** Deselects or selects again the change with this ID; reports a change only when there was one. */
    void setDeselected(String id, boolean deselect) {
        if (deselect ? deselected.add(id) : deselected.remove(id)) {
            onChange.run();
        }
    }

    /** Forgets every deselection (another snapshot), without reporting a change. */
    void clearDeselected() {
        deselected.clear();
        summary.set(describe(options()));
    }

    /** Create users and groups, or match those the identity provider sends through SCIM. */
    public ObjectProperty<IdentitySource> identitySourceProperty() {
        return identitySource;
    }

    /** "Update items that differ". */
    public BooleanProperty updateExistingProperty() {
        return updateExisting;
    }

    /** "Delete items not in the snapshot" (off unless chosen). */
    public BooleanProperty deleteAbsentProperty() {
        return deleteAbsent;
    }

    /** "Also create users who are disabled in the source" (off unless chosen: AWS creates them enabled). */
    public BooleanProperty includeDisabledUsersProperty() {
        return includeDisabledUsers;
    }

    /** Where each account's assignments go. */
    public ObjectProperty<AccountMap> accountMapProperty() {
        return accountMap;
    }

    /** Whether a category is part of the import. */
    public BooleanProperty includedProperty(Category category) {
        return included.get(category);
    }

    /** The choices in one line, for the collapsed options pane's title. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Options in one line, e.g. "Identity Center directory · update items that differ · no deletions · …". */
    static String describe(PlanOptions options) {
        var parts = new ArrayList<String>();
        parts.add(options.identitySource() == IdentitySource.CREATE ? "Identity Center directory"
                : "external identity provider (SCIM)");
        parts.add(options.updateExisting() ? "update items that differ" : "leave differing items alone");
        parts.add(options.deleteAbsent() ? "⚠ delete items not in the snapshot" : "no deletions");
        if (options.includeDisabledUsers()) {
            parts.add("⚠ create disabled users");
        }
        parts.add("accounts: " + AccountMapEditor.describe(options.accountMap()));
        int left = PlanOptions.MIGRATED.size() - options.categories().size();
        if (left > 0) {
            parts.add(left + (left == 1 ? " category left out" : " categories left out"));
        }
        return String.join(" · ", parts);
    }
}
