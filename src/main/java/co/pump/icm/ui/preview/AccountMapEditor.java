package co.pump.icm.ui.preview;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import co.pump.icm.model.Account;
import co.pump.icm.model.AccountAssignment;
import co.pump.icm.model.IdentityCenterConfig;
import co.pump.icm.plan.AccountMap;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The account map as a table to edit: one line per account the snapshot's assignments use, with
 * where its assignments go (the same account unless changed) or "skip". Validates what was typed
 * and makes the {@link AccountMap}. Holds no nodes.
 */
public final class AccountMapEditor {

    private static final Pattern ACCOUNT_ID = Pattern.compile("\\d{12}");

    /** One source account and where its assignments go. */
    public static final class Entry {
        private final String sourceId;
        private final String name;
        private final int assignments;
        private final StringProperty target = new SimpleStringProperty(this, "target");
        private final BooleanProperty skip = new SimpleBooleanProperty(this, "skip");

        Entry(String sourceId, String name, int assignments, String target, boolean skip) {
            this.sourceId = sourceId;
            this.name = name;
            this.assignments = assignments;
            this.target.set(target);
            this.skip.set(skip);
        }

        /** The account ID in the snapshot. */
        public String sourceId() {
            return sourceId;
        }

        /** {@code 222222222222 (larkspur-prod)}. */
        public String source() {
            return name == null ? sourceId : sourceId + " (" + name + ")";
        }

        /** How many of the snapshot's assignments are in this account. */
        public int assignments() {
            return assignments;
        }

        /** The target account ID typed; the source ID unless changed. */
        public StringProperty targetProperty() {
            return target;
        }

        /** True to leave this account's assignments out. */
        public BooleanProperty skipProperty() {
            return skip;
        }
    }

    private final List<Entry> entries;

    private AccountMapEditor(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /**
     * An editor for the snapshot's accounts, starting from the current map.
     *
     * @param target the new organization as read (for the names of accounts that moved there), or null
     */
    public static AccountMapEditor of(IdentityCenterConfig snapshot, IdentityCenterConfig target, AccountMap current) {
        var counts = new TreeMap<String, Integer>();
        for (AccountAssignment a : snapshot.assignments()) {
            counts.merge(a.accountId(), 1, Integer::sum);
        }
        var names = new TreeMap<String, String>();
        for (Account a : snapshot.accounts()) {
            if (a.name() != null) {
                names.put(a.id(), a.name());
            }
            counts.putIfAbsent(a.id(), 0);
        }
        if (target != null) {
            for (Account a : target.accounts()) {
                if (a.name() != null && counts.containsKey(a.id())) {
                    names.putIfAbsent(a.id(), a.name());
                }
            }
        }
        var entries = new ArrayList<Entry>();
        counts.forEach((id, n) -> entries.add(new Entry(id, names.get(id), n,
                current.remap().getOrDefault(id, id), current.skip().contains(id))));
        return new AccountMapEditor(entries);
    }

    /** One line per account, by account ID. */
    public List<Entry> entries() {
        return entries;
    }

    /** The first problem with what was typed, as a sentence, or null when the map is valid. */
    public String problem() {
        for (Entry entry : entries) {
            String target = entry.target.get() == null ? "" : entry.target.get().strip();
            if (!entry.skip.get() && !ACCOUNT_ID.matcher(target).matches()) {
                return "The new account for " + entry.source() + " must be a 12-digit AWS account ID, not '"
                        + target + "'.";
            }
        }
        return null;
    }

    /**
     * The map as edited.
     *
     * @throws IllegalStateException when {@link #problem()} is not null
     */
    public AccountMap toAccountMap() {
        String problem = problem();
        if (problem != null) {
            throw new IllegalStateException(problem);
        }
        Map<String, String> remap = new TreeMap<>();
        Set<String> skip = new TreeSet<>();
        for (Entry entry : entries) {
            String target = Objects.requireNonNullElse(entry.target.get(), "").strip();
            if (entry.skip.get()) {
                skip.add(entry.sourceId);
            } else if (!target.equals(entry.sourceId)) {
                remap.put(entry.sourceId, target);
            }
        }
        return new AccountMap(remap, skip);
    }

    /** How a map reads in a sentence: "every account as it is", "2 accounts changed, 1 skipped". */
    public static String describe(AccountMap map) {
        if (map.isIdentity()) {
            return "every account as it is";
        }
        var parts = new ArrayList<String>();
        if (!map.remap().isEmpty()) {
            parts.add(map.remap().size() + (map.remap().size() == 1 ? " account moved" : " accounts moved"));
        }
        if (!map.skip().isEmpty()) {
            parts.add(map.skip().size() + (map.skip().size() == 1 ? " account skipped" : " accounts skipped"));
        }
        return String.join(", ", parts);
    }
}
