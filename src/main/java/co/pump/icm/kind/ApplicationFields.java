package co.pump.icm.kind;

import java.util.List;
import java.util.Set;

import co.pump.icm.compare.FieldChange;
import co.pump.icm.compare.FieldDiff;
import co.pump.icm.compare.PolicyDocuments;
import co.pump.icm.model.Application;
import co.pump.icm.model.ApplicationGrant;
import co.pump.icm.model.Tag;

/** Compares two applications with the same name (or ARN, within one instance). */
final class ApplicationFields {

    /** What an update of an application the API made can change. */
    static final Set<String> SETTABLE = Set.of("name", "description", "status", "signInOrigin", "signInUrl", "tags",
            "assignmentRequired", "grants", "iamActorPolicy", "userBackgroundSessions");

    private ApplicationFields() {
    }

    /**
     * The fields that differ, in the order of the record. The ARN, owning account, creation time and
     * the provider's display name identify it in one instance and are never compared. How it is set
     * up is compared only when both sides record it (a snapshot of format version 1 or 2 does not):
     * grants by type, tags by key, the actor policy as a JSON document.
     */
    static List<FieldChange> diff(Application left, Application right) {
        var diff = new FieldDiff();
        diff.value("name", left.name(), right.name());
        diff.value("description", left.description(), right.description());
        diff.value("status", left.status(), right.status());
        diff.value("providerArn", left.providerArn(), right.providerArn());
        diff.value("visibility", left.visibility(), right.visibility());
        diff.value("signInOrigin", left.signInOrigin(), right.signInOrigin());
        diff.value("signInUrl", left.signInUrl(), right.signInUrl());
        if (!left.setUpRecorded() || !right.setUpRecorded()) {
            return diff.changes();
        }
        diff.keyed("tags", left.tags(), right.tags(), Tag::key, Tag::value);
        diff.value("assignmentRequired", left.assignmentRequired(), right.assignmentRequired());
        diff.keyed("grants", left.grants(), right.grants(), ApplicationGrant::type, g -> g);
        if (!PolicyDocuments.equivalent(left.iamActorPolicy(), right.iamActorPolicy())) {
            diff.add(FieldChange.changed("iamActorPolicy", present(left.iamActorPolicy()),
                    present(right.iamActorPolicy())));
        }
        diff.value("userBackgroundSessions", left.userBackgroundSessions(), right.userBackgroundSessions());
        return diff.changes();
    }

    private static String present(String policy) {
        return PolicyDocuments.isAbsent(policy) ? null : policy;
    }
}
