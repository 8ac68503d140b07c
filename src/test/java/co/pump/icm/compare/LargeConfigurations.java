package co.pump.icm.compare;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import co.pump.icm.model.AccessControlAttribute;
import co.pump.icm.model.AccessControlConfiguration;
import co.pump.icm.model.Account;
import co.pump.icm.model.AccountAssignment;
import co.pump.icm.model.Address;
import co.pump.icm.model.Application;
import co.pump.icm.model.CustomerManagedPolicyReference;
import co.pump.icm.model.Email;
import co.pump.icm.model.ExternalId;
import co.pump.icm.model.Group;
import co.pump.icm.model.GroupMembership;
import co.pump.icm.model.IdentityCenterConfig;
import co.pump.icm.model.ManagedPolicy;
import co.pump.icm.model.Name;
import co.pump.icm.model.Origin;
import co.pump.icm.model.PermissionSet;
import co.pump.icm.model.PermissionsBoundary;
import co.pump.icm.model.PhoneNumber;
import co.pump.icm.model.Photo;
import co.pump.icm.model.PrincipalType;
import co.pump.icm.model.Tag;
import co.pump.icm.model.User;

/**
 * Generates a large configuration in memory and a copy of it as read from another instance, for
 * the benchmark. The copy is built independently (every string a new instance, other origins, the
 * inline policies formatted differently, some session durations written in minutes) so that
 * nothing compares equal by identity, and differs in about 1% of the items of each category:
 * of every 100 users, groups and permission sets, one is changed or missing from the copy (in
 * turn), and the copy has half as many new ones; of every 100 memberships and assignments, one
 * is missing from the copy, and the copy has half as many new ones.
 */
final class LargeConfigurations {

    /** How big a configuration is. */
    record Size(int users, int groups, int membershipsPerUser, int permissionSets, int assignments, int accounts) {
        static final Size BENCHMARK = new Size(100_000, 10_000, 3, 2_000, 50_000, 250);
    }

    private static final int GROUP_STRIDE = 3331; // a user's groups are u, u + 3331, u + 6662 (mod groups)

    private final Size size;
    private final boolean copy;

    private LargeConfigurations(Size size, boolean copy) {
        this.size = size;
        this.copy = copy;
    }

    /** The configuration as read from the source instance. */
    static IdentityCenterConfig original(Size size) {
        return new LargeConfigurations(size, false).build();
    }

    /** The copy as read from another instance, with about 1% of items differing. */
    static IdentityCenterConfig copy(Size size) {
        return new LargeConfigurations(size, true).build();
    }

    private IdentityCenterConfig build() {
        return new IdentityCenterConfig(null, accounts(), users(), groups(), memberships(), permissionSets(),
                assignments(),
                new AccessControlConfiguration(s("ENABLED"), null, List.of(
                        new AccessControlAttribute(s("Department"), List.of(s("${path:enterprise.department}"))),
                        new AccessControlAttribute(s("CostCenter"), List.of(s("${path:enterprise.costCenter}"))))),
                applications());
    }

    // Every item i with i % 100 == 0 differs in the copy: changed when (i / 100) is even, missing when odd.
    private boolean changedInCopy(int i) {
        return copy && i % 100 == 0 && (i / 100) % 2 == 0;
    }

    private boolean missingFromCopy(int i) {
        return copy && i % 100 == 0 && (i / 100) % 2 == 1;
    }

    private int addedInCopy(int count) {
        return copy ? count / 200 : 0;
    }

    private List<User> users() {
        var users = new ArrayList<User>(size.users() + addedInCopy(size.users()));
        for (int i = 0; i < size.users(); i++) {
            if (!missingFromCopy(i)) {
                users.add(user(userName(i), i, changedInCopy(i)));
            }
        }
        for (int i = 0; i < addedInCopy(size.users()); i++) {
            users.add(user(s("new.user" + i + "@acme.com"), size.users() + i, false));
        }
        return users;
    }

