package co.pump.icm.kind;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import co.pump.icm.compare.Category;
import co.pump.icm.model.Account;
import co.pump.icm.model.IdentityCenterConfig;

/**
 * What refers to what in a configuration, worked out once (linear in its size) so that cells and
 * detail panes look things up instead of scanning: the items that name an item (a user's
 * memberships, a permission set's assignments), and the accounts' names.
 */
public final class Related {

    /** Knows nothing: no referrers, no account names. */
    public static final Related NONE = new Related(Map.of(), Map.of());

    private final Map<String, List<Object>> referrers;
    private final Map<String, String> accountNames;

    private Related(Map<String, List<Object>> referrers, Map<String, String> accountNames) {
        this.referrers = referrers;
        this.accountNames = accountNames;
    }

    /** The references of {@code config}, with account names from it and then from {@code more}. */
    public static Related of(IdentityCenterConfig config, IdentityCenterConfig... more) {
        var referrers = new HashMap<String, List<Object>>();
        for (Kind<?, ?> kind : Kinds.all()) {
            index(kind, config, referrers);
        }
        var names = new HashMap<String, String>();
        names(config, names);
        for (IdentityCenterConfig other : more) {
            names(other, names);
        }
        return new Related(referrers, names);
    }

    private static <T> void index(Kind<?, T> kind, IdentityCenterConfig config, Map<String, List<Object>> referrers) {
        for (T item : kind.items(config)) {
            for (Reference reference : kind.references(item)) {
                if (reference.name() != null) {
                    referrers.computeIfAbsent(key(reference.to(), reference.name(), kind.category()),
                            k -> new ArrayList<>(2)).add(item);
                }
            }
        }
    }

    private static void names(IdentityCenterConfig config, Map<String, String> names) {
        for (Account a : config.accounts()) {
            if (a.id() != null && a.name() != null && !a.name().isBlank()) {
                names.putIfAbsent(a.id(), a.name());
            }
        }
    }

    /** The items of {@code referrer} that refer to the item of kind {@code to} with this name (exactly). */
    @SuppressWarnings("unchecked")
    public <T> List<T> referring(Kind<?, T> referrer, Category to, String name) {
        return (List<T>) referrers.getOrDefault(key(to, name, referrer.category()), List.of());
    }

    /** The account's name, or null. */
    public String accountName(String accountId) {
        return accountNames.get(accountId);
    }

    /** {@code 222222222222 (larkspur-prod)}, or the ID alone. */
    public String account(String accountId) {
        String name = accountNames.get(accountId);
        return name == null ? accountId : accountId + " (" + name + ")";
    }

    private static String key(Category to, String name, Category referrer) {
        return to.ordinal() + "\n" + referrer.ordinal() + "\n" + name;
    }
}
