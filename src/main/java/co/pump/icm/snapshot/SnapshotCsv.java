package co.pump.icm.snapshot;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JacksonException;

import co.pump.icm.model.Account;
import co.pump.icm.model.AccountAssignment;
import co.pump.icm.model.Address;
import co.pump.icm.model.ExternalId;
import co.pump.icm.model.Group;
import co.pump.icm.model.GroupMembership;
import co.pump.icm.model.IdentityCenterConfig;
import co.pump.icm.model.MigratorException;
import co.pump.icm.model.Name;
import co.pump.icm.model.Origin;
import co.pump.icm.model.PermissionSet;
import co.pump.icm.model.PermissionsBoundary;
import co.pump.icm.model.User;

/**
 * A configuration as spreadsheets, one file per category, one row per item: users.csv,
 * groups.csv, memberships.csv, permission-sets.csv and assignments.csv (see {@link CsvTable} for
 * the exact CSV). Several values in one cell are joined with {@code "; "}; the inline policy is
 * compact JSON. The files hold personal data, so they are owner-only.
 */
public final class SnapshotCsv {

    /** The separator between several values in one cell. */
    public static final String JOIN = "; ";

    /** One file written: its path, how many rows (items) it has and what they are. */
    public record CsvFile(Path path, int rows, String items) {
    }

    private SnapshotCsv() {
    }

    /**
     * Writes the five files into {@code folder}, creating it (owner-only) if needed and replacing
     * files of the same names.
     *
     * @throws MigratorException (BAD_INPUT) if a file cannot be written
     */
    public static List<CsvFile> write(IdentityCenterConfig config, Path folder) {
        Map<String, List<String>> groupsOfUser = new HashMap<>();
        Map<String, Integer> membersOfGroup = new HashMap<>();
        for (GroupMembership membership : config.memberships()) {
            groupsOfUser.computeIfAbsent(membership.userName(), k -> new ArrayList<>()).add(membership.groupName());
            membersOfGroup.merge(membership.groupName(), 1, Integer::sum);
        }
        Map<String, Integer> assignmentsOfSet = new HashMap<>();
        config.assignments().forEach(a -> assignmentsOfSet.merge(a.permissionSetName(), 1, Integer::sum));
        Map<String, String> accountNames = config.accounts().stream()
                .filter(a -> a.id() != null && a.name() != null)
                .collect(Collectors.toMap(Account::id, Account::name, (a, b) -> a));

        var files = new ArrayList<CsvFile>();
        try {
            PrivateFiles.createFolders(folder);
            files.add(write(folder, "users.csv", "users", users(config.users(), groupsOfUser)));
            files.add(write(folder, "groups.csv", "groups", groups(config.groups(), membersOfGroup)));
            files.add(write(folder, "memberships.csv", "memberships", memberships(config.memberships())));
            files.add(write(folder, "permission-sets.csv", "permission sets",
                    permissionSets(config.permissionSets(), assignmentsOfSet)));
            files.add(write(folder, "assignments.csv", "assignments", assignments(config.assignments(), accountNames)));
        } catch (IOException e) {
            throw MigratorException.badInput("Could not write the CSV files to " + folder + ": " + PrivateFiles.reason(e));
        }
        return files;
    }

    private static CsvFile write(Path folder, String name, String items, CsvTable table) throws IOException {
        Path file = folder.resolve(name);
        PrivateFiles.writeAtomically(file, table::writeTo);
        return new CsvFile(file, table.size(), items);
    }

    private static CsvTable users(List<User> users, Map<String, List<String>> groupsOfUser) {
        var table = new CsvTable("userName", "displayName", "givenName", "middleName", "familyName",
                "formattedName", "honorificPrefix", "honorificSuffix", "nickName", "emails", "phoneNumbers",
                "addresses", "title", "userType", "preferredLanguage", "locale", "timezone", "userStatus",
                "profileUrl", "website", "birthdate", "photos", "groups", "externalIds", "userId", "createdAt",
                "updatedAt");
        for (User u : users) {
            Name n = u.name() == null ? new Name(null, null, null, null, null, null) : u.name();
            Origin o = origin(u.origin());
            table.add(u.userName(), u.displayName(), n.givenName(), n.middleName(), n.familyName(), n.formatted(),
                    n.honorificPrefix(), n.honorificSuffix(), u.nickName(),
                    join(u.emails(), e -> e.value()), join(u.phoneNumbers(), p -> p.value()),
                    join(u.addresses(), SnapshotCsv::address), u.title(), u.userType(), u.preferredLanguage(),
                    u.locale(), u.timezone(), u.userStatus(), u.profileUrl(), u.website(), u.birthdate(),
                    join(u.photos(), p -> p.value()), String.join(JOIN, groupsOfUser.getOrDefault(u.userName(), List.of())),
                    join(u.externalIds(), SnapshotCsv::externalId), o.id(), o.createdAt(), o.updatedAt());
        }
        return table;
    }

