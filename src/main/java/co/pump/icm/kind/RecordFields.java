package co.pump.icm.kind;

import co.pump.icm.compare.FieldChange;
import co.pump.icm.compare.FieldDiff;
import java.util.List;

import co.pump.icm.model.AccessControlAttribute;
import co.pump.icm.model.AccessControlConfiguration;
import co.pump.icm.model.Account;

/** Compares accounts (kept for the record) and the ABAC configuration. */
final class RecordFields {

    private RecordFields() {
    }

    /** Two accounts with the same ID: name, email and status. */
    static List<FieldChange> account(Account left, Account right) {
        var diff = new FieldDiff();
        diff.value("name", left.name(), right.name());
        diff.value("email", left.email(), right.email());
        diff.value("status", left.status(), right.status());
        return diff.changes();
    }

    /** The ABAC configuration: status, reason, and each attribute by key ({@code attributes.Department}). */
    static List<FieldChange> accessControl(AccessControlConfiguration left, AccessControlConfiguration right) {
        var diff = new FieldDiff();
        diff.value("status", left.status(), right.status());
        diff.value("statusReason", left.statusReason(), right.statusReason());
        diff.keyed("attributes", left.attributes(), right.attributes(), AccessControlAttribute::key,
                AccessControlAttribute::sources);
        return diff.changes();
    }
}
