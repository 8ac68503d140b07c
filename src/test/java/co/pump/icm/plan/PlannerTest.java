package co.pump.icm.plan;

import static co.pump.icm.model.TestConfigs.DEV_ACCOUNT;
import static co.pump.icm.model.TestConfigs.MANAGEMENT_ACCOUNT;
import static co.pump.icm.model.TestConfigs.PROD_ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import co.pump.icm.compare.Category;
import co.pump.icm.model.Account;
import co.pump.icm.model.AccountAssignment;
import co.pump.icm.model.ExternalId;
import co.pump.icm.model.Group;
import co.pump.icm.model.GroupMembership;
import co.pump.icm.model.IdentityCenterConfig;
import co.pump.icm.model.ManagedPolicy;
import co.pump.icm.model.Origin;
import co.pump.icm.model.PermissionSet;
import co.pump.icm.model.PrincipalType;
import co.pump.icm.model.SourceInfo;
import co.pump.icm.model.TestConfigs;
import co.pump.icm.model.User;
import org.junit.jupiter.api.Test;

class PlannerTest {

    static final String TARGET_MANAGEMENT = "999999999999";
    static final String TARGET_ADMIN = "888888888888";

    /** The full configuration without its application: applications are planned in ApplicationPlanTest. */
    private final IdentityCenterConfig snapshot = co.pump.icm.kind.Kinds.APPLICATIONS.with(TestConfigs.full(),
            List.of());

    /** An empty target instance in a new organization holding the prod and dev accounts. */
    static IdentityCenterConfig emptyTarget() {
        return new IdentityCenterConfig(
                new SourceInfo(TARGET_ADMIN, "o-target0001", TARGET_MANAGEMENT, "eu-west-1",
                        "arn:aws:sso:::instance/ssoins-9999999999999999", "d-9999999999", null, null),
                List.of(new Account(TARGET_MANAGEMENT, "pump-management", "m@pump.co", "ACTIVE"),
                        new Account(TARGET_ADMIN, "identity-admin", "a@pump.co", "ACTIVE"),
                        new Account(PROD_ACCOUNT, "acme-prod", "prod@acme.com", "ACTIVE"),
                        new Account(DEV_ACCOUNT, "acme-dev", "dev@acme.com", "ACTIVE")),
                List.of(), List.of(), List.of(), List.of(), List.of(), null, List.of());
    }

    static IdentityCenterConfig targetWith(IdentityCenterConfig base, List<User> users, List<Group> groups,
                                           List<GroupMembership> memberships, List<PermissionSet> sets,
                                           List<AccountAssignment> assignments) {
        return new IdentityCenterConfig(base.source(), base.accounts(), users, groups, memberships, sets, assignments,
                base.accessControl(), List.of());
    }

    /** The target after a complete import of the snapshot. */
    IdentityCenterConfig importedTarget() {
        var imported = targetWith(emptyTarget(), snapshot.users(), snapshot.groups(), snapshot.memberships(),
                snapshot.permissionSets(), snapshot.assignments());
        return co.pump.icm.kind.Kinds.ACCESS_CONTROL.with(imported, co.pump.icm.kind.Kinds.ACCESS_CONTROL.items(snapshot));
    }

    static Set<String> ids(Plan plan, ChangeKind kind) {
        return plan.changes().stream().filter(c -> c.kind() == kind).map(Change::id).collect(Collectors.toSet());
    }

    static String reason(Plan plan, String id) {
        Change<?> change = plan.change(id);
        if (change instanceof Change.Skip<?> skip) {
            return skip.reason();
        }
        if (change instanceof Change.Conflict<?> conflict) {
            return conflict.reason();
        }
        throw new AssertionError(id + " is " + change);
    }

    @Test
    void anEmptyTargetGetsEverythingCreated() {
        Plan plan = Planner.plan(snapshot, emptyTarget(), PlanOptions.defaults());
        assertThat(ids(plan, ChangeKind.CREATE)).containsExactlyInAnyOrder(
                "user:alice@acme.com", "user:bob@acme.com", "user:carol@acme.com",
                "group:Admins", "group:Auditors",
                "membership:Admins/alice@acme.com", "membership:Admins/bob@acme.com",
                "permission-set:AdministratorAccess", "permission-set:ReadOnly",
                "assignment:222222222222/AdministratorAccess/GROUP/Admins",
                "assignment:333333333333/ReadOnly/USER/carol@acme.com",
                "assignment:333333333333/AdministratorAccess/USER/alice@acme.com",
                "access-control:configuration");
        assertThat(plan.count(ChangeKind.SKIP) + plan.count(ChangeKind.CONFLICT)).isZero();
        assertThat(plan.count(Category.USERS, ChangeKind.CREATE)).isEqualTo(3);
        assertThat(plan.writes()).hasSize(13);
        // Categories in dependency order.
        assertThat(plan.changes().get(0).category()).isEqualTo(Category.USERS);
        assertThat(plan.changes().get(plan.changes().size() - 1).category()).isEqualTo(Category.ACCESS_CONTROL);
    }