    private static CsvTable groups(List<Group> groups, Map<String, Integer> membersOfGroup) {
        var table = new CsvTable("displayName", "description", "members", "externalIds", "groupId");
        for (Group g : groups) {
            table.add(g.displayName(), g.description(), String.valueOf(membersOfGroup.getOrDefault(g.displayName(), 0)),
                    join(g.externalIds(), SnapshotCsv::externalId), origin(g.origin()).id());
        }
        return table;
    }

    private static CsvTable memberships(List<GroupMembership> memberships) {
        var table = new CsvTable("groupName", "userName", "membershipId");
        for (GroupMembership m : memberships) {
            table.add(m.groupName(), m.userName(), origin(m.origin()).id());
        }
        return table;
    }

    private static CsvTable permissionSets(List<PermissionSet> sets, Map<String, Integer> assignmentsOfSet) {
        var table = new CsvTable("name", "description", "sessionDuration", "relayState", "tags", "managedPolicies",
                "customerManagedPolicies", "permissionsBoundary", "inlinePolicy", "assignments", "permissionSetArn");
        for (PermissionSet p : sets) {
            table.add(p.name(), p.description(), p.sessionDuration(), p.relayState(),
                    join(p.tags(), t -> t.key() + "=" + Objects.toString(t.value(), "")),
                    join(p.managedPolicies(), m -> m.arn()),
                    join(p.customerManagedPolicies(), c -> c.qualifiedName()),
                    boundary(p.permissionsBoundary()), compact(p.inlinePolicy()),
                    String.valueOf(assignmentsOfSet.getOrDefault(p.name(), 0)), origin(p.origin()).id());
        }
        return table;
    }

    private static CsvTable assignments(List<AccountAssignment> assignments, Map<String, String> accountNames) {
        var table = new CsvTable("accountId", "accountName", "permissionSetName", "principalType", "principalName");
        for (AccountAssignment a : assignments) {
            table.add(a.accountId(), accountNames.get(a.accountId()), a.permissionSetName(),
                    a.principalType() == null ? null : a.principalType().name(), a.principalName());
        }
        return table;
    }

    private static <T> String join(List<T> items, Function<T, String> text) {
        return items.stream().map(text).filter(Objects::nonNull).collect(Collectors.joining(JOIN));
    }

    private static String address(Address a) {
        if (a.formatted() != null) {
            return a.formatted();
        }
        return Stream.of(a.streetAddress(), a.locality(), a.region(), a.postalCode(), a.country())
                .filter(Objects::nonNull).collect(Collectors.joining(", "));
    }

    private static String externalId(ExternalId id) {
        return id.issuer() == null ? id.id() : id.id() + " (" + id.issuer() + ")";
    }

    private static String boundary(PermissionsBoundary boundary) {
        if (boundary == null) {
            return null;
        }
        return boundary.managedPolicyArn() != null ? boundary.managedPolicyArn()
                : boundary.customerManagedPolicyReference() == null ? null
                : boundary.customerManagedPolicyReference().qualifiedName();
    }

    /** The policy on one line; as it is if it is not JSON (validation normally rules that out). */
    private static String compact(String policy) {
        if (policy == null) {
            return null;
        }
        try {
            return SnapshotJson.compactWriter().writeValueAsString(SnapshotJson.mapper().readTree(policy));
        } catch (JacksonException e) {
            return policy;
        }
    }

    private static Origin origin(Origin origin) {
        return origin == null ? new Origin(null, null, null, null, null) : origin;
    }
}
