package co.pump.icm.testing;

import java.util.Map;
import java.util.Set;

/**
 * What a complete import of a source should leave in an empty target, derived from the source's
 * {@link Inventory} by the rules of AWS, not by the product's planner: everything, except
 * <ul>
 *   <li>fields AWS's API cannot set ({@link #OUTPUT_ONLY}), which are compared nowhere;</li>
 *   <li>assignments in accounts the target's administrator cannot assign in: accounts outside the
 *       target organization, and its management account (a delegated administrator may not
 *       manage access there).</li>
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
        Inventory expected = source.without(InventoryKinds.ASSIGNMENTS,
                a -> !assignableAccounts.contains(InventoryKinds.Assignments.account(a)));
        return withoutOutputOnlyFields(expected);
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
}
