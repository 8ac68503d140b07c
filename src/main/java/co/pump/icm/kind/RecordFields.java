package co.pump.icm.kind;

import co.pump.icm.compare.FieldChange;
import co.pump.icm.compare.FieldDiff;
import java.util.List;

import co.pump.icm.model.AccessControlAttribute;
import co.pump.icm.model.AccessControlConfiguration;
import co.pump.icm.model.Account;
import co.pump.icm.model.Application;

/** Compares what is kept for the record only: accounts, the ABAC configuration, applications. */
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

    /**
     * Two applications matched by ARN or name. The ARN and creation time identify an application
     * in one instance, like an {@code Origin}, so they are not compared.
     */
    static List<FieldChange> application(Application left, Application right) {
        var diff = new FieldDiff();
        diff.value("name", left.name(), right.name());
        diff.value("description", left.description(), right.description());
        diff.value("status", left.status(), right.status());
        diff.value("applicationAccount", left.applicationAccount(), right.applicationAccount());
        diff.value("providerArn", left.providerArn(), right.providerArn());
        diff.value("visibility", left.visibility(), right.visibility());
        diff.value("signInOrigin", left.signInOrigin(), right.signInOrigin());
        diff.value("signInUrl", left.signInUrl(), right.signInUrl());
        return diff.changes();
    }
}
