package co.pump.icm.rollback;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import co.pump.icm.model.AccountAssignment;
import co.pump.icm.model.Email;
import co.pump.icm.model.Group;
import co.pump.icm.model.GroupMembership;
import co.pump.icm.model.IdentityCenterConfig;
import co.pump.icm.model.ManagedPolicy;
import co.pump.icm.model.Name;
import co.pump.icm.model.PermissionSet;
import co.pump.icm.model.PrincipalType;
import co.pump.icm.model.User;
import co.pump.icm.sandbox.data.DemoData;
import co.pump.icm.sandbox.data.SandboxScenario;

/**
 * The demo with a target that already holds things: one of the customer's users, one of their
 * groups and one of their permission sets, each a little different (the import updates them), one
 * user exactly as in the source (left alone), and Pump's own operator with a group and access to
 * the log archive account (never touched).
 */
final class TargetData {

    static final String MAYA = "maya.okafor@larkspur.example";
    static final String DANIEL = "daniel.reyes@larkspur.example";
    /** The VP Finance: nobody manages her, so a rollback that keeps her keeps nobody else. */
    static final String RACHEL = "rachel.goldberg@larkspur.example";
    static final String TOM = "tom.becker@larkspur.example";
    static final String OPERATOR = "pump.operator";
    static final String OPERATORS = "Pump Operators";
    static final String CLOUD_ADMINS = "Cloud Admins";
    static final String READ_ONLY = "ReadOnly";
    /** The items the import updates in this target. */
    static final int UPDATES = 3;

    private TargetData() {
    }

    static SandboxScenario scenario() {
        SandboxScenario demo = DemoData.scenario();
        IdentityCenterConfig source = demo.sourceConfig();
        User maya = find(source.users(), u -> u.userName().equals(MAYA));
        User daniel = find(source.users(), u -> u.userName().equals(DANIEL));
        Group admins = find(source.groups(), g -> g.displayName().equals(CLOUD_ADMINS));
        PermissionSet readOnly = find(source.permissionSets(), p -> p.name().equals(READ_ONLY));
        var operator = new User(OPERATOR, "Pump Operator", new Name(null, "Operator", "Pump", null, null, null), null,
                null, List.of(new Email("operator@pump.example", "work", true)), List.of(), List.of(), null, null, null,
                null, null, null, List.of(), null, null, List.of(), null);
        var users = List.of(renamed(maya, "Maya (Pump copy)"), daniel, operator);
        var groups = List.of(new Group(admins.displayName(), "Set up by Pump", List.of(), null),
                new Group(OPERATORS, "Pump's own operators", List.of(), null));
        var policies = new ArrayList<ManagedPolicy>(readOnly.managedPolicies());
        policies.add(new ManagedPolicy("arn:aws:iam::aws:policy/job-function/ViewOnlyAccess", "ViewOnlyAccess"));
        var sets = List.of(new PermissionSet(readOnly.name(), "Pump's read-only", null, null, readOnly.tags(),
                null, policies, List.of(), null, null));
        var memberships = List.of(new GroupMembership(OPERATORS, OPERATOR, null));
        var assignments = List.of(new AccountAssignment(DemoData.TARGET_LOG_ARCHIVE, READ_ONLY, PrincipalType.USER,
                OPERATOR, null));
        var target = new IdentityCenterConfig(null, List.of(), users, groups, memberships, sets, assignments, null,
                List.of());
        return new SandboxScenario(demo.sourceOrganization(), demo.targetOrganization(), demo.movedAccountIds(),
                demo.sourceRegion(), demo.targetRegion(), source, demo.customerManagedPolicies(), null, target, false);
    }

    static User renamed(User u, String displayName) {
        return new User(u.userName(), displayName, u.name(), u.nickName(), u.profileUrl(), u.emails(), u.addresses(),
                u.phoneNumbers(), u.userType(), u.title(), u.preferredLanguage(), u.locale(), u.timezone(),
                u.userStatus(), u.photos(), u.website(), u.birthdate(), u.externalIds(), u.origin());
    }

    static <T> T find(List<T> items, Predicate<T> which) {
        return items.stream().filter(which).findFirst().orElseThrow();
    }
}
