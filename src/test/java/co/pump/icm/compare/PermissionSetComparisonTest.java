package co.pump.icm.compare;

import static co.pump.icm.compare.Configs.compare;
import static co.pump.icm.compare.Configs.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import co.pump.icm.compare.Difference.Changed;
import co.pump.icm.model.CustomerManagedPolicyReference;
import co.pump.icm.model.ManagedPolicy;
import co.pump.icm.model.MigratorException;
import co.pump.icm.model.PermissionSet;
import co.pump.icm.model.PermissionsBoundary;
import co.pump.icm.model.Tag;
import co.pump.icm.model.TestConfigs;

class PermissionSetComparisonTest {

    private static final PermissionSet ADMIN = TestConfigs.adminPermissionSet();
    private static final String POLICY = ADMIN.inlinePolicy();
    private static final ManagedPolicy ADMIN_ACCESS = ADMIN.managedPolicies().get(0);
    private static final ManagedPolicy READ_ONLY =
            new ManagedPolicy("arn:aws:iam::aws:policy/ReadOnlyAccess", "ReadOnlyAccess");
    private static final CustomerManagedPolicyReference AUDIT = ADMIN.customerManagedPolicies().get(0);

    @Test
    void equalPermissionSetsFromAnotherInstanceAreUnchanged() {
        Comparison comparison = compare(with("permissionSets", ADMIN), with("permissionSets", Records.deepCopy(ADMIN)));

        assertThat(comparison.permissionSets().differences()).isEmpty();
        assertThat(comparison.permissionSets().unchangedCount()).isEqualTo(1);
    }

    @Test
    void theFieldTestsCoverEveryComponentOfPermissionSet() {
        // name is the key, origin is never compared, each of the others has its own test below.
        assertThat(Records.components(PermissionSet.class)).containsExactly("name", "description",
                "sessionDuration", "relayState", "tags", "inlinePolicy", "managedPolicies", "customerManagedPolicies",
                "permissionsBoundary", "origin");
    }

    @Test
    void description() {
        assertThat(changes(ADMIN, Records.with(ADMIN, "description", "Everything")))
                .containsExactly(FieldChange.changed("description", "Full access", "Everything"));
    }

    @Test
    void relayState() {
        assertThat(changes(ADMIN, Records.with(ADMIN, "relayState", null)))
                .containsExactly(FieldChange.changed("relayState", "https://console.aws.amazon.com/", null));
    }

    @Test
    void sessionDuration() {
        assertThat(changes(ADMIN, Records.with(ADMIN, "sessionDuration", "PT8H")))
                .containsExactly(FieldChange.changed("sessionDuration", "PT4H", "PT8H"));
    }

    @ParameterizedTest(name = "{0} equals {1}")
    @CsvSource(nullValues = "null", value = {
            "null, PT1H",
            "PT1H, null",
            "PT60M, PT1H",
            "PT3600S, PT1H",
            "PT12H, PT720M",
            "not-a-duration, not-a-duration"})
    void sessionDurationsThatMeanTheSameAreEqual(String left, String right) {
        assertThat(SessionDurations.equivalent(left, right)).isTrue();
        PermissionSet l = Records.with(ADMIN, "sessionDuration", left);
        PermissionSet r = Records.with(ADMIN, "sessionDuration", right);
        assertThat(compare(with("permissionSets", l), with("permissionSets", r)).hasDifferences()).isFalse();
    }

    @ParameterizedTest(name = "{0} differs from {1}")
    @CsvSource(nullValues = "null", value = {
            "null, PT2H",
            "PT8H, null",
            "PT1H, PT1H1M",
            "not-a-duration, PT1H",
            "null, not-a-duration",
            "one, two"})
    void sessionDurationsThatDifferAreReportedAsWritten(String left, String right) {
        PermissionSet l = Records.with(ADMIN, "sessionDuration", left);
        PermissionSet r = Records.with(ADMIN, "sessionDuration", right);
        assertThat(changes(l, r)).containsExactly(FieldChange.changed("sessionDuration", left, right));
    }

    @Test
    void tagsAreComparedByKeyInAnyOrder() {
        PermissionSet reordered = Records.with(ADMIN, "tags", List.of(new Tag("cost-center", ""),
                new Tag("team", "platform")));
        PermissionSet right = Records.with(ADMIN, "tags", List.of(new Tag("team", "security"),
                new Tag("owner", "alice")));

        assertThat(compare(with("permissionSets", ADMIN), with("permissionSets", reordered)).hasDifferences())
                .isFalse();
        assertThat(changes(ADMIN, right)).containsExactly(
                FieldChange.removed("tags.cost-center", new Tag("cost-center", "")),
                FieldChange.added("tags.owner", new Tag("owner", "alice")),
                FieldChange.changed("tags.team", new Tag("team", "platform"), new Tag("team", "security")));
    }