    private User user(String userName, int i, boolean changed) {
        String given = "Given" + i;
        String family = "Family" + (i % 997);
        return new User(userName, changed ? given + " " + family + " (changed)" : given + " " + family,
                new Name(given + " " + family, family, given, null, null, null),
                null, null,
                List.of(new Email(userName, s("work"), true)),
                List.of(new Address(i + " Main St", s("Springfield"), s("IL"), s("62701"), s("US"), null, s("work"),
                        true)),
                List.of(new PhoneNumber("+1-555-" + (1000 + i % 9000), s("work"), true)),
                s("Employee"), changed ? s("Manager") : s("Engineer"), s("en-US"), s("en_US"),
                s("America/Chicago"), s("ENABLED"),
                i % 10 == 0 ? List.of(new Photo("https://photos.acme.com/" + i + ".png", s("photo"), null, true))
                        : List.of(),
                null, null,
                List.of(new ExternalId(s("https://scim.acme.com"), "ext-" + i)),
                origin("user", i));
    }

    private String userName(int i) {
        return "user" + i + "@acme.com";
    }

    private List<Group> groups() {
        var groups = new ArrayList<Group>(size.groups());
        for (int i = 0; i < size.groups(); i++) {
            if (!missingFromCopy(i)) {
                groups.add(new Group(groupName(i), changedInCopy(i) ? "Team " + i + " (renamed)" : "Team " + i,
                        List.of(new ExternalId(s("https://scim.acme.com"), "grp-" + i)), origin("group", i)));
            }
        }
        for (int i = 0; i < addedInCopy(size.groups()); i++) {
            groups.add(new Group("new-group-" + i, null, List.of(), origin("group", size.groups() + i)));
        }
        return groups;
    }

    private String groupName(int i) {
        return "group-" + i;
    }

    private List<GroupMembership> memberships() {
        var memberships = new ArrayList<GroupMembership>(size.users() * size.membershipsPerUser());
        int n = 0;
        for (int u = 0; u < size.users(); u++) {
            for (int k = 0; k < size.membershipsPerUser(); k++, n++) {
                if (!(copy && n % 100 == 0)) {
                    memberships.add(membership(u, k, n));
                }
            }
        }
        int added = copy ? size.users() * size.membershipsPerUser() / 200 : 0;
        for (int u = 0; u < added; u++) {
            memberships.add(membership(u, size.membershipsPerUser(), n + u)); // a further group for u
        }
        return memberships;
    }

    private GroupMembership membership(int user, int k, int n) {
        return new GroupMembership(groupName((user + k * GROUP_STRIDE) % size.groups()), userName(user),
                origin("membership", n));
    }

    private List<PermissionSet> permissionSets() {
        var sets = new ArrayList<PermissionSet>(size.permissionSets());
        for (int i = 0; i < size.permissionSets(); i++) {
            if (!missingFromCopy(i)) {
                sets.add(permissionSet(permissionSetName(i), i, changedInCopy(i)));
            }
        }
        for (int i = 0; i < addedInCopy(size.permissionSets()); i++) {
            sets.add(permissionSet("NewPermissionSet" + i, size.permissionSets() + i, false));
        }
        return sets;
    }

    private PermissionSet permissionSet(String name, int i, boolean changed) {
        int hours = 1 + i % 12;
        String duration = copy && i % 2 == 0 ? "PT" + hours * 60 + "M" : "PT" + hours + "H";
        var managed = new ArrayList<ManagedPolicy>(List.of(
                new ManagedPolicy(s("arn:aws:iam::aws:policy/ReadOnlyAccess"), s("ReadOnlyAccess")),
                new ManagedPolicy(s("arn:aws:iam::aws:policy/AWSSupportAccess"), s("AWSSupportAccess"))));
        if (changed) {
            managed.add(new ManagedPolicy(s("arn:aws:iam::aws:policy/SecurityAudit"), s("SecurityAudit")));
        }
        if (copy) {
            Collections.reverse(managed); // AWS lists them in no particular order
        }
        return new PermissionSet(name, "Access for team " + i, i % 3 == 0 ? null : duration,
                i % 5 == 0 ? s("https://console.aws.amazon.com/") : null,
                List.of(new Tag(s("team"), changed ? "team-" + i + "-new" : "team-" + i), new Tag(s("cost-center"),
                        "cc-" + i % 50)),
                policy(i),
                managed,
                List.of(new CustomerManagedPolicyReference("Team" + i + "Policy", i % 2 == 0 ? null : s("/teams/"))),
                i % 4 == 0 ? PermissionsBoundary.managed(s("arn:aws:iam::aws:policy/PowerUserAccess")) : null,
                new Origin((copy ? "arn:aws:sso:::permissionSet/ssoins-bbbb/ps-" : "arn:aws:sso:::permissionSet/ssoins-aaaa/ps-")
                        + i, null, null, null, null));
    }