    @Test
    void aTargetThatAlreadyMatchesNeedsNothing() {
        Plan plan = Planner.plan(snapshot, importedTarget(), PlanOptions.defaults());
        assertThat(plan.isEmpty()).isTrue();
        assertThat(plan.count(Category.USERS, ChangeKind.UNCHANGED)).isEqualTo(3);
        assertThat(plan.count(Category.ASSIGNMENTS, ChangeKind.UNCHANGED)).isEqualTo(3);
        // The items already right are listed too, as the snapshot has them, in the kind's order.
        for (Category category : PlanOptions.MIGRATED) {
            assertThat(plan.unchangedItems(category)).as(category.label())
                    .hasSize(plan.count(category, ChangeKind.UNCHANGED));
        }
        assertThat(List.<Object>copyOf(plan.unchangedItems(Category.USERS))).containsExactlyElementsOf(snapshot.users());
        assertThat(List.<Object>copyOf(plan.unchangedItems(Category.ASSIGNMENTS)))
                .containsExactlyInAnyOrderElementsOf(snapshot.assignments());
    }

    @Test
    void aChangedUserIsUpdatedFieldByFieldOrSkippedWhenUpdatesAreOff() {
        var users = new ArrayList<>(snapshot.users());
        User bob = users.get(1);
        users.set(1, new User(bob.userName(), "Robert Jones", bob.name(), bob.nickName(), bob.profileUrl(), bob.emails(),
                bob.addresses(), bob.phoneNumbers(), bob.userType(), "Manager", bob.preferredLanguage(), bob.locale(),
                bob.timezone(), bob.userStatus(), bob.photos(), bob.website(), bob.birthdate(), bob.externalIds(),
                Origin.of("target-id-bob")));
        var target = targetWith(importedTarget(), users, snapshot.groups(), snapshot.memberships(),
                snapshot.permissionSets(), snapshot.assignments());

        Plan plan = Planner.plan(snapshot, target, PlanOptions.defaults());
        var update = (Change.Update<?>) plan.change("user:bob@acme.com");
        assertThat(update.fields()).extracting(f -> f.path() + ": " + f.oldText() + " → " + f.newText())
                .containsExactly("displayName: \"Robert Jones\" → \"Bob Jones\"", "title: \"Manager\" → (none)");
        assertThat(((User) update.current()).origin().id()).isEqualTo("target-id-bob");

        Plan noUpdates = Planner.plan(snapshot, target, PlanOptions.defaults().withUpdateExisting(false));
        assertThat(reason(noUpdates, "user:bob@acme.com"))
                .isEqualTo("differs from the snapshot, and updating existing items is off");
        assertThat(noUpdates.isEmpty()).isTrue();
    }

    @Test
    void externalIdsAreNeverCopiedAndDoNotCountAsAChange() {
        var users = new ArrayList<>(snapshot.users());
        User alice = users.get(0);
        users.set(0, new User(alice.userName(), alice.displayName(), alice.name(), alice.nickName(), alice.profileUrl(),
                alice.emails(), alice.addresses(), alice.phoneNumbers(), alice.userType(), alice.title(),
                alice.preferredLanguage(), alice.locale(), alice.timezone(), alice.userStatus(), alice.photos(),
                alice.website(), alice.birthdate(), alice.roles(), alice.enterprise(), List.of(), alice.origin()));
        var target = targetWith(importedTarget(), users, snapshot.groups(), snapshot.memberships(),
                snapshot.permissionSets(), snapshot.assignments());
        Plan plan = Planner.plan(snapshot, target, PlanOptions.defaults());
        assertThat(plan.isEmpty()).isTrue();
        assertThat(plan.count(Category.USERS, ChangeKind.UNCHANGED)).isEqualTo(3);
        // alice differs only in what is never copied: she is listed as unchanged, in her place.
        assertThat(plan.unchangedItems(Category.USERS)).extracting(u -> ((User) u).userName())
                .containsExactly("alice@acme.com", "bob@acme.com", "carol@acme.com");
    }