    @Test
    void inlinePolicyIsComparedAsAJsonDocument() {
        PermissionSet right = Records.with(ADMIN, "inlinePolicy", POLICY.replace("iam:CreateUser", "iam:DeleteUser"));

        assertThat(changes(ADMIN, right)).containsExactly(
                FieldChange.changed("inlinePolicy", POLICY, right.inlinePolicy()));
    }

    @Test
    void whitespaceAndKeyOrderInAnInlinePolicyDoNotMatter() {
        String reformatted = """
                {
                  "Statement": [ { "Resource": "*", "Action": "iam:CreateUser", "Effect": "Deny" } ],
                  "Version": "2012-10-17"
                }
                """;

        assertThat(inlinePoliciesEqual(POLICY, reformatted)).isTrue();
    }

    @Test
    void statementAsOneObjectDiffersFromAOneElementArray() {
        // Kept simple on purpose: IAM treats them alike, the comparison reports the difference.
        String single = "{\"Version\":\"2012-10-17\",\"Statement\":"
                + "{\"Effect\":\"Deny\",\"Action\":\"iam:CreateUser\",\"Resource\":\"*\"}}";

        assertThat(inlinePoliciesEqual(POLICY, single)).isFalse();
    }

    @Test
    void theOrderOfArrayElementsInAnInlinePolicyMatters() {
        assertThat(inlinePoliciesEqual("{\"Action\":[\"a\",\"b\"]}", "{\"Action\":[\"b\",\"a\"]}")).isFalse();
    }

    @Test
    void anInlinePolicyThatIsNotJsonIsComparedAsText() {
        assertThat(inlinePoliciesEqual("not json {", "not json {")).isTrue();
        assertThat(inlinePoliciesEqual("not json {", "not  json {")).isFalse();
        assertThat(inlinePoliciesEqual("{\"a\": 1} trailing", "{\"a\": 1}")).isFalse();
        assertThat(inlinePoliciesEqual(POLICY, POLICY + "x")).isFalse();
    }

    @Test
    void anInlinePolicyWithADuplicateKeyIsComparedAsText() {
        // A JSON reader would keep only the last "a" and call the two documents equal.
        assertThat(inlinePoliciesEqual("{\"a\": 1, \"a\": 2}", "{\"a\": 2}")).isFalse();
    }

    @Test
    void anAbsentInlinePolicyIsNullEmptyOrBlank() {
        assertThat(inlinePoliciesEqual(null, "")).isTrue();
        assertThat(inlinePoliciesEqual("  \n", null)).isTrue();
        PermissionSet none = Records.with(ADMIN, "inlinePolicy", null);
        PermissionSet empty = Records.with(ADMIN, "inlinePolicy", "");

        assertThat(changes(ADMIN, none)).containsExactly(FieldChange.changed("inlinePolicy", POLICY, null));
        assertThat(changes(empty, ADMIN)).containsExactly(FieldChange.changed("inlinePolicy", null, POLICY));
    }

    @Test
    void managedPoliciesAreASetByArn() {
        PermissionSet both = Records.with(ADMIN, "managedPolicies", List.of(ADMIN_ACCESS, READ_ONLY));
        PermissionSet reversed = Records.with(ADMIN, "managedPolicies", List.of(READ_ONLY, ADMIN_ACCESS));
        PermissionSet readOnly = Records.with(ADMIN, "managedPolicies", List.of(READ_ONLY));
        PermissionSet renamed = Records.with(ADMIN, "managedPolicies",
                List.of(new ManagedPolicy(ADMIN_ACCESS.arn(), null)));

        assertThat(compare(with("permissionSets", both), with("permissionSets", reversed)).hasDifferences()).isFalse();
        assertThat(compare(with("permissionSets", ADMIN), with("permissionSets", renamed)).hasDifferences()).isFalse();
        assertThat(changes(ADMIN, both)).containsExactly(FieldChange.added("managedPolicies", READ_ONLY));
        assertThat(changes(ADMIN, readOnly)).containsExactly(
                FieldChange.removed("managedPolicies", ADMIN_ACCESS),
                FieldChange.added("managedPolicies", READ_ONLY));
    }

    @Test
    void customerManagedPoliciesAreASetByPathAndName() {
        var root = new CustomerManagedPolicyReference("AuditRead", null);
        var other = new CustomerManagedPolicyReference("Deploy", "/ci/");
        PermissionSet atRoot = Records.with(ADMIN, "customerManagedPolicies", List.of(root));
        PermissionSet two = Records.with(ADMIN, "customerManagedPolicies", List.of(AUDIT, other));
        PermissionSet reversed = Records.with(ADMIN, "customerManagedPolicies", List.of(other, AUDIT));

        assertThat(compare(with("permissionSets", two), with("permissionSets", reversed)).hasDifferences()).isFalse();
        assertThat(changes(ADMIN, two)).containsExactly(FieldChange.added("customerManagedPolicies", other));
        // Same name, another path: a different policy.
        assertThat(changes(ADMIN, atRoot)).containsExactly(
                FieldChange.added("customerManagedPolicies", root),
                FieldChange.removed("customerManagedPolicies", AUDIT));
    }

