package co.pump.icm.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import co.pump.icm.compare.Category;
import co.pump.icm.compare.FieldChange;
import co.pump.icm.kind.Kinds;
import co.pump.icm.kind.Reference;
import co.pump.icm.kind.UserKind;
import co.pump.icm.model.EnterpriseExtension;
import co.pump.icm.model.IdentityCenterConfig;
import co.pump.icm.model.Origin;
import co.pump.icm.model.Role;
import co.pump.icm.model.TestConfigs;
import co.pump.icm.model.User;

/** How a plan treats users' managers (set afterwards, left out when they will not exist) and disabled users. */
class UserDataPlanTest {

    private static User user(String name, String manager, String status) {
        User u = TestConfigs.minimalUser(name, name, "Example");
        return new User(u.userName(), u.displayName(), u.name(), null, null, List.of(), List.of(), List.of(), null,
                null, null, null, null, status, List.of(), null, null, List.of(new Role("Engineer", "work", true)),
                new EnterpriseExtension("E-1", "CC-1", "Acme", "Engineering", "Platform", manager), List.of(), null);
    }

    private static IdentityCenterConfig withUsers(User... users) {
        IdentityCenterConfig snapshot = TestConfigs.full();
        return new IdentityCenterConfig(snapshot.source(), snapshot.accounts(), List.of(users), List.of(), List.of(),
                List.of(), List.of(), null, List.of());
    }

    private static IdentityCenterConfig target(User... users) {
        return Kinds.USERS.with(PlannerTest.emptyTarget(), List.of(users));
    }

    private static User inTarget(User u, String id) {
        return Kinds.USERS.withOrigin(u, Origin.of(id));
    }

    private static List<String> warnings(Plan plan) {
        return plan.warnings().stream().map(PlanWarning::message).toList();
    }

    @Test
    void managersAreReferencesSetAfterTheUserIsWrittenSoChainsAndCyclesPlanAsCreates() {
        // Ann manages Ben, Ben manages Ann, Cid manages himself, Dee is managed by Ann.
        var snapshot = withUsers(user("ann", "ben", "ENABLED"), user("ben", "ann", "ENABLED"),
                user("cid", "cid", "ENABLED"), user("dee", "ann", "ENABLED"));
        Plan plan = Planner.plan(snapshot, PlannerTest.emptyTarget(), PlanOptions.defaults());
        assertThat(plan.count(Category.USERS, ChangeKind.CREATE)).isEqualTo(4);
        assertThat(plan.warnings()).isEmpty();
        Change.Create<?> ann = (Change.Create<?>) plan.change("user:ann");
        assertThat(((User) ann.item()).manager()).isEqualTo("ben");
        assertThat(Kinds.USERS.references((User) ann.item()))
                .containsExactly(new Reference(Category.USERS, "enterprise.manager", "ben"));
        assertThat(Kinds.USERS.laterReferences().of((User) ann.item(), null))
                .containsExactly(new Reference(Category.USERS, "enterprise.manager", "ben"));
        // A user's references to users do not make users deeper than themselves.
        assertThat(Kinds.depth(Kinds.USERS)).isZero();
    }

    @Test
    void aManagerWhoWillNotExistIsLeftOutWithTheReason() {
        var snapshot = withUsers(user("ann", "ben", "ENABLED"), user("ben", null, "ENABLED"),
                user("cid", "eve", "ENABLED"), user("eve", null, "DISABLED"), user("dee", "ann", "ENABLED"));
        Plan plan = Planner.plan(snapshot, PlannerTest.emptyTarget(),
                PlanOptions.defaults().withDeselected(Set.of("user:ben")));
        assertThat(((User) plan.change("user:ann").item()).manager()).isNull();
        assertThat(((User) plan.change("user:ann").item()).enterprise().costCenter()).isEqualTo("CC-1");
        assertThat(((User) plan.change("user:cid").item()).manager()).isNull();
        assertThat(((User) plan.change("user:dee").item()).manager()).isEqualTo("ann");
        assertThat(warnings(plan)).containsExactlyInAnyOrder(
                "ann: enterprise.manager is left out, because user ben will not exist in the target (deselected).",
                "cid: enterprise.manager is left out, because user eve will not exist in the target (it is disabled "
                        + "in the source and not created).");
    }

