package co.pump.icm.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import co.pump.icm.compare.Category;
import co.pump.icm.compare.FieldChange;
import co.pump.icm.kind.Kinds;
import co.pump.icm.model.AccessControlAttribute;
import co.pump.icm.model.AccessControlConfiguration;
import co.pump.icm.model.IdentityCenterConfig;
import co.pump.icm.model.TestConfigs;

/** The ABAC configuration is planned like any kind: created when absent, updated attribute by attribute. */
class AccessControlPlanTest {

    private static final AccessControlConfiguration SOURCE = new AccessControlConfiguration("ENABLED", null, List.of(
            new AccessControlAttribute("CostCenter", List.of("${path:enterprise.costCenter}")),
            new AccessControlAttribute("Department", List.of("${path:enterprise.department}"))));

    private static IdentityCenterConfig withAbac(IdentityCenterConfig config, AccessControlConfiguration abac) {
        return Kinds.ACCESS_CONTROL.with(config, abac == null ? List.of() : List.of(abac));
    }

    private static Plan plan(AccessControlConfiguration snapshot, AccessControlConfiguration target, PlanOptions options) {
        return Planner.plan(withAbac(TestConfigs.full(), snapshot),
                withAbac(new PlannerTest().importedTarget(), target), options);
    }

    private static Change<?> abac(Plan plan) {
        return plan.changes().stream().filter(c -> c.category() == Category.ACCESS_CONTROL).findFirst().orElse(null);
    }

    @Test
    void aConfigurationTheTargetLacksIsCreatedWithEveryAttribute() {
        Plan plan = plan(SOURCE, null, PlanOptions.defaults());
        assertThat(abac(plan)).isInstanceOfSatisfying(Change.Create.class, create -> {
            assertThat(create.id()).isEqualTo("access-control:configuration");
            assertThat(create.label()).isEqualTo("access control attribute configuration");
            assertThat(create.item()).isEqualTo(SOURCE);
        });
        assertThat(plan.writes()).containsExactly(abac(plan));
        assertThat(plan.counts()).containsKey(Category.ACCESS_CONTROL);
    }

    @Test
    void aDifferentConfigurationIsUpdatedAttributeByAttribute() {
        var target = new AccessControlConfiguration("ENABLED", null, List.of(
                new AccessControlAttribute("Department", List.of("${path:enterprise.organization}")),
                new AccessControlAttribute("Team", List.of("${path:title}"))));
        Plan plan = plan(SOURCE, target, PlanOptions.defaults());
        assertThat(abac(plan)).isInstanceOfSatisfying(Change.Update.class, update -> {
            assertThat(update.current()).isEqualTo(target);
            assertThat(update.item()).isEqualTo(SOURCE);
            List<FieldChange> fields = update.fields();
            assertThat(fields.stream().map(f -> f.path() + " " + f.kind()).toList()).containsExactly(
                    "attributes.CostCenter ADDED", "attributes.Department CHANGED", "attributes.Team REMOVED");
        });
    }

    @Test
    void theSameAttributesAreUnchangedAndAStatusAwsSetsIsOnlyAWarning() {
        Plan same = plan(SOURCE, SOURCE, PlanOptions.defaults());
        assertThat(abac(same)).isNull();
        assertThat(same.count(Category.ACCESS_CONTROL, ChangeKind.UNCHANGED)).isEqualTo(1);

        var reasoned = new AccessControlConfiguration("ENABLED", "migrated by hand", SOURCE.attributes());
        Plan plan = plan(SOURCE, reasoned, PlanOptions.defaults());
        assertThat(abac(plan)).isNull();
        assertThat(plan.warnings()).extracting(PlanWarning::message).contains("access control attribute configuration: "
                + "statusReason differs (\"migrated by hand\" → (none)), but AWS's API cannot set it; change it in the "
                + "IAM Identity Center console if it matters.");
    }

    @Test
    void aTargetStillBeingCreatedIsAConflict() {
        var creating = new AccessControlConfiguration("CREATION_IN_PROGRESS", null, List.of());
        Plan plan = plan(SOURCE, creating, PlanOptions.defaults());
        assertThat(abac(plan)).isInstanceOfSatisfying(Change.Conflict.class, conflict -> assertThat(conflict.reason())
                .isEqualTo("the new organization's configuration is creation in progress; run the import again once "
                        + "AWS has finished, or fix it in the IAM Identity Center console"));
    }

    @Test
    void aConfigurationAwsCouldNotCreateInTheSourceIsSkipped() {
        var failed = new AccessControlConfiguration("CREATION_FAILED", "attribute not supported", SOURCE.attributes());
        Plan plan = plan(failed, null, PlanOptions.defaults());
        assertThat(abac(plan)).isInstanceOfSatisfying(Change.Skip.class, skip -> assertThat(skip.reason())
                .isEqualTo("AWS could not create it in the current organization either (attribute not supported); "
                        + "set up attribute-based access control in the new organization by hand"));
    }

    @Test
    void theTargetsConfigurationIsDeletedOnlyWhenAskedAndItCanBeDeselectedOrLeftOut() {
        assertThat(abac(plan(null, SOURCE, PlanOptions.defaults()))).isNull();
        assertThat(abac(plan(null, SOURCE, PlanOptions.defaults().withDeleteAbsent(true))))
                .isInstanceOf(Change.Delete.class);
        assertThat(abac(plan(SOURCE, null, PlanOptions.defaults().withDeselected(Set.of("access-control:configuration")))))
                .isInstanceOfSatisfying(Change.Skip.class, skip -> assertThat(skip.reason()).isEqualTo("deselected"));
        assertThat(abac(plan(SOURCE, null, PlanOptions.defaults().withCategories(Set.of(Category.USERS)))))
                .isInstanceOfSatisfying(Change.Skip.class, skip -> assertThat(skip.reason())
                        .isEqualTo("access control attributes are not part of this import"));
    }
}