    @Test
    void matchModeNeverCreatesUsersOrGroupsAndLeavesProviderGroupsToTheProvider() {
        // alice and group Admins (owned by the identity provider) have arrived; Auditors was made locally.
        var target = targetWith(emptyTarget(), List.of(snapshot.users().get(0)),
                List.of(snapshot.groups().get(0), new Group("Auditors", null, List.of(), Origin.of("g2"))),
                List.of(), List.of(), List.of());
        var snapshotWithAuditor = new IdentityCenterConfig(snapshot.source(), snapshot.accounts(), snapshot.users(),
                snapshot.groups(), List.of(snapshot.memberships().get(0), snapshot.memberships().get(1),
                new GroupMembership("Auditors", "alice@acme.com", null)),
                snapshot.permissionSets(), snapshot.assignments(), null, List.of());
        Plan plan = Planner.plan(snapshotWithAuditor, target, PlanOptions.defaults().withIdentitySource(IdentitySource.MATCH));

        assertThat(reason(plan, "user:bob@acme.com")).isEqualTo("not provisioned by your identity provider yet");
        assertThat(reason(plan, "membership:Admins/alice@acme.com"))
                .isEqualTo("group Admins is managed by your identity provider: add alice@acme.com to it there");
        assertThat(reason(plan, "membership:Admins/bob@acme.com"))
                .isEqualTo("user bob@acme.com will not exist in the target (not provisioned by your identity provider yet)");
        assertThat(ids(plan, ChangeKind.CREATE)).contains("membership:Auditors/alice@acme.com",
                "assignment:333333333333/AdministratorAccess/USER/alice@acme.com",
                "assignment:222222222222/AdministratorAccess/GROUP/Admins");
        assertThat(reason(plan, "assignment:333333333333/ReadOnly/USER/carol@acme.com"))
                .isEqualTo("user carol@acme.com will not exist in the target (not provisioned by your identity provider yet)");
        assertThat(ids(plan, ChangeKind.CREATE)).noneMatch(id -> id.startsWith("user:") || id.startsWith("group:"));
    }

    @Test
    void reservedNamesAreConflicts() {
        var admin = TestConfigs.minimalUser("Administrator", "Ad", "Min");
        var config = new IdentityCenterConfig(snapshot.source(), snapshot.accounts(), List.of(admin),
                List.of(new Group("AWSAdministrators", null, List.of(), null)),
                List.of(new GroupMembership("AWSAdministrators", "Administrator", null)), List.of(), List.of(), null,
                List.of());
        Plan plan = Planner.plan(config, emptyTarget(), PlanOptions.defaults());
        assertThat(reason(plan, "user:Administrator"))
                .isEqualTo("AWS reserves the user name Administrator; rename the user in the source first");
        assertThat(reason(plan, "group:AWSAdministrators"))
                .isEqualTo("AWS reserves the group name AWSAdministrators; rename the group in the source first");
        assertThat(reason(plan, "membership:AWSAdministrators/Administrator"))
                .isEqualTo("group AWSAdministrators will not exist in the target (its name is reserved by AWS)");
    }

    @Test
    void assignmentsOutsideTheNewOrganizationOrInItsManagementAccountAreSkipped() {
        var assignments = new ArrayList<>(snapshot.assignments());
        assignments.add(new AccountAssignment(MANAGEMENT_ACCOUNT, "ReadOnly", PrincipalType.GROUP, "Admins", null));
        assignments.add(new AccountAssignment(TARGET_MANAGEMENT, "ReadOnly", PrincipalType.GROUP, "Admins", null));
        var config = new IdentityCenterConfig(snapshot.source(), snapshot.accounts(), snapshot.users(), snapshot.groups(),
                snapshot.memberships(), snapshot.permissionSets(), assignments, null, List.of());
        Plan plan = Planner.plan(config, emptyTarget(), PlanOptions.defaults());
        assertThat(reason(plan, "assignment:111111111111/ReadOnly/GROUP/Admins"))
                .isEqualTo("account 111111111111 is the current organization's management account, which does not "
                        + "move to the new organization");
        assertThat(reason(plan, "assignment:999999999999/ReadOnly/GROUP/Admins"))
                .isEqualTo("account 999999999999 is the new organization's management account, where a delegated "
                        + "administrator may not assign access");
    }

    @Test
    void deselectingAUserSkipsWhatDependsOnIt() {
        Plan plan = Planner.plan(snapshot, emptyTarget(),
                PlanOptions.defaults().withDeselected(Set.of("user:alice@acme.com")));
        assertThat(reason(plan, "user:alice@acme.com")).isEqualTo("deselected");
        assertThat(reason(plan, "membership:Admins/alice@acme.com"))
                .isEqualTo("user alice@acme.com will not exist in the target (deselected)");
        assertThat(reason(plan, "assignment:333333333333/AdministratorAccess/USER/alice@acme.com"))
                .isEqualTo("user alice@acme.com will not exist in the target (deselected)");
        assertThat(ids(plan, ChangeKind.CREATE)).contains("membership:Admins/bob@acme.com");
    }

