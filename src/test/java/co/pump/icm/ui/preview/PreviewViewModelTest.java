package co.pump.icm.ui.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import co.pump.icm.compare.Category;
import co.pump.icm.model.IdentityCenterConfig;
import co.pump.icm.model.User;
import co.pump.icm.plan.AccountMap;
import co.pump.icm.plan.Change;
import co.pump.icm.plan.ChangeKind;
import co.pump.icm.plan.IdentitySource;
import co.pump.icm.plan.Plan;
import co.pump.icm.plan.PlanOptions;
import co.pump.icm.plan.Planner;
import co.pump.icm.sandbox.data.DemoData;
import co.pump.icm.ui.RecordingWindows;
import co.pump.icm.ui.TestFiles;
import co.pump.icm.ui.shell.Navigator;
import co.pump.icm.ui.shell.StepContext;
import co.pump.icm.ui.shell.StepId;
import co.pump.icm.ui.state.AccountIdentity;
import co.pump.icm.ui.state.MigrationState;
import co.pump.icm.ui.tasks.ImmediateTaskExecutor;
import co.pump.icm.ui.tasks.TaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Preview step's logic without a screen: planning against a target as read, choices, search, confirmation. */
class PreviewViewModelTest {

    private static final String DANIEL = "daniel.reyes@larkspur.example";

    private final TestFiles.ThrowAwaySettings settings = TestFiles.settings();
    private final MigrationState state = new MigrationState();
    private int advances;

    @AfterEach
    void cleanUp() {
        settings.remove();
    }

    private PreviewViewModel model(TaskExecutor tasks) {
        Navigator navigator = new Navigator() {
            @Override
            public boolean advance() {
                advances++;
                return true;
            }

            @Override
            public boolean advanceTo(StepId step) {
                return false;
            }

            @Override
            public boolean back() {
                return false;
            }

            @Override
            public boolean backTo(co.pump.icm.ui.shell.StepId step) {
                return false;
            }
        };
        return new PreviewViewModel(new StepContext(state, navigator, tasks, settings.app(),
                new TestFiles.QueuedFilePicker(), new RecordingWindows()));
    }

    /** A model entered with the demo snapshot and the given target as read. */
    private PreviewViewModel entered(IdentityCenterConfig target) {
        state.snapshotProperty().set(PreviewFixtures.snapshot(PreviewFixtures.demo()));
        state.targetConfigProperty().set(target);
        PreviewViewModel model = model(new ImmediateTaskExecutor());
        model.onEnter();
        return model;
    }

    private static Plan plan(IdentityCenterConfig target, PlanOptions options) {
        return Planner.plan(PreviewFixtures.demo(), target, options);
    }

    private static List<PlanRow> items(PreviewViewModel model) {
        return model.shownProperty().get().rows().stream().filter(r -> !r.isCategory()).toList();
    }

