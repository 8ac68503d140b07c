package co.pump.icm.follow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import co.pump.icm.compare.Category;
import co.pump.icm.model.Account;
import co.pump.icm.model.AccountAssignment;
import co.pump.icm.model.IdentityCenterConfig;
import co.pump.icm.model.SourceInfo;
import co.pump.icm.plan.AccountMap;
import co.pump.icm.plan.Change;
import co.pump.icm.plan.ChangeIds;
import co.pump.icm.plan.Plan;
import co.pump.icm.plan.PlanOptions;
import co.pump.icm.plan.Planner;
import co.pump.icm.sandbox.data.DemoData;

/** Which assignments following may create: exactly those the preview showed for accounts not there yet. */
class AwaitedAccountsTest {

    private static final IdentityCenterConfig SNAPSHOT = DemoData.scenario().sourceConfig();

    /** The new organization with prod, staging and dev moved; security and sandbox not yet. */
    private static IdentityCenterConfig target(boolean accountsKnown) {
        var accounts = new ArrayList<Account>();
        if (accountsKnown) {
            for (String id : List.of(DemoData.TARGET_MANAGEMENT, DemoData.TARGET_DELEGATED_ADMIN,
                    DemoData.TARGET_LOG_ARCHIVE, DemoData.PROD, DemoData.STAGING, DemoData.DEV)) {
                accounts.add(new Account(id, "account-" + id, null, "ACTIVE"));
            }
        }
        var source = new SourceInfo(DemoData.TARGET_DELEGATED_ADMIN, DemoData.TARGET_ORGANIZATION,
                DemoData.TARGET_MANAGEMENT, DemoData.TARGET_REGION, "arn:aws:sso:::instance/ssoins-0000000000000001",
                "d-0000000001", null, null);
        return new IdentityCenterConfig(source, accounts, List.of(), List.of(), List.of(), List.of(), List.of(), null,
                List.of());
    }

    private static long assignmentsIn(String accountId) {
        return SNAPSHOT.assignments().stream().filter(a -> a.accountId().equals(accountId)).count();
    }

    @Test
    void theAccountsNotInTheNewOrganizationAwaitTheirPreviewedAssignments() {
        Plan plan = Planner.plan(SNAPSHOT, target(true), PlanOptions.defaults());
        AwaitedAccounts awaited = AwaitedAccounts.of(plan);
        assertThat(awaited.accounts()).extracting(AwaitedAccount::accountId)
                .containsExactlyInAnyOrder(DemoData.SECURITY, DemoData.SANDBOX);
        assertThat(awaited.account(DemoData.SECURITY).assignments()).hasSize((int) assignmentsIn(DemoData.SECURITY));
        assertThat(awaited.account(DemoData.SANDBOX).displayName()).isEqualTo("666666666666 (larkspur-sandbox)");
        assertThat(awaited.assignmentCount()).isEqualTo(assignmentsIn(DemoData.SECURITY) + assignmentsIn(DemoData.SANDBOX));
        // Each awaited assignment is one the preview shows as skipped, for that reason.
        for (AwaitedAccount account : awaited.accounts()) {
            for (AwaitedAssignment a : account.assignments()) {
                Change<?> shown = plan.change(a.changeId());
                assertThat(shown).isInstanceOfSatisfying(Change.Skip.class, s -> assertThat(s.reason())
                        .isEqualTo("account " + account.accountId() + " is not in the new organization yet"));
                assertThat(shown.item()).isEqualTo(a.assignment());
            }
        }
        // The current organization's management account never moves: nothing waits for it.
        assertThat(awaited.account(DemoData.MANAGEMENT)).isNull();
        assertThat(awaited.leftOut()).isNotEmpty().allSatisfy(l -> assertThat(l.reason()).isEqualTo("account "
                + DemoData.MANAGEMENT + " is the current organization's management account, which does not move to the "
                + "new organization"));
    }

    @Test
    void deselectedAssignmentsAndAccountsTheMapSkipsAreNotAwaited() {
        AccountAssignment one = SNAPSHOT.assignments().stream().filter(a -> a.accountId().equals(DemoData.SANDBOX))
                .findFirst().orElseThrow();
        String deselected = ChangeIds.assignment(one.key());
        var options = PlanOptions.defaults().withDeselected(Set.of(deselected))
                .withAccountMap(AccountMap.parse(List.of(DemoData.SECURITY + "=skip")));
        AwaitedAccounts awaited = AwaitedAccounts.of(Planner.plan(SNAPSHOT, target(true), options));
        assertThat(awaited.accounts()).extracting(AwaitedAccount::accountId).containsExactly(DemoData.SANDBOX);
        assertThat(awaited.account(DemoData.SANDBOX).assignments()).hasSize((int) assignmentsIn(DemoData.SANDBOX) - 1)
                .noneMatch(a -> a.changeId().equals(deselected));
    }

    @Test
    void anAssignmentWhosePrincipalWillNotExistIsLeftOutWithTheReason() {
        AccountAssignment one = SNAPSHOT.assignments().stream().filter(a -> a.accountId().equals(DemoData.SANDBOX))
                .findFirst().orElseThrow();
        String principal = one.principalType() == co.pump.icm.model.PrincipalType.USER
                ? ChangeIds.user(one.principalName()) : ChangeIds.group(one.principalName());
        Plan plan = Planner.plan(SNAPSHOT, target(true), PlanOptions.defaults().withDeselected(Set.of(principal)));
        AwaitedAccounts awaited = AwaitedAccounts.of(plan);
        assertThat(awaited.leftOut()).anySatisfy(l -> {
            assertThat(l.changeId()).isEqualTo(ChangeIds.assignment(one.key()));
            assertThat(l.reason()).isEqualTo(one.principalType().name().toLowerCase() + " " + one.principalName()
                    + " will not exist in the target");
        });
        assertThat(awaited.account(DemoData.SANDBOX).assignments())
                .noneMatch(a -> a.changeId().equals(ChangeIds.assignment(one.key())));
    }

    @Test
    void nothingIsAwaitedWhenTheAccountsCouldNotBeReadOrAssignmentsAreNotImported() {
        assertThat(AwaitedAccounts.of(Planner.plan(SNAPSHOT, target(false), PlanOptions.defaults())).isEmpty()).isTrue();
        var withoutAssignments = PlanOptions.defaults().withCategories(Set.of(Category.USERS, Category.GROUPS));
        assertThat(AwaitedAccounts.of(Planner.plan(SNAPSHOT, target(true), withoutAssignments)).isEmpty()).isTrue();
    }
}
