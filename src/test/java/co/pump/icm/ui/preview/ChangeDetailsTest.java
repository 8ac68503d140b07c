package co.pump.icm.ui.preview;

import static org.assertj.core.api.Assertions.assertThat;

import co.pump.icm.compare.Category;
import co.pump.icm.model.IdentityCenterConfig;
import co.pump.icm.plan.ChangeKind;
import co.pump.icm.plan.Plan;
import co.pump.icm.plan.PlanOptions;
import co.pump.icm.plan.Planner;
import org.junit.jupiter.api.Test;

/** What the detail pane says about each kind of row. */
class ChangeDetailsTest {

    private final IdentityCenterConfig demo = PreviewFixtures.demo();
    private final Plan plan = Planner.plan(demo, PreviewFixtures.emptyTarget(), PlanOptions.defaults());
    private final PlanData data = PlanData.of(plan, null, PlanLookups.of(demo, plan.target()));

    private PlanRow row(String id) {
        return data.items().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void aUserToCreateShowsNameEmailAndGroups() {
        ChangeDetail detail = ChangeDetails.of(row("user:daniel.reyes@larkspur.example"), data, true);

        assertThat(detail.title()).isEqualTo("daniel.reyes@larkspur.example");
        assertThat(detail.kind()).isEqualTo("+  Create");
        assertThat(detail.styleClass()).isEqualTo("kind-create");
        assertThat(detail.reason()).isEqualTo("Will be created in the new organization.");
        assertThat(detail.fact("Display name")).isEqualTo("Daniel Reyes");
        assertThat(detail.fact("Emails")).isEqualTo("daniel.reyes@larkspur.example  (primary)");
        assertThat(detail.fact("Groups")).isEqualTo("Cloud Admins, Developers");
        assertThat(detail.inlinePolicy()).isNull();
        assertThat(detail.fields()).isEmpty();
    }

    @Test
    void aPermissionSetShowsItsPoliciesAndItsInlinePolicyPrettyPrinted() {
        ChangeDetail detail = ChangeDetails.of(row("permission-set:DataEngineer"), data, true);

        assertThat(detail.fact("Customer managed policies")).contains("DataLakeAccess");
        assertThat(detail.fact("Inline policy")).isEqualTo("below");
        assertThat(detail.fact("Session duration")).isEqualTo("PT8H");
        assertThat(detail.inlinePolicy()).startsWith("{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [");
    }

    @Test
    void aCategoryShowsItsCounts() {
        PlanRow users = PlanRow.category(Category.USERS, ShownRows.summary(data, Category.USERS, -1));

        ChangeDetail included = ChangeDetails.of(users, data, true);
        assertThat(included.title()).isEqualTo("Users");
        assertThat(included.fact("+  Create")).isEqualTo("39");
        assertThat(included.fact("⊘  Skip")).as("the user disabled in the source").isEqualTo("1");
        assertThat(included.fact("=  Unchanged")).isEqualTo("0");
        assertThat(included.fact("−  Delete")).as("deletions only when there are some").isNull();
        assertThat(included.reason()).startsWith("Included in this import.");
        assertThat(ChangeDetails.of(users, data, false).reason())
                .isEqualTo("Users are not part of this import; tick the category to include them.");
        assertThat(users.summary()).isEqualTo("39 create · 1 skip");
        assertThat(ShownRows.summary(data, Category.USERS, 3)).isEqualTo("3 shown · 39 create · 1 skip");
        assertThat(data.count(Category.USERS, ChangeKind.CREATE)).isEqualTo(39);
    }
}