    @Test
    void aManagerAlreadyInTheTargetIsKeptAndAnUpdateOfTheManagerOnlyIsPlanned() {
        var ann = user("ann", "ben", "ENABLED");
        var snapshot = withUsers(ann);
        // Ben is only in the target; Ann is there with another manager.
        var target = target(inTarget(user("ann", "zed", "ENABLED"), "u-ann"), inTarget(user("ben", null, "ENABLED"), "u-ben"),
                inTarget(user("zed", null, "ENABLED"), "u-zed"));
        Plan plan = Planner.plan(snapshot, target, PlanOptions.defaults());
        var update = (Change.Update<?>) plan.change("user:ann");
        assertThat(update.fields()).extracting(FieldChange::path).containsExactly("enterprise.manager");
        assertThat(Kinds.USERS.laterReferences().of((User) update.item(), (User) update.current()))
                .containsExactly(new Reference(Category.USERS, "enterprise.manager", "ben"));
        assertThat(plan.warnings()).isEmpty();
    }

    @Test
    void anUpdateWhoseOnlyChangeIsAManagerThatWillNotExistIsNoChange() {
        var snapshot = withUsers(user("ann", "ben", "ENABLED"), user("ben", null, "ENABLED"));
        var target = target(inTarget(user("ann", null, "ENABLED"), "u-ann"));
        Plan plan = Planner.plan(snapshot, target, PlanOptions.defaults().withDeselected(Set.of("user:ben")));
        assertThat(plan.changes()).extracting(Change::id).containsExactly("user:ben");
        assertThat(plan.count(Category.USERS, ChangeKind.UNCHANGED)).isEqualTo(1);
        assertThat(warnings(plan)).containsExactly(
                "ann: enterprise.manager is left out, because user ben will not exist in the target (deselected).");
    }

    @Test
    void aDisabledUserIsNotCreatedByDefaultNorWhatDependsOnIt() {
        IdentityCenterConfig full = TestConfigs.full();
        var users = new ArrayList<>(full.users());
        User carol = users.get(2);
        users.set(2, user(carol.userName(), null, "DISABLED"));
        var snapshot = new IdentityCenterConfig(full.source(), full.accounts(), users, full.groups(),
                List.of(new co.pump.icm.model.GroupMembership("Auditors", "carol@acme.com", null)),
                full.permissionSets(), full.assignments(), null, List.of());

        Plan plan = Planner.plan(snapshot, PlannerTest.emptyTarget(), PlanOptions.defaults());
        assertThat(PlannerTest.reason(plan, "user:carol@acme.com")).isEqualTo(UserKind.DISABLED_SKIPPED)
                .isEqualTo("disabled in the source: AWS's API cannot create a disabled user, so it is not created "
                        + "(include disabled users to create it enabled, then disable it in the console)");
        assertThat(PlannerTest.reason(plan, "membership:Auditors/carol@acme.com"))
                .isEqualTo("user carol@acme.com will not exist in the target (it is disabled in the source and not created)");
        assertThat(PlannerTest.reason(plan, "assignment:333333333333/ReadOnly/USER/carol@acme.com"))
                .isEqualTo("user carol@acme.com will not exist in the target (it is disabled in the source and not created)");
        assertThat(DisabledUsers.leftOut(plan)).containsExactly("carol@acme.com");
        assertThat(DisabledUsers.toCreate(plan)).isEmpty();
        assertThat(DisabledUsers.previewNote(plan)).isEqualTo("Not created, because they are disabled in the source: "
                + "carol@acme.com. Their group memberships and access are skipped too.");

        Plan included = Planner.plan(snapshot, PlannerTest.emptyTarget(),
                PlanOptions.defaults().withIncludeDisabledUsers(true));
        assertThat(included.change("user:carol@acme.com")).isInstanceOf(Change.Create.class);
        assertThat(included.change("membership:Auditors/carol@acme.com")).isInstanceOf(Change.Create.class);
        assertThat(DisabledUsers.toCreate(included)).containsExactly("carol@acme.com");
        assertThat(DisabledUsers.leftOut(included)).isEmpty();
        assertThat(DisabledUsers.previewNote(included)).startsWith("⚠  Created enabled: carol@acme.com. AWS's API can "
                + "neither create a disabled user nor disable one");
    }

    @Test
    void aDisabledUserThatExistsInTheTargetIsLeftAsItIs() {
        var snapshot = withUsers(user("ann", null, "DISABLED"));
        var target = target(inTarget(user("ann", null, "ENABLED"), "u-ann"));
        for (boolean include : new boolean[] {false, true}) {
            Plan plan = Planner.plan(snapshot, target, PlanOptions.defaults().withIncludeDisabledUsers(include));
            assertThat(plan.changes()).isEmpty();
            assertThat(plan.count(Category.USERS, ChangeKind.UNCHANGED)).isEqualTo(1);
            assertThat(warnings(plan)).containsExactly("ann: userStatus differs (\"ENABLED\" → \"DISABLED\"), but AWS's "
                    + "API cannot set it; change it in the IAM Identity Center console if it matters.");
        }
    }
}
