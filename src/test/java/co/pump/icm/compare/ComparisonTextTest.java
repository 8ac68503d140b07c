package co.pump.icm.compare;

import co.pump.icm.kind.ConfigurationComparer;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;

import co.pump.icm.model.AccountAssignment.AssignmentKey;
import co.pump.icm.model.CustomerManagedPolicyReference;
import co.pump.icm.model.GroupMembership;
import co.pump.icm.model.GroupMembership.MembershipKey;
import co.pump.icm.model.PermissionSet;
import co.pump.icm.model.PrincipalType;
import co.pump.icm.model.TestConfigs;

class ComparisonTextTest {

    @Test
    void summaryThenEntriesByCategory() {
        Comparison comparison = ConfigurationComparer.compare(RenderScenario.left(), RenderScenario.right());

        assertThat(ComparisonText.render(comparison, "A", "B")).isEqualTo("""
                Comparing A with B (- only in A, + only in B, ~ changed: A \u2192 B)

                Users: 1 only in A, 1 only in B, 1 changed, 0 unchanged
                Groups: 0 only in A, 0 only in B, 0 changed, 2 unchanged
                Group memberships: 0 only in A, 0 only in B, 0 changed, 2 unchanged
                Permission sets: 0 only in A, 0 only in B, 2 changed, 0 unchanged
                Account assignments: 0 only in A, 0 only in B, 0 changed, 3 unchanged
                Access control attributes: 0 only in A, 0 only in B, 0 changed, 1 unchanged
                Trusted token issuers: 0 only in A, 0 only in B, 0 changed, 0 unchanged
                Applications: 0 only in A, 0 only in B, 0 changed, 1 unchanged
                Application access scopes: 0 only in A, 0 only in B, 0 changed, 0 unchanged
                Application assignments: 0 only in A, 0 only in B, 0 changed, 0 unchanged
                Accounts (for the record): 1 only in A, 0 only in B, 0 changed, 2 unchanged

                Users
                  ~ alice@acme.com
                      displayName: "Alice Smith" \u2192 "Alice Q. Smith"
                  + bob@acme.com
                  - carol@acme.com

                Permission sets
                  ~ AdministratorAccess
                      tags.team: "platform" \u2192 "security"
                      inlinePolicy:
                          ...
                            }, {
                        -     "Action" : "iam:CreateUser",
                        +     "Action" : "iam:DeleteUser",
                              "Effect" : "Deny",
                          ...
                      managedPolicies: + arn:aws:iam::aws:policy/ReadOnlyAccess
                  ~ ReadOnly
                      description: "Read-only access" \u2192 "%s...

                Accounts (for the record)
                  - 333333333333
                """.formatted("x".repeat(ComparisonText.MAX_VALUE_LENGTH - 4)));
    }

    @Test
    void identicalConfigurationsSayThereAreNoDifferences() {
        Comparison comparison = ConfigurationComparer.compare(TestConfigs.full(), Records.deepCopy(TestConfigs.full()),
                CompareOptions.migratedOnly());

        assertThat(ComparisonText.render(comparison, "snapshot.json", "target")).isEqualTo("""
                Comparing snapshot.json with target (- only in snapshot.json, + only in target, ~ changed: \
                snapshot.json \u2192 target)

                Users: 0 only in snapshot.json, 0 only in target, 0 changed, 3 unchanged
                Groups: 0 only in snapshot.json, 0 only in target, 0 changed, 2 unchanged
                Group memberships: 0 only in snapshot.json, 0 only in target, 0 changed, 2 unchanged
                Permission sets: 0 only in snapshot.json, 0 only in target, 0 changed, 2 unchanged
                Account assignments: 0 only in snapshot.json, 0 only in target, 0 changed, 3 unchanged
                Access control attributes: 0 only in snapshot.json, 0 only in target, 0 changed, 1 unchanged
                Trusted token issuers: 0 only in snapshot.json, 0 only in target, 0 changed, 0 unchanged
                Applications: 0 only in snapshot.json, 0 only in target, 0 changed, 1 unchanged
                Application access scopes: 0 only in snapshot.json, 0 only in target, 0 changed, 0 unchanged
                Application assignments: 0 only in snapshot.json, 0 only in target, 0 changed, 0 unchanged

                No differences between snapshot.json and target.
                """);
    }

