package co.pump.icm.snapshot;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import co.pump.icm.model.AccessControlConfiguration;
import co.pump.icm.model.Account;
import co.pump.icm.model.AccountAssignment;
import co.pump.icm.model.Email;
import co.pump.icm.model.Group;
import co.pump.icm.model.GroupMembership;
import co.pump.icm.model.IdentityCenterConfig;
import co.pump.icm.model.ManagedPolicy;
import co.pump.icm.model.Name;
import co.pump.icm.model.Origin;
import co.pump.icm.model.PermissionSet;
import co.pump.icm.model.PrincipalType;
import co.pump.icm.model.SourceInfo;
import co.pump.icm.model.Tag;
import co.pump.icm.model.User;

/** Large, valid configurations for benchmarks, generated deterministically. */
final class LargeConfigs {

    private LargeConfigs() {
    }

    /**
     * A configuration of the given size. Every user has a name, a display name and one email;
     * memberships spread each user over several groups; every permission set has an inline
     * policy, two managed policies and tags; assignments are all distinct.
     */
    static IdentityCenterConfig generate(int users, int groups, int memberships, int permissionSets,
                                         int assignments, int accounts) {
        List<Account> accountList = new ArrayList<>(accounts);
        for (int i = 0; i < accounts; i++) {
            accountList.add(new Account(accountId(i), "account-" + i, "aws+" + i + "@bench.example.com", "ACTIVE"));
        }
        List<User> userList = new ArrayList<>(users);
        for (int i = 0; i < users; i++) {
            String given = "Given" + i;
            String family = "Family" + (i % 997);
            userList.add(new User(userName(i), given + " " + family, new Name(null, family, given, null, null, null),
                    null, null, List.of(new Email(userName(i), "work", true)), List.of(), List.of(), null, null,
                    null, null, null, "ENABLED", List.of(), null, null, List.of(), Origin.of(id("u", i))));
        }
        List<Group> groupList = new ArrayList<>(groups);
        for (int i = 0; i < groups; i++) {
            groupList.add(new Group(groupName(i), "Group number " + i, List.of(), Origin.of(id("g", i))));
        }
        List<GroupMembership> membershipList = new ArrayList<>(memberships);
        int perUser = (memberships + users - 1) / users;
        for (int i = 0; i < memberships; i++) {
            int user = i / perUser;
            int slot = i % perUser;
            // Distinct groups for one user: consecutive slots step by a stride that is coprime enough.
            int group = (int) (((long) user * 7 + (long) slot * 1009) % groups);
            membershipList.add(new GroupMembership(groupName(group), userName(user), Origin.of(id("m", i))));
        }
        List<PermissionSet> setList = new ArrayList<>(permissionSets);
        for (int i = 0; i < permissionSets; i++) {
            setList.add(new PermissionSet(permissionSetName(i), "Permission set number " + i, "PT" + (1 + i % 12) + "H",
                    null, List.of(new Tag("team", "team-" + (i % 50)), new Tag("cost-center", "cc-" + (i % 200)),
                    new Tag("owner", "owner" + i + "@bench.example.com")),
                    inlinePolicy(i),
                    List.of(new ManagedPolicy("arn:aws:iam::aws:policy/ReadOnlyAccess", "ReadOnlyAccess"),
                            new ManagedPolicy("arn:aws:iam::aws:policy/job-function/ViewOnlyAccess", "ViewOnlyAccess")),
                    List.of(), null,
                    Origin.of("arn:aws:sso:::permissionSet/ssoins-1234567890abcdef/ps-" + String.format("%016x", i))));
        }
        List<AccountAssignment> assignmentList = new ArrayList<>(assignments);
        for (int i = 0; i < assignments; i++) {
            // (account, permission set) pairs are distinct for i < accounts * permissionSets.
            String account = accountId(i % accounts);
            String set = permissionSetName((i / accounts) % permissionSets);
            boolean group = i % 2 == 0;
            assignmentList.add(new AccountAssignment(account, set, group ? PrincipalType.GROUP : PrincipalType.USER,
                    group ? groupName((i * 13) % groups) : userName((i * 17) % users), null));
        }
        var source = new SourceInfo(accountId(0), "o-bench12345", accountId(0), "us-east-1",
                "arn:aws:sso:::instance/ssoins-1234567890abcdef", "d-1234567890", "bench", null);
        return new IdentityCenterConfig(source, accountList, userList, groupList, membershipList, setList,
                assignmentList, new AccessControlConfiguration("ENABLED", null, List.of()), List.of());
    }

    static String userName(int i) {
        return "user" + i + "@bench.example.com";
    }

    static String groupName(int i) {
        return "Group " + i;
    }

    static String permissionSetName(int i) {
        return "PermissionSet-" + i;
    }

    static String accountId(int i) {
        return String.format("%012d", 100_000_000_000L + i);
    }

    private static String id(String kind, int i) {
        return "906745d2a4-" + UUID.nameUUIDFromBytes((kind + i).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static String inlinePolicy(int i) {
        return "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"Bucket" + i + "\",\"Effect\":\"Allow\","
                + "\"Action\":[\"s3:GetObject\",\"s3:ListBucket\"],\"Resource\":[\"arn:aws:s3:::bucket-" + i
                + "\",\"arn:aws:s3:::bucket-" + i + "/*\"]},{\"Effect\":\"Deny\",\"Action\":\"iam:*\",\"Resource\":\"*\"}]}";
    }
}
