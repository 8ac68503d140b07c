package co.pump.icm.kind;

import co.pump.icm.compare.FieldChange;
import co.pump.icm.compare.FieldDiff;
import java.util.List;

import co.pump.icm.model.Group;

/** Compares two groups with the same display name. */
final class GroupFields {

    private GroupFields() {
    }

    /** The fields that differ: description and external IDs; {@code origin} is never compared. */
    static List<FieldChange> diff(Group left, Group right) {
        var diff = new FieldDiff();
        diff.value("description", left.description(), right.description());
        UserFields.externalIds(diff, left.externalIds(), right.externalIds());
        return diff.changes();
    }
}
