package co.pump.icm.rollback;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import co.pump.icm.compare.Category;
import co.pump.icm.model.GroupMembership;
import co.pump.icm.model.IdentityCenterConfig;
import co.pump.icm.model.ManagedPolicy;
import co.pump.icm.model.Origin;
import co.pump.icm.model.PermissionSet;
import co.pump.icm.model.TestConfigs;
import co.pump.icm.model.User;
import co.pump.icm.plan.Change;
import co.pump.icm.plan.ChangeKind;
import co.pump.icm.plan.Plan;
import org.junit.jupiter.api.Test;

/** The rollback planner's decisions, item by item, without AWS. */
class RollbackPlannerTest {

    private static final String SET_ARN = "arn:aws:sso:::permissionSet/ssoins-1234567890abcdef/ps-cccccccccccccccc";
    private static final ManagedPolicy VIEW_ONLY =
            new ManagedPolicy("arn:aws:iam::aws:policy/job-function/ViewOnlyAccess", "ViewOnlyAccess");

    private final User alice = TestConfigs.minimalUser("alice@acme.com", "Alice", "Smith");
    private final PermissionSet readOnly = TestConfigs.readOnlyPermissionSet();

    private static JournaledChange change(Category category, ChangeKind kind, JournaledStatus status, String id,
                                          Map<String, String> ids, Object before, Object after, List<String> fields) {
        return new JournaledChange(id, category, kind, id, status, ids, before, after, fields);
    }

    private static ImportRun run(Set<String> undoStarted, JournaledChange... changes) {
        return new ImportRun("run-1", "2025-01-01T00:00:00Z", TestConfigs.source(), true, List.of(changes), undoStarted);
    }

    private static IdentityCenterConfig target(List<User> users, List<PermissionSet> sets,
                                               List<GroupMembership> memberships) {
        return new IdentityCenterConfig(TestConfigs.source(), List.of(), users, List.of(), memberships, sets, List.of(),
                null, List.of());
    }

    private static User withId(User u, String id) {
        return new User(u.userName(), u.displayName(), u.name(), u.nickName(), u.profileUrl(), u.emails(),
                u.addresses(), u.phoneNumbers(), u.userType(), u.title(), u.preferredLanguage(), u.locale(),
                u.timezone(), "ENABLED", u.photos(), u.website(), u.birthdate(), u.externalIds(), Origin.of(id));
    }

    private static PermissionSet set(String description, List<ManagedPolicy> policies) {
        return new PermissionSet("ReadOnly", description, "PT8H", null, List.of(), null, policies, List.of(), null,
                Origin.of(SET_ARN));
    }

    @Test
    void whatTheRunCreatedIsDeletedAndWhatIsAlreadyGoneIsCountedAsBack() {
        var created = change(Category.USERS, ChangeKind.CREATE, JournaledStatus.SUCCEEDED, "user:alice@acme.com",
                Map.of("userId", "u-1"), null, alice, null);
        Plan plan = RollbackPlanner.plan(run(Set.of(), created), target(List.of(withId(alice, "u-1")), List.of(), List.of()));
        assertThat(plan.changes()).singleElement().isInstanceOf(Change.Delete.class);
        assertThat(((User) plan.changes().get(0).item()).origin().id()).isEqualTo("u-1");

        Plan gone = RollbackPlanner.plan(run(Set.of(), created), target(List.of(), List.of(), List.of()));
        assertThat(gone.changes()).isEmpty();
        assertThat(gone.count(Category.USERS, ChangeKind.UNCHANGED)).isEqualTo(1);
    }

    @Test
    void aCreateStartedWithoutAnOutcomeIsLookedUpInTheTarget() {
        var started = change(Category.USERS, ChangeKind.CREATE, JournaledStatus.STARTED, "user:alice@acme.com",
                Map.of(), null, alice, null);
        assertThat(RollbackPlanner.plan(run(Set.of(), started), target(List.of(withId(alice, "u-7")), List.of(),
                List.of())).writes()).singleElement().isInstanceOf(Change.Delete.class);
        assertThat(RollbackPlanner.plan(run(Set.of(), started), target(List.of(), List.of(), List.of())).changes())
                .isEmpty();
    }

    @Test
    void anItemWithAnotherIdIsNotTheOneTheRunCreated() {
        var created = change(Category.USERS, ChangeKind.CREATE, JournaledStatus.SUCCEEDED, "user:alice@acme.com",
                Map.of("userId", "u-1"), null, alice, null);
        Plan plan = RollbackPlanner.plan(run(Set.of(), created), target(List.of(withId(alice, "u-2")), List.of(), List.of()));
        assertThat(plan.changes()).singleElement().isInstanceOfSatisfying(Change.Skip.class, skip -> assertThat(
                skip.reason()).isEqualTo("replaced since the run: it has the ID u-2 now, the run's had u-1"));
    }

    @Test
    void aUserDisabledSinceTheRunIsLeftAlone() {
        var created = change(Category.USERS, ChangeKind.CREATE, JournaledStatus.SUCCEEDED, "user:alice@acme.com",
                Map.of(), null, alice, null);
        User disabled = withId(alice, "u-1");
        disabled = new User(disabled.userName(), disabled.displayName(), disabled.name(), null, null, List.of(),
                List.of(), List.of(), null, null, null, null, null, "DISABLED", List.of(), null, null, List.of(),
                disabled.origin());
        Plan plan = RollbackPlanner.plan(run(Set.of(), created), target(List.of(disabled), List.of(), List.of()));
        assertThat(plan.changes()).singleElement().isInstanceOfSatisfying(Change.Skip.class,
                skip -> assertThat(skip.reason()).isEqualTo("changed since the run: userStatus"));
    }

