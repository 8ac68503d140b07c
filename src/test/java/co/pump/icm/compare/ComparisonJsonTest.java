package co.pump.icm.compare;

import co.pump.icm.kind.ConfigurationComparer;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import co.pump.icm.model.AccountAssignment;
import co.pump.icm.model.PrincipalType;
import co.pump.icm.model.TestConfigs;

class ComparisonJsonTest {

    @Test
    void summaryCountsPerCategory() {
        JsonNode json = ComparisonJson.toJson(
                ConfigurationComparer.compare(RenderScenario.left(), RenderScenario.right()));

        assertThat(json.get("hasDifferences").booleanValue()).isTrue();
        assertThat(json.get("summary").fieldNames()).toIterable().containsExactly("users", "groups", "memberships",
                "permissionSets", "assignments", "accessControl", "accounts", "applications");
        JsonNode users = json.at("/summary/users");
        assertThat(users.get("label").textValue()).isEqualTo("Users");
        assertThat(users.get("compared").booleanValue()).isTrue();
        assertThat(users.get("forTheRecord").booleanValue()).isFalse();
        assertThat(users.get("onlyLeft").intValue()).isEqualTo(1);
        assertThat(users.get("onlyRight").intValue()).isEqualTo(1);
        assertThat(users.get("changed").intValue()).isEqualTo(1);
        assertThat(users.get("unchanged").intValue()).isZero();
        assertThat(json.at("/summary/accounts/forTheRecord").booleanValue()).isTrue();
        assertThat(json.has("unchanged")).isFalse();
    }

    @Test
    void entriesWithTheirFieldChangesAsTypedValues() {
        JsonNode json = ComparisonJson.toJson(
                ConfigurationComparer.compare(RenderScenario.left(), RenderScenario.right()));

        JsonNode users = json.at("/entries/users");
        assertThat(users).hasSize(3);
        assertThat(users.get(0).toString()).isEqualTo("{\"key\":\"alice@acme.com\",\"status\":\"changed\","
                + "\"changes\":[{\"path\":\"displayName\",\"kind\":\"changed\",\"old\":\"Alice Smith\","
                + "\"new\":\"Alice Q. Smith\"}]}");
        assertThat(users.get(1).toString()).isEqualTo("{\"key\":\"bob@acme.com\",\"status\":\"onlyRight\"}");
        assertThat(users.get(2).toString()).isEqualTo("{\"key\":\"carol@acme.com\",\"status\":\"onlyLeft\"}");

        JsonNode admin = json.at("/entries/permissionSets/0/changes");
        assertThat(admin.get(0).toString()).isEqualTo("{\"path\":\"tags.team\",\"kind\":\"changed\","
                + "\"old\":{\"key\":\"team\",\"value\":\"platform\"},\"new\":{\"key\":\"team\",\"value\":\"security\"}}");
        assertThat(admin.get(2).toString()).isEqualTo("{\"path\":\"managedPolicies\",\"kind\":\"added\",\"old\":null,"
                + "\"new\":{\"arn\":\"arn:aws:iam::aws:policy/ReadOnlyAccess\",\"name\":\"ReadOnlyAccess\"}}");
        assertThat(json.at("/entries/groups")).isEmpty();
    }

    @Test
    void membershipAndAssignmentKeysAreObjects() {
        var full = TestConfigs.full();
        var extra = new AccountAssignment("444444444444", "ReadOnly", PrincipalType.USER, "bob@acme.com", null);
        var right = Records.with(Records.with(full, "memberships", List.of()), "assignments",
                List.of(full.assignments().get(0), full.assignments().get(1), full.assignments().get(2), extra));

        JsonNode json = ComparisonJson.toJson(ConfigurationComparer.compare(full, right));

        assertThat(json.at("/entries/memberships/0/key").toString())
                .isEqualTo("{\"groupName\":\"Admins\",\"userName\":\"alice@acme.com\"}");
        assertThat(json.at("/entries/assignments/0/key").toString()).isEqualTo("{\"accountId\":\"444444444444\","
                + "\"permissionSetName\":\"ReadOnly\",\"principalType\":\"USER\",\"principalName\":\"bob@acme.com\"}");
    }

    @Test
    void unchangedItemsAndCategoriesNotCompared() {
        var options = CompareOptions.defaults().withUnchanged().withCategories(EnumSet.of(Category.GROUPS));

        JsonNode json = ComparisonJson.toJson(
                ConfigurationComparer.compare(TestConfigs.full(), Records.deepCopy(TestConfigs.full()), options));

        assertThat(json.get("hasDifferences").booleanValue()).isFalse();
        assertThat(json.at("/summary/users").toString())
                .isEqualTo("{\"label\":\"Users\",\"compared\":false,\"forTheRecord\":false}");
        assertThat(json.get("entries").fieldNames()).toIterable().containsExactly("groups");
        assertThat(json.get("unchanged").toString()).isEqualTo("{\"groups\":[\"Admins\",\"Auditors\"]}");
    }

    @Test
    void categoryNamesAreCamelCase() {
        assertThat(ComparisonJson.name(Category.PERMISSION_SETS)).isEqualTo("permissionSets");
        assertThat(ComparisonJson.name(Category.ACCESS_CONTROL)).isEqualTo("accessControl");
        assertThat(ComparisonJson.name(Category.USERS)).isEqualTo("users");
    }
}