    private String permissionSetName(int i) {
        return "PermissionSet" + i;
    }

    // About 1 KB, compact in the original and indented (keys in another order) in the copy.
    private String policy(int i) {
        var statements = new ArrayList<String>();
        for (int st = 0; st < 6; st++) {
            String action = "\"Action\":[\"s3:GetObject\",\"s3:ListBucket\",\"s3:PutObject\"]";
            String resource = "\"Resource\":\"arn:aws:s3:::bucket-" + i + "-" + st + "/*\"";
            String sid = "\"Sid\":\"Statement" + st + "\"";
            statements.add(copy
                    ? "{\n    " + resource + ",\n    " + action + ",\n    \"Effect\": \"Allow\",\n    " + sid + "\n  }"
                    : "{" + sid + ",\"Effect\":\"Allow\"," + action + "," + resource + "}");
        }
        return copy
                ? "{\n  \"Statement\": [\n  " + String.join(",\n  ", statements) + "\n  ],\n  \"Version\": \"2012-10-17\"\n}"
                : "{\"Version\":\"2012-10-17\",\"Statement\":[" + String.join(",", statements) + "]}";
    }

    private List<AccountAssignment> assignments() {
        var assignments = new ArrayList<AccountAssignment>(size.assignments());
        for (int j = 0; j < size.assignments(); j++) {
            if (!(copy && j % 100 == 0)) {
                assignments.add(assignment(j));
            }
        }
        for (int j = 0; j < addedInCopy(size.assignments()); j++) {
            assignments.add(assignment(size.assignments() + j));
        }
        return assignments;
    }

    // (account, permission set) is unique for each j below accounts * permission sets.
    private AccountAssignment assignment(int j) {
        boolean toUser = j % 5 == 0;
        return new AccountAssignment(accountId(j % size.accounts()),
                permissionSetName((j / size.accounts()) % size.permissionSets()),
                toUser ? PrincipalType.USER : PrincipalType.GROUP,
                toUser ? userName(j % size.users()) : groupName(j % size.groups()), origin("principal", j));
    }

    private List<Account> accounts() {
        var accounts = new ArrayList<Account>(size.accounts());
        for (int i = 0; i < size.accounts(); i++) {
            accounts.add(new Account(accountId(i), "acme-" + i, "aws+" + i + "@acme.com", s("ACTIVE")));
        }
        return accounts;
    }

    private String accountId(int i) {
        return String.valueOf(100_000_000_000L + i);
    }

    private List<Application> applications() {
        var applications = new ArrayList<Application>();
        for (int i = 0; i < 10; i++) {
            applications.add(new Application(
                    (copy ? "arn:aws:sso::999999999999:application/ssoins-b/apl-" : "arn:aws:sso::111111111111:application/ssoins-a/apl-") + i,
                    "App " + i, null, s("ENABLED"), null, s("arn:aws:sso::aws:applicationProvider/custom"),
                    s("ENABLED"), s("IDENTITY_CENTER"), "https://app" + i + ".acme.com", null));
        }
        return applications;
    }

    private Origin origin(String kind, int i) {
        return new Origin((copy ? "b-" : "a-") + kind + "-" + i, "2024-01-02T03:04:05Z", null, null, null);
    }

    // A new string instance, as a JSON reader would produce for each value.
    private static String s(String literal) {
        return new String(literal.toCharArray());
    }
}