    @Test
    void aPermissionSetTheRunLeftPartWayIsUndoneButNotOneWithSomethingNewInIt() {
        PermissionSet meant = set("Read", List.of(readOnly.managedPolicies().get(0), VIEW_ONLY));
        var failed = change(Category.PERMISSION_SETS, ChangeKind.CREATE, JournaledStatus.FAILED, "permission-set:ReadOnly",
                Map.of(), null, meant, null);
        // Created with its attributes, one of its two policies attached, then stopped.
        PermissionSet partWay = set("Read", List.of(readOnly.managedPolicies().get(0)));
        assertThat(RollbackPlanner.plan(run(Set.of(), failed), target(List.of(), List.of(partWay), List.of())).writes())
                .singleElement().isInstanceOf(Change.Delete.class);

        PermissionSet extended = set("Read", List.of(readOnly.managedPolicies().get(0),
                new ManagedPolicy("arn:aws:iam::aws:policy/AdministratorAccess", "AdministratorAccess")));
        Plan plan = RollbackPlanner.plan(run(Set.of(), failed), target(List.of(), List.of(extended), List.of()));
        assertThat(plan.changes()).singleElement().isInstanceOfSatisfying(Change.Skip.class,
                skip -> assertThat(skip.reason()).startsWith("changed since the run: managedPolicies"));
    }

    @Test
    void anUpdateIsRestoredFieldByFieldAndAHalfRestoredOneIsFinishedOnlyAfterAnEarlierRollback() {
        PermissionSet before = set("Read", List.of(readOnly.managedPolicies().get(0)));
        PermissionSet after = set("Changed", List.of(readOnly.managedPolicies().get(0), VIEW_ONLY));
        var updated = change(Category.PERMISSION_SETS, ChangeKind.UPDATE, JournaledStatus.SUCCEEDED,
                "permission-set:ReadOnly", Map.of("permissionSetArn", SET_ARN), before, after,
                List.of("description", "managedPolicies"));
        Plan plan = RollbackPlanner.plan(run(Set.of(), updated), target(List.of(), List.of(after), List.of()));
        assertThat(plan.writes()).singleElement().isInstanceOfSatisfying(Change.Update.class, update -> {
            assertThat(update.item()).isEqualTo(before);
            assertThat(((Change.Update<?>) update).fields()).extracting(co.pump.icm.compare.FieldChange::path).containsExactly("description", "managedPolicies");
        });

        // An earlier rollback put the description back, then was stopped.
        PermissionSet halfway = set("Read", List.of(readOnly.managedPolicies().get(0), VIEW_ONLY));
        Plan fresh = RollbackPlanner.plan(run(Set.of(), updated), target(List.of(), List.of(halfway), List.of()));
        assertThat(fresh.changes()).singleElement().isInstanceOfSatisfying(Change.Skip.class,
                skip -> assertThat(skip.reason()).isEqualTo("changed since the run: description"));
        Plan resumed = RollbackPlanner.plan(run(Set.of("permission-set:ReadOnly"), updated),
                target(List.of(), List.of(halfway), List.of()));
        assertThat(resumed.writes()).singleElement().isInstanceOfSatisfying(Change.Update.class,
                update -> assertThat(((Change.Update<?>) update).fields()).extracting(co.pump.icm.compare.FieldChange::path).containsExactly("managedPolicies"));
    }

    @Test
    void aJournalThatDoesNotSayWhatTheRunWroteIsNotTrusted() {
        var old = change(Category.USERS, ChangeKind.CREATE, JournaledStatus.SUCCEEDED, "user:alice@acme.com",
                Map.of("userId", "u-1"), null, null, null);
        Plan plan = RollbackPlanner.plan(run(Set.of(), old), target(List.of(withId(alice, "u-1")), List.of(), List.of()));
        assertThat(plan.changes()).singleElement().isInstanceOfSatisfying(Change.Skip.class,
                skip -> assertThat(skip.reason()).isEqualTo("the journal does not record this item (it was written "
                        + "by an earlier version of the migrator), so whether it changed since the run cannot be told"));
    }

    @Test
    void aDeletedMembershipWhoseUserIsGoneIsNotCreatedAgain() {
        var membership = new GroupMembership("Admins", "bob@acme.com", Origin.of("m-1"));
        var deleted = change(Category.MEMBERSHIPS, ChangeKind.DELETE, JournaledStatus.SUCCEEDED,
                "membership:Admins/bob@acme.com", Map.of("membershipId", "m-1"), membership, null, null);
        Plan plan = RollbackPlanner.plan(run(Set.of(), deleted), target(List.of(), List.of(), List.of()));
        assertThat(plan.changes()).singleElement().isInstanceOfSatisfying(Change.Skip.class,
                skip -> assertThat(skip.reason()).isEqualTo("user bob@acme.com will not exist in the target, so it "
                        + "cannot be re-created"));
    }

    @Test
    void whatTheRunDidNotWriteIsNotLookedAt() {
        var notAttempted = change(Category.USERS, ChangeKind.CREATE, JournaledStatus.NOT_ATTEMPTED, "user:alice@acme.com",
                Map.of(), null, alice, null);
        Plan plan = RollbackPlanner.plan(run(Set.of(), notAttempted), target(List.of(withId(alice, "u-1")), List.of(),
                List.of()));
        assertThat(plan.changes()).isEmpty();
        assertThat(plan.count(ChangeKind.UNCHANGED)).isZero();
    }
}