    @Test
    void theAccountMapMovesAndSkipsAssignments() {
        var map = AccountMap.parse(List.of("222222222222=333333333333", "333333333333=skip"));
        Plan plan = Planner.plan(snapshot, emptyTarget(), PlanOptions.defaults().withAccountMap(map));
        assertThat(ids(plan, ChangeKind.CREATE)).contains("assignment:333333333333/AdministratorAccess/GROUP/Admins")
                .doesNotContain("assignment:222222222222/AdministratorAccess/GROUP/Admins");
        assertThat(reason(plan, "assignment:333333333333/ReadOnly/USER/carol@acme.com"))
                .isEqualTo("account 333333333333 is skipped by the account map");
    }

    @Test
    void aPermissionSetOverAwsLimitsIsAConflictAndItsAssignmentsAreSkipped() {
        var policies = new ArrayList<ManagedPolicy>();
        for (int i = 0; i < 21; i++) {
            policies.add(new ManagedPolicy("arn:aws:iam::aws:policy/P" + i, "P" + i));
        }
        PermissionSet big = snapshot.permissionSets().get(1);
        big = new PermissionSet(big.name(), big.description(), big.sessionDuration(), big.relayState(), big.tags(),
                "{\"Version\":\"2012-10-17\",\"Statement\":[]}", policies, List.of(), null, big.origin());
        var config = new IdentityCenterConfig(snapshot.source(), snapshot.accounts(), snapshot.users(), snapshot.groups(),
                snapshot.memberships(), List.of(snapshot.permissionSets().get(0), big), snapshot.assignments(), null,
                List.of());
        Plan plan = Planner.plan(config, emptyTarget(), PlanOptions.defaults());
        assertThat(reason(plan, "permission-set:ReadOnly"))
                .isEqualTo("it has 21 managed and customer managed policies, and AWS allows at most 20");
        assertThat(reason(plan, "assignment:333333333333/ReadOnly/USER/carol@acme.com"))
                .isEqualTo("permission set ReadOnly will not exist in the target (it is in conflict: it has 21 managed "
                        + "and customer managed policies, and AWS allows at most 20)");
    }

    @Test
    void anInlinePolicyOverTheSizeLimitIsAConflict() {
        PermissionSet set = snapshot.permissionSets().get(1);
        String huge = "{\"Version\":\"2012-10-17\",\"Statement\":[],\"Pad\":\"" + "x".repeat(33_000) + "\"}";
        set = new PermissionSet(set.name(), null, null, null, List.of(), huge, List.of(), List.of(), null, null);
        var config = new IdentityCenterConfig(snapshot.source(), List.of(), List.of(), List.of(), List.of(),
                List.of(set), List.of(), null, List.of());
        Plan plan = Planner.plan(config, emptyTarget(), PlanOptions.defaults());
        assertThat(reason(plan, "permission-set:ReadOnly")).isEqualTo("its inline policy is 33,048 bytes, and AWS allows 32,768");
    }

    @Test
    void deletionsOnlyWhenAsked() {
        var extra = TestConfigs.minimalUser("dave@acme.com", "Dave", "Black");
        var target = targetWith(importedTarget(), List.of(snapshot.users().get(0), snapshot.users().get(1),
                        snapshot.users().get(2), extra), snapshot.groups(), snapshot.memberships(),
                snapshot.permissionSets(), snapshot.assignments());
        assertThat(Planner.plan(snapshot, target, PlanOptions.defaults()).isEmpty()).isTrue();
        Plan plan = Planner.plan(snapshot, target, PlanOptions.defaults().withDeleteAbsent(true));
        assertThat(ids(plan, ChangeKind.DELETE)).containsExactly("user:dave@acme.com");
    }

    @Test
    void warnsAboutCustomerManagedPoliciesAndDisabledUsers() {
        var users = new ArrayList<>(snapshot.users());
        User carol = users.get(2);
        users.set(2, new User(carol.userName(), carol.displayName(), carol.name(), null, null, List.of(), List.of(),
                List.of(), null, null, null, null, null, "DISABLED", List.of(), null, null, List.of(), null));
        var config = new IdentityCenterConfig(snapshot.source(), snapshot.accounts(), users, snapshot.groups(),
                snapshot.memberships(), snapshot.permissionSets(), snapshot.assignments(), null, List.of());
        // Disabled users are created only when asked for (DisabledUsersPlanTest has the default).
        Plan plan = Planner.plan(config, emptyTarget(), PlanOptions.defaults().withIncludeDisabledUsers(true));
        assertThat(plan.warnings()).extracting(PlanWarning::message).contains(
                "Permission set AdministratorAccess refers to customer managed policies /security/AuditRead. They must "
                        + "exist in accounts 222222222222, 333333333333 before the import, or its assignments there will fail.",
                "Permission set ReadOnly refers to customer managed policies /Boundary (boundary). They must exist in "
                        + "accounts 333333333333 before the import, or its assignments there will fail.",
                "User carol@acme.com is disabled in the source, and AWS's API creates users enabled: disable the user "
                        + "in the IAM Identity Center console right after the import.");
    }

