package co.pump.icm.ui.inspector;

import static co.pump.icm.ui.inspector.Column.number;
import static co.pump.icm.ui.inspector.Column.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import co.pump.icm.model.Account;
import co.pump.icm.model.AccountAssignment;
import co.pump.icm.model.Application;
import co.pump.icm.model.Group;
import co.pump.icm.model.GroupMembership;
import co.pump.icm.model.IdentityCenterConfig;
import co.pump.icm.model.PermissionSet;
import co.pump.icm.model.User;

/**
 * The seven tables of the inspector (users, groups, memberships, permission sets, assignments,
 * accounts, applications) with their columns and details. {@link #prepare} does the heavy part
 * (search texts, lookups) off the FX thread; {@link #fill} hands the result to the tables.
 */
final class SnapshotTables {

    private Lookups lookups = Lookups.NONE;

    final CategoryTable<User> users = new CategoryTable<>("Users", "users", List.of(
            text("User name", User::userName, 230),
            text("Display name", User::displayName, 200),
            text("Email", User::primaryEmail, 260),
            text("Status", User::userStatus, 110)),
            user -> details().user(user));

    final CategoryTable<Group> groups = new CategoryTable<>("Groups", "groups", List.of(
            text("Display name", Group::displayName, 220),
            number("Members", group -> String.valueOf(lookups.memberCount(group.displayName())), 100),
            text("Description", Group::description, 420)),
            group -> details().group(group));

    final CategoryTable<GroupMembership> memberships = new CategoryTable<>("Memberships", "memberships", List.of(
            text("Group", GroupMembership::groupName, 260),
            text("User", GroupMembership::userName, 300)),
            membership -> details().membership(membership));

    final CategoryTable<PermissionSet> permissionSets = new CategoryTable<>("Permission sets", "permissionSets",
            List.of(text("Name", PermissionSet::name, 220),
                    text("Session", PermissionSet::sessionDuration, 90),
                    number("Policies", p -> String.valueOf(p.managedPolicies().size()
                            + p.customerManagedPolicies().size()), 90),
                    text("Inline", p -> p.inlinePolicy() == null || p.inlinePolicy().isBlank() ? "" : "✓ yes", 80),
                    text("Description", PermissionSet::description, 360)),
            permissionSet -> details().permissionSet(permissionSet));

    final CategoryTable<AccountAssignment> assignments = new CategoryTable<>("Assignments", "assignments", List.of(
            text("Account", a -> lookups.account(a.accountId()), 260),
            text("Permission set", AccountAssignment::permissionSetName, 210),
            text("Type", a -> a.principalType() == null ? "" : a.principalType().name(), 80),
            text("Principal", AccountAssignment::principalName, 260)),
            assignment -> details().assignment(assignment));

    final CategoryTable<Account> accounts = new CategoryTable<>("Accounts", "accounts", List.of(
            text("Account ID", Account::id, 150),
            text("Name", Account::name, 220),
            text("Email", Account::email, 300),
            text("Status", Account::status, 100)),
            account -> details().account(account));

    final CategoryTable<Application> applications = new CategoryTable<>("Applications", "applications", List.of(
            text("Name", Application::name, 200),
            text("Status", Application::status, 100),
            text("Description", Application::description, 300),
            text("Sign-in URL", Application::signInUrl, 300)),
            application -> details().application(application));

    /** The tables, in the order of the tabs. */
    List<CategoryTable<?>> all() {
        return List.of(users, groups, memberships, permissionSets, assignments, accounts, applications);
    }

    /** Everything the tables need, worked out off the FX thread. */
    record Prepared(Lookups lookups, List<Row<User>> users, List<Row<Group>> groups,
                    List<Row<GroupMembership>> memberships, List<Row<PermissionSet>> permissionSets,
                    List<Row<AccountAssignment>> assignments, List<Row<Account>> accounts,
                    List<Row<Application>> applications) {
    }

    /** Builds the rows and lookups of a configuration; linear in its size, safe off the FX thread. */
    static Prepared prepare(IdentityCenterConfig config) {
        return new Prepared(Lookups.of(config),
                rows(config.users(), u -> search(u.userName(), u.displayName(), u.primaryEmail(), u.userStatus(),
                        u.title())),
                rows(config.groups(), g -> search(g.displayName(), g.description())),
                rows(config.memberships(), m -> search(m.groupName(), m.userName())),
                rows(config.permissionSets(), p -> search(p.name(), p.description(), p.sessionDuration())),
                rows(config.assignments(), a -> search(a.accountId(), a.permissionSetName(),
                        a.principalType() == null ? null : a.principalType().name(), a.principalName())),
                rows(config.accounts(), a -> search(a.id(), a.name(), a.email(), a.status())),
                rows(config.applications(), a -> search(a.name(), a.description(), a.status(), a.signInUrl())));
    }

    /** Fills the tables with prepared rows (FX thread). */
    void fill(Prepared prepared) {
        lookups = prepared.lookups();
        users.load(prepared.users());
        groups.load(prepared.groups());
        memberships.load(prepared.memberships());
        permissionSets.load(prepared.permissionSets());
        assignments.load(prepared.assignments());
        accounts.load(prepared.accounts());
        applications.load(prepared.applications());
    }

    private ItemDetails details() {
        return new ItemDetails(lookups);
    }

    private static <T> List<Row<T>> rows(List<T> items, Function<T, String> searchText) {
        var rows = new ArrayList<Row<T>>(items.size());
        for (T item : items) {
            rows.add(new Row<>(item, searchText.apply(item)));
        }
        return rows;
    }

    private static String search(String... fields) {
        var text = new StringBuilder();
        for (String field : fields) {
            if (field != null) {
                // A separator no query contains, so that a match never spans two fields.
                text.append(field.toLowerCase(Locale.ROOT)).append('\u0000');
            }
        }
        return text.toString();
    }
}
