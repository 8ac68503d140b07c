package co.pump.icm.compare;

import static co.pump.icm.compare.Configs.compare;
import static co.pump.icm.compare.Configs.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import co.pump.icm.compare.Difference.Changed;
import co.pump.icm.compare.Difference.OnlyLeft;
import co.pump.icm.compare.Difference.OnlyRight;
import co.pump.icm.model.AccessControlAttribute;
import co.pump.icm.model.AccessControlConfiguration;
import co.pump.icm.model.Account;
import co.pump.icm.model.Application;
import co.pump.icm.model.IdentityCenterConfig;
import co.pump.icm.model.MigratorException;

class RecordKeepingComparisonTest {

    private static final Account PROD = new Account("222222222222", "acme-prod", "prod@acme.com", "ACTIVE");
    private static final Account DEV = new Account("333333333333", "acme-dev", "dev@acme.com", "ACTIVE");
    private static final AccessControlAttribute DEPARTMENT =
            new AccessControlAttribute("Department", List.of("${path:enterprise.department}"));
    private static final AccessControlAttribute COST_CENTER =
            new AccessControlAttribute("CostCenter", List.of("${path:enterprise.costCenter}"));
    private static final AccessControlConfiguration ABAC =
            new AccessControlConfiguration("ENABLED", null, List.of(DEPARTMENT));
    private static final Application WIKI = new Application(
            "arn:aws:sso::111111111111:application/ssoins-1111111111111111/apl-1111111111111111", "Wiki",
            "Team wiki", "ENABLED", "111111111111", "arn:aws:sso::aws:applicationProvider/custom", "ENABLED",
            "IDENTITY_CENTER", "https://wiki.acme.com", "2024-03-01T00:00:00Z");

    @Test
    void theLastTwoCategoriesAreForTheRecord() {
        assertThat(List.of(Category.values())).filteredOn(Category::forTheRecord)
                .containsExactly(Category.ACCOUNTS, Category.APPLICATIONS);
    }

    @Test
    void accountsAreMatchedByIdAndComparedByNameEmailAndStatus() {
        Account renamed = new Account("222222222222", "acme-production", "aws-prod@acme.com", "SUSPENDED");

        Comparison comparison = compare(with("accounts", PROD, DEV), with("accounts", renamed));

        assertThat(comparison.accounts().differences()).containsExactly(
                new Changed<>("222222222222", PROD, renamed, List.of(
                        FieldChange.changed("name", "acme-prod", "acme-production"),
                        FieldChange.changed("email", "prod@acme.com", "aws-prod@acme.com"),
                        FieldChange.changed("status", "ACTIVE", "SUSPENDED"))),
                new OnlyLeft<>("333333333333", DEV));
    }

    @Test
    void anAccountListedTwiceIsRejected() {
        assertThatThrownBy(() -> compare(with("accounts", PROD, PROD), Configs.empty()))
                .isInstanceOf(MigratorException.class)
                .hasMessage("The first configuration lists the account 222222222222 twice; account IDs are unique.");
        assertThatThrownBy(() -> compare(Configs.empty(), with("accounts", new Account(null, "x", null, null))))
                .isInstanceOf(MigratorException.class)
                .hasMessage("The second configuration has an account without an ID.");
    }

    @Test
    void noAccessControlConfigurationOnEitherSideIsNothingToCompare() {
        Comparison comparison = compare(Configs.empty(), Configs.empty());

        assertThat(comparison.accessControl().differences()).isEmpty();
        assertThat(comparison.accessControl().unchangedCount()).isZero();
    }

    @Test
    void anAccessControlConfigurationOnOneSideOnly() {
        assertThat(compare(abac(ABAC), Configs.empty()).accessControl().differences())
                .containsExactly(new OnlyLeft<>(Comparison.ACCESS_CONTROL_KEY, ABAC));
        assertThat(compare(Configs.empty(), abac(ABAC)).accessControl().differences())
                .containsExactly(new OnlyRight<>(Comparison.ACCESS_CONTROL_KEY, ABAC));
    }

