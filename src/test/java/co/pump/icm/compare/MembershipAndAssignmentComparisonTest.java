package co.pump.icm.compare;

import static co.pump.icm.compare.Configs.compare;
import static co.pump.icm.compare.Configs.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import co.pump.icm.compare.Difference.OnlyLeft;
import co.pump.icm.compare.Difference.OnlyRight;
import co.pump.icm.model.AccountAssignment;
import co.pump.icm.model.AccountAssignment.AssignmentKey;
import co.pump.icm.model.GroupMembership;
import co.pump.icm.model.GroupMembership.MembershipKey;
import co.pump.icm.model.MigratorException;
import co.pump.icm.model.Origin;
import co.pump.icm.model.PrincipalType;

class MembershipAndAssignmentComparisonTest {

    private static final GroupMembership ALICE_ADMIN = new GroupMembership("Admins", "alice@acme.com", Origin.of("m1"));
    private static final GroupMembership BOB_ADMIN = new GroupMembership("Admins", "bob@acme.com", Origin.of("m2"));
    private static final GroupMembership ALICE_AUDIT = new GroupMembership("Auditors", "alice@acme.com", null);

    private static final AccountAssignment ADMINS_PROD = new AccountAssignment("222222222222", "AdministratorAccess",
            PrincipalType.GROUP, "Admins", Origin.of("g1"));
    private static final AccountAssignment ALICE_PROD = new AccountAssignment("222222222222", "AdministratorAccess",
            PrincipalType.USER, "alice@acme.com", Origin.of("u1"));
    private static final AccountAssignment ALICE_DEV = new AccountAssignment("333333333333", "ReadOnly",
            PrincipalType.USER, "alice@acme.com", null);

    @Test
    void membershipsAreMatchedByGroupAndUserAndSortedByKey() {
        Comparison comparison = compare(with("memberships", ALICE_AUDIT, BOB_ADMIN),
                with("memberships", Records.deepCopy(BOB_ADMIN), ALICE_ADMIN));

        assertThat(comparison.memberships().differences()).containsExactly(
                new OnlyRight<>(new MembershipKey("Admins", "alice@acme.com"), ALICE_ADMIN),
                new OnlyLeft<>(new MembershipKey("Auditors", "alice@acme.com"), ALICE_AUDIT));
        assertThat(comparison.memberships().unchangedCount()).isEqualTo(1);
    }

    @Test
    void theUserNameOfAMembershipIsMatchedRegardlessOfCaseAndACaseChangeIsNoDifference() {
        // The user itself reports the change of case; the membership is the same one.
        var upper = new GroupMembership("Admins", "Alice@Acme.com", null);

        Comparison comparison = compare(with("memberships", ALICE_ADMIN), with("memberships", upper));

        assertThat(comparison.memberships().differences()).isEmpty();
        assertThat(comparison.memberships().unchangedCount()).isEqualTo(1);
    }

    @Test
    void theGroupNameOfAMembershipIsMatchedExactly() {
        var lowerGroup = new GroupMembership("admins", "alice@acme.com", null);

        Comparison comparison = compare(with("memberships", ALICE_ADMIN), with("memberships", lowerGroup));

        assertThat(comparison.memberships().onlyLeftCount()).isEqualTo(1);
        assertThat(comparison.memberships().onlyRightCount()).isEqualTo(1);
    }

    @Test
    void aMembershipListedTwiceIsRejected() {
        var upper = new GroupMembership("Admins", "ALICE@acme.com", null);

        assertThatThrownBy(() -> compare(with("memberships", ALICE_ADMIN, upper), Configs.empty()))
                .isInstanceOf(MigratorException.class)
                .hasMessage("The first configuration lists the membership of 'alice@acme.com' in group 'Admins' twice "
                        + "(as 'alice@acme.com' in group 'Admins' and 'ALICE@acme.com' in group 'Admins'); "
                        + "a user is a member of a group once (user names are compared regardless of case).");
    }

    @Test
    void aMembershipWithoutGroupOrUserIsRejected() {
        assertThatThrownBy(() -> compare(Configs.empty(),
                with("memberships", new GroupMembership(null, "alice@acme.com", null))))
                .isInstanceOf(MigratorException.class)
                .hasMessage("The second configuration has a group membership without a group name or user name.");
        assertThatThrownBy(() -> compare(with("memberships", new GroupMembership("Admins", null, null)),
                Configs.empty()))
                .isInstanceOf(MigratorException.class)
                .hasMessage("The first configuration has a group membership without a group name or user name.");
    }

    @Test
    void assignmentsAreMatchedByAccountPermissionSetPrincipalTypeAndName() {
        var sameNameAsUser = new AccountAssignment("222222222222", "AdministratorAccess", PrincipalType.USER,
                "Admins", null);

        Comparison comparison = compare(with("assignments", ALICE_DEV, ADMINS_PROD, ALICE_PROD),
                with("assignments", Records.deepCopy(ALICE_PROD), sameNameAsUser, Records.deepCopy(ALICE_DEV)));

        // Sorted by AssignmentKey: account, permission set, then principal type USER before GROUP.
        assertThat(comparison.assignments().differences()).containsExactly(
                new OnlyRight<>(new AssignmentKey("222222222222", "AdministratorAccess", PrincipalType.USER, "Admins"),
                        sameNameAsUser),
                new OnlyLeft<>(new AssignmentKey("222222222222", "AdministratorAccess", PrincipalType.GROUP, "Admins"),
                        ADMINS_PROD));
        assertThat(comparison.assignments().unchangedCount()).isEqualTo(2);
    }

    @Test
    void userAssignmentsMatchTheUserNameRegardlessOfCaseGroupAssignmentsExactly() {
        var aliceUpper = new AccountAssignment("222222222222", "AdministratorAccess", PrincipalType.USER,
                "ALICE@acme.com", null);
        var adminsLower = new AccountAssignment("222222222222", "AdministratorAccess", PrincipalType.GROUP,
                "admins", null);

        Comparison comparison = compare(with("assignments", ALICE_PROD, ADMINS_PROD),
                with("assignments", aliceUpper, adminsLower));

        assertThat(comparison.assignments().unchangedCount()).isEqualTo(1);
        assertThat(comparison.assignments().differences()).extracting(Difference::key).containsExactly(
                new AssignmentKey("222222222222", "AdministratorAccess", PrincipalType.GROUP, "Admins"),
                new AssignmentKey("222222222222", "AdministratorAccess", PrincipalType.GROUP, "admins"));
    }

    @Test
    void anAssignmentListedTwiceIsRejected() {
        assertThatThrownBy(() -> compare(Configs.empty(), with("assignments", ADMINS_PROD, ADMINS_PROD)))
                .isInstanceOf(MigratorException.class)
                .hasMessage("The second configuration lists the assignment 222222222222 / AdministratorAccess / "
                        + "GROUP Admins twice; an assignment is listed once (user names are compared regardless of "
                        + "case).");
    }

    @Test
    void anAssignmentWithAMissingKeyPartIsRejected() {
        var noType = new AccountAssignment("222222222222", "AdministratorAccess", null, "Admins", null);

        assertThatThrownBy(() -> compare(with("assignments", noType), Configs.empty()))
                .isInstanceOf(MigratorException.class)
                .hasMessage("The first configuration has an account assignment without an account ID, permission set "
                        + "name, principal type or principal name.");
    }
}
