package co.pump.icm.testing;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What a complete import of a source should leave in an empty target, derived from the source's
 * {@link Inventory} by the rules of AWS, not by the product's planner: everything, except
 * <ul>
 *   <li>fields AWS's API cannot set ({@link #OUTPUT_ONLY}), which are compared nowhere;</li>
 *   <li>assignments in accounts the target's administrator cannot assign in: accounts outside the
 *       target organization, and its management account (a delegated administrator may not
 *       manage access there);</li>
 *   <li>unless the import was asked to include them, users disabled in the source (AWS's API can
 *       only create them enabled, which would let someone who left sign in again), with their
 *       memberships and assignments;</li>
 *   <li>a manager who is not among the users the target then holds (a manager is a user of the
 *       same instance, so there is nobody to point at).</li>
 * </ul>
 * And an inventory {@link #assertMatches matches} only without twins.
 */
public final class ImportExpectation {

    /** User fields no API call sets, with why: they cannot be carried over by any import. */
    public static final Map<String, String> OUTPUT_ONLY = Map.of(
            "UserStatus", "AWS's API creates every user enabled and cannot disable one");

    private ImportExpectation() {
    }

    /** The target an import of {@code source} should produce, given the accounts the target may assign in. */
    public static Inventory of(Inventory source, Set<String> assignableAccounts) {
        return of(source, assignableAccounts, false);
    }

    /**
     * The target an import of {@code source} should produce, given the accounts the target may
     * assign in, and whether the import was asked to create the users disabled in the source.
     */
    public static Inventory of(Inventory source, Set<String> assignableAccounts, boolean includeDisabledUsers) {
        Set<String> leftOut = includeDisabledUsers ? Set.of() : disabledUsers(source);
        Set<String> leftOutPrincipals = leftOut.stream().map(user -> "USER " + user).collect(Collectors.toSet());
        Inventory expected = source
                .without(InventoryKinds.ASSIGNMENTS,
                        a -> !assignableAccounts.contains(InventoryKinds.Assignments.account(a))
                                || leftOutPrincipals.contains(InventoryKinds.Assignments.principal(a)))
                .without(InventoryKinds.USERS, u -> leftOut.contains(u.key()))
                .without(InventoryKinds.MEMBERSHIPS, m -> leftOut.contains(InventoryKinds.Memberships.user(m)));
        return withoutOutputOnlyFields(withoutAbsentManagers(expected));
    }

    /** The names of the users whose {@code UserStatus} is {@code DISABLED}. */
    public static Set<String> disabledUsers(Inventory inventory) {
        return inventory.items(InventoryKinds.USERS).stream()
                .filter(u -> "DISABLED".equals(String.valueOf(u.fields().get("UserStatus"))))
                .map(Inventory.Item::key).collect(Collectors.toSet());
    }

    /** The inventory with the {@link #OUTPUT_ONLY} fields left out. */
    public static Inventory withoutOutputOnlyFields(Inventory inventory) {
        Inventory result = inventory;
        for (String field : OUTPUT_ONLY.keySet()) {
            result = result.ignoring(InventoryKinds.USERS, field);
        }
        return result;
    }

    /**
     * Fails unless {@code actual} holds exactly what {@code expected} holds, item for item and
     * field for field (the {@link #OUTPUT_ONLY} fields aside), and nothing twice.
     */
    public static void assertMatches(Inventory actual, Inventory expected, String what) {
        withoutOutputOnlyFields(actual).assertSameAs(withoutOutputOnlyFields(expected), what);
    }

    /** Users whose manager is not one of the inventory's users lose the manager (and nothing else). */
    private static Inventory withoutAbsentManagers(Inventory inventory) {
        Set<String> users = inventory.keys(InventoryKinds.USERS);
        var kinds = new LinkedHashMap<>(inventory.kinds());
        kinds.computeIfPresent(InventoryKinds.USERS, (kind, items) -> items.stream()
                .map(user -> InventoryKinds.Users.managerValue(user.fields())
                        .filter(manager -> !users.contains(String.valueOf(manager.get("value"))))
                        .map(absent -> withoutManager(user)).orElse(user))
                .toList());
        return new Inventory(kinds);
    }

    @SuppressWarnings("unchecked")
    private static Inventory.Item withoutManager(Inventory.Item user) {
        var fields = new TreeMap<>(user.fields());
        var extensions = new TreeMap<>((Map<String, Object>) fields.get("Extensions"));
        var enterprise = new TreeMap<>((Map<String, Object>) extensions.get(InventoryKinds.ENTERPRISE));
        enterprise.remove("manager");
        // Absent and empty are the same to the reader (SdkValues): an emptied extension is none.
        if (enterprise.isEmpty()) {
            extensions.remove(InventoryKinds.ENTERPRISE);
        } else {
            extensions.put(InventoryKinds.ENTERPRISE, enterprise);
        }
        if (extensions.isEmpty()) {
            fields.remove("Extensions");
        } else {
            fields.put("Extensions", extensions);
        }
        return new Inventory.Item(user.key(), fields);
    }
}