    private static PlanRow row(PreviewViewModel model, String id) {
        return model.shownProperty().get().rows().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    private static String reason(PlanRow row) {
        if (row.change() instanceof Change.Skip<?> skip) {
            return skip.reason();
        }
        return row.change() instanceof Change.Conflict<?> conflict ? conflict.reason() : null;
    }

    @Test
    void plansAgainstTheTargetAndCountsWhatThePlanCounts() {
        PreviewViewModel model = entered(PreviewFixtures.emptyTarget());

        Plan expected = plan(PreviewFixtures.emptyTarget(), PlanOptions.defaults());
        for (ChangeKind kind : ChangeKind.values()) {
            assertThat(model.countProperty(kind).get()).as(kind.label()).isEqualTo(expected.count(kind));
        }
        assertThat(model.writesProperty().get()).isEqualTo(expected.writes().size());
        assertThat(model.primaryLabelProperty().get()).isEqualTo("_Import " + expected.writes().size() + " changes ›");
        assertThat(model.isValid()).isTrue();
        assertThat(model.phaseProperty().get()).isEqualTo(PreviewViewModel.Phase.READY);
        assertThat(model.statusProperty().get()).as("the footer keeps 'Nothing has been written yet.'").isNull();
        assertThat(items(model)).hasSize(expected.changes().size());
        assertThat(model.shownProperty().get().rows().get(0).summary())
                .isEqualTo(String.format("%d create · %d skip", expected.count(Category.USERS, ChangeKind.CREATE),
                        expected.count(Category.USERS, ChangeKind.SKIP)));
        assertThat(state.planProperty().get().changes()).isEqualTo(expected.changes());
        assertThat(model.warnings()).isNotEmpty().allSatisfy(w -> assertThat(w).startsWith("⚠  "));
    }

    @Test
    void waitsForASnapshotAndForTheNewOrganization() {
        PreviewViewModel model = model(new ImmediateTaskExecutor());
        model.onEnter();
        assertThat(model.phaseProperty().get()).isEqualTo(PreviewViewModel.Phase.WAITING);
        assertThat(model.errorProperty().get().sentence()).isEqualTo(PreviewViewModel.NO_SNAPSHOT);
        assertThat(model.isValid()).isFalse();

        state.snapshotProperty().set(PreviewFixtures.snapshot(PreviewFixtures.demo()));
        model.onEnter();
        assertThat(model.errorProperty().get().sentence()).isEqualTo(PreviewViewModel.NO_TARGET);
        assertThat(model.isValid()).isFalse();
    }

    @Test
    void deselectingAUserSkipsWhatNeedsItAndTickingItAgainBringsItBack() {
        PreviewViewModel model = entered(PreviewFixtures.emptyTarget());
        int before = model.writesProperty().get();

        model.setIncluded(row(model, "user:" + DANIEL), false);

        Plan expected = plan(PreviewFixtures.emptyTarget(), PlanOptions.defaults().withDeselected(Set.of("user:" + DANIEL)));
        assertThat(model.writesProperty().get()).isEqualTo(expected.writes().size()).isEqualTo(before - 4);
        PlanRow user = row(model, "user:" + DANIEL);
        assertThat(user.kind()).isEqualTo(ChangeKind.SKIP);
        assertThat(reason(user)).isEqualTo("deselected");
        assertThat(model.isIncluded(user)).isFalse();
        assertThat(model.canToggle(user)).isTrue();
        PlanRow membership = row(model, "membership:Developers/" + DANIEL);
        assertThat(reason(membership)).isEqualTo("user " + DANIEL + " will not exist in the target (deselected)");
        assertThat(model.canToggle(membership)).as("a dependent's checkbox cannot be ticked alone").isFalse();
        PlanRow assignment = row(model, "assignment:" + DemoData.DEV + "/PowerUser/USER/" + DANIEL);
        assertThat(reason(assignment)).isEqualTo("user " + DANIEL + " will not exist in the target (deselected)");
        assertThat(state.getPlanOptions().deselected()).containsExactly("user:" + DANIEL);

        model.select(membership);
        assertThat(model.detailProperty().get().reason())
                .isEqualTo("Skipped: user " + DANIEL + " will not exist in the target (deselected).");

        model.setIncluded(user, true);
        assertThat(model.writesProperty().get()).isEqualTo(before);
        assertThat(row(model, "membership:Developers/" + DANIEL).kind()).isEqualTo(ChangeKind.CREATE);
    }

    @Test
    void untickingACategoryLeavesItOutWithItsDependents() {
        PreviewViewModel model = entered(PreviewFixtures.emptyTarget());
        PlanRow users = model.shownProperty().get().rows().get(0);
        assertThat(users.isCategory()).isTrue();

        model.setIncluded(users, false);

        assertThat(model.choices().includedProperty(Category.USERS).get()).isFalse();
        assertThat(items(model).stream().filter(r -> r.category() == Category.USERS))
                .allSatisfy(r -> assertThat(reason(r)).isEqualTo("users are not part of this import"));
        assertThat(reason(row(model, "membership:Developers/" + DANIEL)))
                .isEqualTo("user " + DANIEL + " will not exist in the target (users are not part of this import)");
        assertThat(model.choices().summaryProperty().get()).endsWith("1 category left out");
        assertThat(model.canToggle(row(model, "user:" + DANIEL))).isFalse();
    }

    @Test
    void anExternalIdentityProviderSkipsUsersAndGroups() {
        PreviewViewModel model = entered(PreviewFixtures.emptyTarget());

        model.choices().identitySourceProperty().set(IdentitySource.MATCH);

        assertThat(items(model).stream().filter(r -> r.category() == Category.USERS || r.category() == Category.GROUPS))
                .isNotEmpty()
                .allSatisfy(r -> assertThat(reason(r)).isEqualTo("not provisioned by your identity provider yet"));
        assertThat(model.countProperty(ChangeKind.CREATE).get())
                .isEqualTo(plan(PreviewFixtures.emptyTarget(), PlanOptions.defaults()
                        .withIdentitySource(IdentitySource.MATCH)).count(ChangeKind.CREATE));
        assertThat(model.choices().summaryProperty().get()).startsWith("external identity provider (SCIM)");
    }

    @Test
    void anUpdateShowsEachFieldAndCanBeTurnedOff() {
        User daniel = PreviewFixtures.demo().users().stream().filter(u -> u.userName().equals(DANIEL)).findFirst()
                .orElseThrow();
        User older = new User(daniel.userName(), "Dan Reyes", daniel.name(), daniel.nickName(), daniel.profileUrl(),
                daniel.emails(), daniel.addresses(), daniel.phoneNumbers(), daniel.userType(), "Intern",
                daniel.preferredLanguage(), daniel.locale(), daniel.timezone(), daniel.userStatus(), daniel.photos(),
                daniel.website(), daniel.birthdate(), daniel.roles(), daniel.enterprise(), daniel.externalIds(),
                daniel.origin());
        IdentityCenterConfig target = PreviewFixtures.target(List.of(older));
        PreviewViewModel model = entered(target);

        PlanRow update = row(model, "user:" + DANIEL);
        assertThat(update.kind()).isEqualTo(ChangeKind.UPDATE);
        model.select(update);
        ChangeDetail detail = model.detailProperty().get();
        assertThat(detail.kind()).isEqualTo("✎  Update");
        assertThat(detail.reason()).isEqualTo("Exists in the new organization; 2 fields change:");
        assertThat(detail.fields()).containsExactly(
                new ChangeDetail.FieldLine("displayName", "\"Dan Reyes\"", "\"" + daniel.displayName() + "\""),
                new ChangeDetail.FieldLine("title", "\"Intern\"", "\"" + daniel.title() + "\""));

        model.choices().updateExistingProperty().set(false);
        assertThat(reason(row(model, "user:" + DANIEL)))
                .isEqualTo("differs from the snapshot, and updating existing items is off");
        assertThat(model.detailProperty().get().kind()).as("the detail follows the new plan").isEqualTo("⊘  Skip");
    }

    @Test
    void aDeselectedDeletionStaysListedAsSkipped() {
        User stranger = new User("stranger@pump.example", "Stranger", null, null, null, List.of(), List.of(),
                List.of(), null, null, null, null, null, null, List.of(), null, null, List.of(), null);
        PreviewViewModel model = entered(PreviewFixtures.target(List.of(stranger)));
        assertThat(model.countProperty(ChangeKind.DELETE).get()).isZero();

        model.choices().deleteAbsentProperty().set(true);
        PlanRow deletion = row(model, "user:stranger@pump.example");
        assertThat(deletion.kind()).isEqualTo(ChangeKind.DELETE);
        int withDeletion = model.writesProperty().get();

        model.setIncluded(deletion, false);
        PlanRow kept = row(model, "user:stranger@pump.example");
        assertThat(kept.kind()).isEqualTo(ChangeKind.SKIP);
        assertThat(reason(kept)).isEqualTo("deselected: it stays in the new organization");
        assertThat(model.writesProperty().get()).isEqualTo(withDeletion - 1);

        model.setIncluded(kept, true);
        assertThat(row(model, "user:stranger@pump.example").kind()).isEqualTo(ChangeKind.DELETE);
        assertThat(model.choices().summaryProperty().get()).contains("⚠ delete items not in the snapshot");
    }

    @Test
    void searchShowAndCollapseChooseTheRows() {
        PreviewViewModel model = entered(PreviewFixtures.emptyTarget());

        model.queryProperty().set("DANIEL");
        assertThat(items(model)).extracting(PlanRow::id).contains("user:" + DANIEL, "membership:Developers/" + DANIEL)
                .allSatisfy(id -> assertThat(id).contains("daniel"));
        assertThat(model.shownProperty().get().rows()).filteredOn(PlanRow::isCategory).hasSize(10);

        model.queryProperty().set("");
        model.filterProperty().set(KindFilter.SKIP);
        assertThat(items(model)).hasSize(model.countProperty(ChangeKind.SKIP).get())
                .allSatisfy(r -> assertThat(r.kind()).isEqualTo(ChangeKind.SKIP));

        model.filterProperty().set(KindFilter.ALL);
        model.setExpanded(Category.MEMBERSHIPS, false);
        assertThat(items(model)).noneMatch(r -> r.category() == Category.MEMBERSHIPS);
        assertThat(model.shownProperty().get().rows()).filteredOn(PlanRow::isCategory).hasSize(10);
        assertThat(model.isExpanded(Category.MEMBERSHIPS)).isFalse();

        model.showOnly(ChangeKind.CREATE);
        assertThat(model.filterProperty().get()).isEqualTo(KindFilter.CREATE);
        model.showOnly(ChangeKind.UNCHANGED);
        assertThat(model.filterProperty().get()).as("the Unchanged chip filters like the others")
                .isEqualTo(KindFilter.UNCHANGED);
    }

    @Test
    void theUnchangedFilterListsTheItemsAlreadyRightAndAllChangesLeavesThemOut() {
        List<User> users = PreviewFixtures.demo().users();
        User daniel = users.stream().filter(u -> u.userName().equals(DANIEL)).findFirst().orElseThrow();
        User older = new User(daniel.userName(), "Dan Reyes", daniel.name(), daniel.nickName(), daniel.profileUrl(),
                daniel.emails(), daniel.addresses(), daniel.phoneNumbers(), daniel.userType(), daniel.title(),
                daniel.preferredLanguage(), daniel.locale(), daniel.timezone(), daniel.userStatus(), daniel.photos(),
                daniel.website(), daniel.birthdate(), daniel.externalIds(), daniel.origin());
        var target = new java.util.ArrayList<>(users);
        target.set(users.indexOf(daniel), older);
        PreviewViewModel model = entered(PreviewFixtures.target(target));
        int unchanged = users.size() - 1;
        assertThat(model.countProperty(ChangeKind.UNCHANGED).get()).isEqualTo(unchanged);
        assertThat(items(model)).as("all changes: nothing unchanged among them")
                .noneMatch(r -> r.kind() == ChangeKind.UNCHANGED).anyMatch(r -> r.id().equals("user:" + DANIEL));

        model.showOnly(ChangeKind.UNCHANGED);

        assertThat(items(model)).hasSize(unchanged).allSatisfy(r -> {
            assertThat(r.kind()).isEqualTo(ChangeKind.UNCHANGED);
            assertThat(r.category()).isEqualTo(Category.USERS);
            assertThat(model.canToggle(r)).as("nothing to write, nothing to leave out").isFalse();
            assertThat(model.isIncluded(r)).isFalse();
        });
        assertThat(items(model)).extracting(PlanRow::id).doesNotContain("user:" + DANIEL)
                .contains("user:sarah.obrien@larkspur.example");
        assertThat(model.shownProperty().get().rows()).filteredOn(PlanRow::isCategory).first()
                .extracting(PlanRow::summary).asString().startsWith(unchanged + " shown · ");

        PlanRow sarah = row(model, "user:sarah.obrien@larkspur.example");
        model.select(sarah);
        ChangeDetail detail = model.detailProperty().get();
        assertThat(detail.kind()).isEqualTo("=  Unchanged");
        assertThat(detail.reason()).isEqualTo("Already in the new organization as the snapshot has it: the import "
                + "leaves it as it is.");
        assertThat(detail.facts()).isNotEmpty();
        int writes = model.writesProperty().get();
        model.setIncluded(sarah, false);
        assertThat(model.writesProperty().get()).as("an unchanged item cannot be deselected").isEqualTo(writes);

        model.queryProperty().set("OBRIEN");
        assertThat(items(model)).extracting(PlanRow::id).containsExactly("user:sarah.obrien@larkspur.example");
        assertThat(model.shownProperty().get().selected()).as("the selection is found again").isSameAs(sarah);

        model.queryProperty().set("");
        model.filterProperty().set(KindFilter.ALL);
        assertThat(items(model)).noneMatch(r -> r.kind() == ChangeKind.UNCHANGED);
        assertThat(model.detailProperty().get()).as("the hidden item leaves the detail").isNull();
    }

    @Test
    void theSelectionIsFoundAgainAfterASearch() {
        PreviewViewModel model = entered(PreviewFixtures.emptyTarget());
        model.select(row(model, "user:" + DANIEL));

        model.queryProperty().set("reyes");

        ShownRows shown = model.shownProperty().get();
        assertThat(shown.selected().id()).isEqualTo("user:" + DANIEL);
        assertThat(shown.rows().get(shown.selectedIndex())).isSameAs(shown.selected());
    }

    @Test
    void importAsksForTheAccountIdAndAdvancesOnlyOnceItIsTyped() {
        state.targetProperty().set(new AccountIdentity(DemoData.TARGET_DELEGATED_ADMIN, "larkspur-identity",
                DemoData.TARGET_REGION, true));
        PreviewViewModel model = entered(PreviewFixtures.emptyTarget());

        assertThat(model.onPrimary()).as("the step advances itself once confirmed").isFalse();
        Confirmation asked = model.confirmationProperty().get();
        assertThat(asked.account()).isEqualTo("888888888888 (larkspur-identity) · eu-west-1");
        assertThat(asked.writes()).isEqualTo(model.writesProperty().get());
        assertThat(asked.lines().get(0)).startsWith("Create: 39 users, 8 groups, ");

        assertThat(model.confirm("111111111111")).isFalse();
        assertThat(model.confirm("1234")).isFalse();
        assertThat(advances).isZero();
        model.cancelConfirmation();
        assertThat(model.confirmationProperty().get()).isNull();
        assertThat(model.confirm("8888")).as("no confirmation is being asked for").isFalse();

        model.onPrimary();
        assertThat(model.confirm("8888")).isTrue();
        assertThat(advances).isEqualTo(1);
        assertThat(model.confirmationProperty().get()).isNull();
    }

    @Test
    void nothingToChangeMeansNoImport() {
        IdentityCenterConfig demo = PreviewFixtures.demo();
        IdentityCenterConfig same = new IdentityCenterConfig(PreviewFixtures.TARGET_SOURCE,
                PreviewFixtures.emptyTarget().accounts(), demo.users(), demo.groups(), demo.memberships(),
                demo.permissionSets(), List.of(), demo.accessControl(), List.of());
        PreviewViewModel model = entered(same);
        model.choices().includedProperty(Category.ASSIGNMENTS).set(false);

        assertThat(model.writesProperty().get()).isZero();
        assertThat(model.primaryLabelProperty().get()).isEqualTo("Nothing to change");
        assertThat(model.isValid()).isFalse();
        assertThat(model.onPrimary()).isFalse();
        assertThat(model.confirmationProperty().get()).isNull();
    }

    @Test
    void theAccountMapSkipsAnAccountsAssignments() {
        PreviewViewModel model = entered(PreviewFixtures.emptyTarget());

        model.choices().accountMapProperty().set(new AccountMap(java.util.Map.of(), Set.of(DemoData.DEV)));

        assertThat(items(model).stream().filter(r -> r.id().startsWith("assignment:" + DemoData.DEV)))
                .isNotEmpty()
                .allSatisfy(r -> assertThat(reason(r)).isEqualTo("account " + DemoData.DEV
                        + " is skipped by the account map"));
        assertThat(model.choices().summaryProperty().get()).contains("accounts: 1 account skipped");
    }

    @Test
    void aFailedPlanIsSaidInASentence() {
        state.snapshotProperty().set(PreviewFixtures.snapshot(PreviewFixtures.demo()));
        state.targetConfigProperty().set(PreviewFixtures.emptyTarget());
        PreviewViewModel model = model(ImmediateTaskExecutor.failingWith(new IllegalStateException("boom")));

        model.onEnter();

        assertThat(model.phaseProperty().get()).isEqualTo(PreviewViewModel.Phase.FAILED);
        assertThat(model.errorProperty().get().sentence())
                .isEqualTo("The preview could not be made. The log file has the technical details for support.");
        assertThat(model.errorProperty().get().details()).isEqualTo("IllegalStateException: boom");
        assertThat(model.isValid()).isFalse();
        assertThat(model.busyProperty().get()).isFalse();
    }
}