    @Test
    void aCustomerManagedPolicyWithoutPathIsAtTheRoot() {
        PermissionSet noPath = Records.with(ADMIN, "customerManagedPolicies",
                List.of(new CustomerManagedPolicyReference("Boundary", null)));
        PermissionSet rootPath = Records.with(ADMIN, "customerManagedPolicies",
                List.of(new CustomerManagedPolicyReference("Boundary", "/")));
        PermissionSet noBoundaryPath = Records.with(ADMIN, "permissionsBoundary",
                PermissionsBoundary.customerManaged("Boundary", ""));
        PermissionSet rootBoundaryPath = Records.with(ADMIN, "permissionsBoundary",
                PermissionsBoundary.customerManaged("Boundary", "/"));

        assertThat(compare(with("permissionSets", noPath), with("permissionSets", rootPath)).hasDifferences())
                .isFalse();
        assertThat(compare(with("permissionSets", noBoundaryPath), with("permissionSets", rootBoundaryPath))
                .hasDifferences()).isFalse();
    }

    @Test
    void permissionsBoundary() {
        PermissionsBoundary customer = PermissionsBoundary.customerManaged("Boundary", "/");
        PermissionSet right = Records.with(ADMIN, "permissionsBoundary", customer);
        PermissionSet none = Records.with(ADMIN, "permissionsBoundary", null);
        PermissionSet empty = Records.with(ADMIN, "permissionsBoundary", new PermissionsBoundary(null, null));

        assertThat(changes(ADMIN, right)).containsExactly(
                FieldChange.changed("permissionsBoundary", ADMIN.permissionsBoundary(), customer));
        assertThat(changes(none, ADMIN)).containsExactly(
                FieldChange.changed("permissionsBoundary", null, ADMIN.permissionsBoundary()));
        assertThat(compare(with("permissionSets", none), with("permissionSets", empty)).hasDifferences()).isFalse();
    }

    @Test
    void everyDifferingFieldIsReportedInTheOrderOfTheRecord() {
        PermissionSet readOnly = TestConfigs.readOnlyPermissionSet();
        PermissionSet renamed = Records.with(readOnly, "name", ADMIN.name());

        assertThat(changes(ADMIN, renamed)).extracting(FieldChange::path).containsExactly(
                "description", "sessionDuration", "relayState", "tags.cost-center", "tags.team", "inlinePolicy",
                "managedPolicies", "managedPolicies", "customerManagedPolicies", "permissionsBoundary");
    }

    @Test
    void namesMatchExactly() {
        PermissionSet lower = Records.with(ADMIN, "name", "administratoraccess");

        Comparison comparison = compare(with("permissionSets", ADMIN), with("permissionSets", lower));

        assertThat(comparison.permissionSets().onlyLeftCount()).isEqualTo(1);
        assertThat(comparison.permissionSets().onlyRightCount()).isEqualTo(1);
    }

    @Test
    void twoPermissionSetsWithOneNameAreRejected() {
        assertThatThrownBy(() -> compare(Configs.empty(), with("permissionSets", ADMIN, Records.deepCopy(ADMIN))))
                .isInstanceOf(MigratorException.class)
                .hasMessage("The second configuration lists the permission set 'AdministratorAccess' twice; "
                        + "permission set names are unique.");
    }

    @Test
    void aPermissionSetWithoutANameIsRejected() {
        assertThatThrownBy(() -> compare(with("permissionSets", Records.with(ADMIN, "name", null)), Configs.empty()))
                .isInstanceOf(MigratorException.class)
                .hasMessage("The first configuration has a permission set without a name.");
    }

    private static boolean inlinePoliciesEqual(String left, String right) {
        PermissionSet l = Records.with(ADMIN, "inlinePolicy", left);
        PermissionSet r = Records.with(ADMIN, "inlinePolicy", right);
        boolean equal = !compare(with("permissionSets", l), with("permissionSets", r)).hasDifferences();
        assertThat(PolicyDocuments.equivalent(left, right)).isEqualTo(equal);
        return equal;
    }

    private static List<FieldChange> changes(PermissionSet left, PermissionSet right) {
        var differences = compare(with("permissionSets", left), with("permissionSets", right))
                .permissionSets().differences();
        assertThat(differences).hasSize(1);
        return ((Changed<?, ?>) differences.get(0)).changes();
    }
}
