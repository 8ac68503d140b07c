package co.pump.icm.rollback;

import java.util.List;
import java.util.Map;

import co.pump.icm.compare.Category;
import co.pump.icm.plan.ChangeKind;

/**
 * One change of an import run, as its journal lines record it.
 *
 * @param changeId the change's stable ID, e.g. {@code user:alice@x}
 * @param kind     what the import did: {@link ChangeKind#CREATE}, {@link ChangeKind#UPDATE} or
 *                 {@link ChangeKind#DELETE}
 * @param ids      the target IDs the outcome line recorded (empty when there is none)
 * @param before   the item as it was before the run (a model record: {@code User}, {@code Group},
 *                 {@code GroupMembership}, {@code PermissionSet}, {@code AccountAssignment}), with
 *                 its target IDs in {@code origin}; null for a create
 * @param after    the item as the change meant to leave it; null for a delete, and for journals
 *                 written before icm recorded it
 * @param fields   the paths the update changed (empty otherwise)
 */
public record JournaledChange(String changeId, Category category, ChangeKind kind, String label,
                              JournaledStatus status, Map<String, String> ids, Object before, Object after,
                              List<String> fields) {

    public JournaledChange {
        ids = ids == null ? Map.of() : Map.copyOf(ids);
        fields = fields == null ? List.of() : List.copyOf(fields);
    }
}