    @Test
    void accessControlAttributesAreComparedByKey() {
        var moved = new AccessControlAttribute("Department", List.of("${path:enterprise.division}"));
        var right = new AccessControlConfiguration("CREATION_FAILED", "No permission",
                List.of(COST_CENTER, moved));
        var reordered = new AccessControlConfiguration("ENABLED", null, List.of(COST_CENTER, DEPARTMENT));
        var left = new AccessControlConfiguration("ENABLED", null, List.of(DEPARTMENT, COST_CENTER));

        assertThat(compare(abac(left), abac(Records.deepCopy(reordered))).hasDifferences()).isFalse();
        assertThat(compare(abac(ABAC), abac(right)).accessControl().differences()).singleElement()
                .isInstanceOfSatisfying(Changed.class, c -> assertThat(((Changed<?, ?>) c).changes()).containsExactly(
                        FieldChange.changed("status", "ENABLED", "CREATION_FAILED"),
                        FieldChange.changed("statusReason", null, "No permission"),
                        FieldChange.added("attributes.CostCenter", COST_CENTER),
                        FieldChange.changed("attributes.Department", DEPARTMENT, moved)));
    }

    @Test
    void applicationsOfOneInstanceAreMatchedByArn() {
        Application renamed = Records.with(Records.with(WIKI, "name", "Handbook"), "createdAt", null);

        Comparison comparison = compare(with("applications", WIKI), with("applications", renamed));

        assertThat(comparison.applications().differences()).containsExactly(
                new Changed<>("Wiki", WIKI, renamed, List.of(FieldChange.changed("name", "Wiki", "Handbook"))));
    }

    @Test
    void applicationsOfAnotherInstanceAreMatchedByNameWithoutComparingArnAndCreationTime() {
        Application elsewhere = new Application(
                "arn:aws:sso::999999999999:application/ssoins-2222222222222222/apl-2222222222222222", "Wiki",
                "Team wiki", "ENABLED", "999999999999", WIKI.providerArn(), "ENABLED", "IDENTITY_CENTER",
                "https://wiki.acme.com", "2025-01-01T00:00:00Z");

        Comparison comparison = compare(with("applications", WIKI), with("applications", elsewhere));

        assertThat(comparison.applications().differences()).singleElement()
                .isInstanceOfSatisfying(Changed.class, c -> assertThat(((Changed<?, ?>) c).changes()).containsExactly(
                        FieldChange.changed("applicationAccount", "111111111111", "999999999999")));
    }

    @Test
    void everyApplicationFieldButArnAndCreationTimeIsCompared() {
        List<String> compared = List.of("name", "description", "status", "applicationAccount", "providerArn",
                "visibility", "signInOrigin", "signInUrl");
        assertThat(Records.components(Application.class)).containsExactlyInAnyOrderElementsOf(
                concat(compared, List.of("arn", "createdAt")));

        for (String field : compared) {
            Application changed = Records.with(WIKI, field, "changed");
            assertThat(((Changed<?, ?>) compare(with("applications", WIKI), with("applications", changed))
                    .applications().differences().get(0)).changes())
                    .containsExactly(FieldChange.changed(field, RecordComponentValue.of(WIKI, field), "changed"));
        }
    }

    @Test
    void applicationsWithTheSameNamePairUpInOrderAndTheRestIsOnOneSide() {
        Application one = new Application("arn:one", "Portal", "first", null, null, null, null, null, null, null);
        Application two = new Application("arn:two", "Portal", "second", null, null, null, null, null, null, null);
        Application unnamed = new Application("arn:three", null, null, null, null, null, null, null, null, null);
        Application otherOne = Records.with(one, "arn", "arn:other-one");

        Comparison comparison = compare(with("applications", one, two, unnamed), with("applications", otherOne));

        assertThat(comparison.applications().unchangedCount()).isEqualTo(1);
        assertThat(comparison.applications().differences()).containsExactly(
                new OnlyLeft<>("Portal", two),
                new OnlyLeft<>("arn:three", unnamed));
    }

    @Test
    void anApplicationWithoutArnAndNameOrWithADuplicateArnIsRejected() {
        Application anonymous = new Application(null, null, "?", null, null, null, null, null, null, null);

        assertThatThrownBy(() -> compare(with("applications", anonymous), Configs.empty()))
                .isInstanceOf(MigratorException.class)
                .hasMessage("The first configuration has an application without an ARN or name.");
        assertThatThrownBy(() -> compare(Configs.empty(), with("applications", WIKI, WIKI)))
                .isInstanceOf(MigratorException.class)
                .hasMessage("The second configuration lists the application " + WIKI.arn()
                        + " twice; application ARNs are unique.");
    }

    private static IdentityCenterConfig abac(AccessControlConfiguration configuration) {
        return Records.with(Configs.empty(), "accessControl", configuration);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        var all = new java.util.ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static final class RecordComponentValue {
        static Object of(Record record, String component) {
            try {
                return record.getClass().getMethod(component).invoke(record);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