    @Test
    void unchangedItemsAreListedWhenTheComparisonHoldsThem() {
        var options = CompareOptions.defaults().withUnchanged().withCategories(EnumSet.of(Category.MEMBERSHIPS));
        var extra = new GroupMembership("Auditors", "carol@acme.com", null);
        var right = Records.with(TestConfigs.full(), "memberships", List.of(
                TestConfigs.full().memberships().get(0), TestConfigs.full().memberships().get(1), extra));

        String text = ComparisonText.render(ConfigurationComparer.compare(TestConfigs.full(), right, options), "A", "B");

        assertThat(text).endsWith("""
                Group memberships: 0 only in A, 1 only in B, 0 changed, 2 unchanged

                Group memberships
                  + Auditors / carol@acme.com
                  = Admins / alice@acme.com
                  = Admins / bob@acme.com
                """);
    }

    @Test
    void eachKindOfFieldChangeHasItsOwnLine() {
        assertThat(ComparisonText.change(FieldChange.added("customerManagedPolicies",
                new CustomerManagedPolicyReference("Audit", "/security/"))))
                .isEqualTo("customerManagedPolicies: + /security/Audit");
        assertThat(ComparisonText.change(FieldChange.removed("emails[0]",
                TestConfigs.fullUser("a@acme.com", "A", "B").emails().get(0))))
                .isEqualTo("emails[0]: - \"a@acme.com\" (work, primary)");
        assertThat(ComparisonText.change(FieldChange.changed("sessionDuration", null, "PT8H")))
                .isEqualTo("sessionDuration: (none) \u2192 \"PT8H\"");
    }

    @Test
    void anInlinePolicyOnOneSideOnlyIsShownOnOneShortenedLine() {
        PermissionSet admin = TestConfigs.adminPermissionSet();
        PermissionSet withoutPolicy = Records.with(admin, "inlinePolicy", null);

        String text = ComparisonText.render(ConfigurationComparer.compare(Configs.with("permissionSets", admin),
                Configs.with("permissionSets", withoutPolicy)), "A", "B");

        assertThat(text).contains("      inlinePolicy: \"{\\\"Version\\\":\\\"2012-10-17\\\",\\\"Statement\\\":[{"
                + "\\\"Effect\\\":\\\"Deny\\\",\\\"Action\\\":\\\"iam:CreateUser\\\",\\\"Resource\\\":\\\"*\\\"}]}\" "
                + "\u2192 (none)\n");
    }

    @Test
    void aLongPolicyDiffIsCut() {
        var left = new ArrayList<String>();
        var right = new ArrayList<String>();
        for (int i = 0; i < 100; i++) {
            left.add("left " + i);
            right.add("right " + i);
        }

        List<String> lines = LineDiff.render(left, right, 10);

        assertThat(lines).hasSize(10);
        assertThat(lines.get(0)).isEqualTo("- left 0");
        assertThat(lines.get(9)).isEqualTo("  ... (191 more lines)");
    }

    @Test
    void aLineDiffAlignsCommonLinesAndSkipsTheUnchangedOnes() {
        List<String> left = List.of("a", "b", "c", "d", "e", "f", "g", "h");
        List<String> right = List.of("a", "B", "c", "d", "e", "f", "g2", "h", "i");

        assertThat(LineDiff.render(left, right, 40)).containsExactly(
                "  a", "- b", "+ B", "  c", "  ...", "  f", "- g", "+ g2", "  h", "+ i");
    }

    @Test
    void keysAreShownOnOneLine() {
        assertThat(ComparisonText.key("alice@acme.com")).isEqualTo("alice@acme.com");
        assertThat(ComparisonText.key("Team\nA")).isEqualTo("Team\\nA");
        assertThat(ComparisonText.key(new MembershipKey("Admins", "alice@acme.com")))
                .isEqualTo("Admins / alice@acme.com");
        assertThat(ComparisonText.key(new AssignmentKey("222222222222", "ReadOnly", PrincipalType.GROUP, "Admins")))
                .isEqualTo("222222222222 / ReadOnly / GROUP Admins");
    }
}