    @Test
    void aTargetWhoseOrganizationCouldNotBeReadIsStillPlannedWithAWarning() {
        var unknown = new IdentityCenterConfig(new SourceInfo(TARGET_ADMIN, null, null, "eu-west-1",
                "arn:aws:sso:::instance/ssoins-9999999999999999", "d-9999999999", null, null),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null, List.of());
        Plan plan = Planner.plan(snapshot, unknown, PlanOptions.defaults());
        assertThat(plan.count(ChangeKind.CREATE)).isEqualTo(13);
        assertThat(plan.warnings()).extracting(PlanWarning::message).contains("The accounts of the new organization "
                + "could not be read, so assignments are not checked against them: any to an account outside the "
                + "organization will fail during the import.");
    }

    @Test
    void aDelegatedAdministratorCannotUpdateAPermissionSetProvisionedToTheManagementAccount() {
        PermissionSet readOnly = snapshot.permissionSets().get(1);
        PermissionSet changed = new PermissionSet(readOnly.name(), "Old description", readOnly.sessionDuration(),
                readOnly.relayState(), readOnly.tags(), readOnly.inlinePolicy(), readOnly.managedPolicies(),
                readOnly.customerManagedPolicies(), readOnly.permissionsBoundary(), readOnly.origin());
        var assignments = new ArrayList<>(snapshot.assignments());
        assignments.add(new AccountAssignment(TARGET_MANAGEMENT, "ReadOnly", PrincipalType.GROUP, "Admins", null));
        var target = targetWith(importedTarget(), snapshot.users(), snapshot.groups(), snapshot.memberships(),
                List.of(snapshot.permissionSets().get(0), changed), assignments);
        Plan plan = Planner.plan(snapshot, target, PlanOptions.defaults());
        assertThat(reason(plan, "permission-set:ReadOnly")).isEqualTo("it is provisioned to the management account "
                + "999999999999, and a delegated administrator may not change such a permission set");
        assertThat(plan.writes()).isEmpty();
    }

    @Test
    void leftOutCategoriesAreSkipped() {
        Plan plan = Planner.plan(snapshot, emptyTarget(), PlanOptions.defaults()
                .withCategories(Set.of(Category.PERMISSION_SETS)));
        assertThat(ids(plan, ChangeKind.CREATE)).containsExactlyInAnyOrder("permission-set:AdministratorAccess",
                "permission-set:ReadOnly");
        assertThat(reason(plan, "user:bob@acme.com")).isEqualTo("users are not part of this import");
        assertThat(reason(plan, "assignment:222222222222/AdministratorAccess/GROUP/Admins"))
                .isEqualTo("account assignments are not part of this import");
    }

    @Test
    void usersMatchRegardlessOfCase() {
        var users = new ArrayList<>(snapshot.users());
        User alice = users.get(0);
        users.set(0, new User("Alice@Acme.com", alice.displayName(), alice.name(), alice.nickName(), alice.profileUrl(),
                alice.emails(), alice.addresses(), alice.phoneNumbers(), alice.userType(), alice.title(),
                alice.preferredLanguage(), alice.locale(), alice.timezone(), alice.userStatus(), alice.photos(),
                alice.website(), alice.birthdate(), alice.roles(), alice.enterprise(),
                List.of(new ExternalId("https://scim.example.com", "ext-alice@acme.com")), alice.origin()));
        var target = targetWith(importedTarget(), users, snapshot.groups(), snapshot.memberships(),
                snapshot.permissionSets(), snapshot.assignments());
        Plan plan = Planner.plan(snapshot, target, PlanOptions.defaults());
        assertThat(plan.isEmpty()).isTrue();
        assertThat(plan.warnings()).extracting(PlanWarning::message).containsExactly("alice@acme.com: userName differs "
                + "(\"Alice@Acme.com\" → \"alice@acme.com\"), but AWS's API cannot set it; change it in the IAM Identity "
                + "Center console if it matters.");
    }
}
