package co.pump.icm.apply;

import java.util.ArrayList;
import java.util.List;

import co.pump.icm.model.CustomerManagedPolicyReference;
import co.pump.icm.model.Group;
import co.pump.icm.model.IdentityCenterConfig;
import co.pump.icm.model.ManagedPolicy;
import co.pump.icm.model.PermissionSet;
import co.pump.icm.model.PermissionsBoundary;
import co.pump.icm.model.Tag;
import co.pump.icm.model.User;

/** Changes to a snapshot that make every kind of update necessary in a target that matched it. */
final class PlanEdits {

    /** How many items {@link #withTargetDrift} changes. */
    static final int UPDATES = 3;

    private PlanEdits() {
    }

    static IdentityCenterConfig withTargetDrift(IdentityCenterConfig c) {
        var users = new ArrayList<>(c.users());
        User u = users.get(0);
        users.set(0, new User(u.userName(), u.displayName() + " Jr.", u.name(), "nick", u.profileUrl(), u.emails(),
                u.addresses(), u.phoneNumbers(), u.userType(), "Principal Engineer", u.preferredLanguage(), u.locale(),
                u.timezone(), u.userStatus(), List.of(), u.website(), u.birthdate(), u.externalIds(), u.origin()));
        var groups = new ArrayList<>(c.groups());
        Group g = groups.get(0);
        groups.set(0, new Group(g.displayName(), "A new description", g.externalIds(), g.origin()));
        var sets = new ArrayList<>(c.permissionSets());
        int index = 0;
        for (int i = 0; i < sets.size(); i++) {
            if (!sets.get(i).customerManagedPolicies().isEmpty() && sets.get(i).inlinePolicy() != null) {
                index = i;
                break;
            }
        }
        PermissionSet p = sets.get(index);
        var tags = new ArrayList<Tag>(p.tags());
        tags.add(new Tag("migrated", "yes"));
        var managed = new ArrayList<ManagedPolicy>(p.managedPolicies());
        managed.add(new ManagedPolicy("arn:aws:iam::aws:policy/job-function/ViewOnlyAccess", "ViewOnlyAccess"));
        sets.set(index, new PermissionSet(p.name(), "Changed description", "PT2H", "https://example.com/",
                tags, "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Deny\",\"Action\":\"s3:DeleteBucket\",\"Resource\":\"*\"}]}",
                managed, List.<CustomerManagedPolicyReference>of(),
                PermissionsBoundary.managed("arn:aws:iam::aws:policy/PowerUserAccess"), p.origin()));
        return new IdentityCenterConfig(c.source(), c.accounts(), users, groups, c.memberships(), sets, c.assignments(),
                c.accessControl(), c.applications(), c.more());
    }
}
