package co.pump.icm.ui.inspector;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import co.pump.icm.ui.TestFiles;
import co.pump.icm.ui.tasks.ImmediateTaskExecutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The inspector's logic without a screen: loading, counts, search, details, invalid files, comparison. */
class InspectorViewModelTest {

    @TempDir
    Path directory;

    private final TestFiles.QueuedFilePicker files = new TestFiles.QueuedFilePicker();
    private final InspectorViewModel model = new InspectorViewModel(new ImmediateTaskExecutor(), files);

    @Test
    void loadsEveryCategoryWithCountsAndTheSource() {
        model.open(SnapshotFiles.demo(directory, "larkspur.json"));

        assertThat(model.phaseProperty().get()).isEqualTo(InspectorViewModel.Phase.LOADED);
        assertThat(model.tables()).extracting(table -> table.title().get()).containsExactly("Users (40)",
                "Groups (8)", "Memberships (43)", "Permission sets (12)", "Assignments (60)",
                "ABAC attributes (3)", "Token issuers (0)", "Applications (5)", "Access scopes (0)",
                "App assignments (0)", "Accounts (6)");
        assertThat(model.digestTextProperty().get()).isEqualTo("✓ VALID — unchanged since export");
        assertThat(model.sourceFacts()).contains(new Fact("Account", "111111111111"), new Fact("Region", "us-east-1"));
    }

    @Test
    void theSearchFiltersEveryTableAndStaysWhenTheTabChanges() {
        model.open(SnapshotFiles.demo(directory, "larkspur.json"));

        model.queryProperty().set("  DATA ");
        assertThat(model.tables().get(0).title().get()).startsWith("Users (").endsWith(" of 40)");
        assertThat(model.tables().get(0).shown()).allSatisfy(row -> assertThat(row.searchText()).contains("data"));
        assertThat(model.tables().get(3).title().get()).as("every tab is searched").isEqualTo("Permission sets (3 of 12)");

        model.selectedTableProperty().set(3);
        assertThat(model.tables().get(0).title().get()).startsWith("Users (").endsWith(" of 40)");
        assertThat(model.tables().get(3).title().get()).isEqualTo("Permission sets (3 of 12)");

        model.queryProperty().set("");
        assertThat(model.tables().get(3).title().get()).isEqualTo("Permission sets (12)");
        assertThat(model.tables().get(0).title().get()).isEqualTo("Users (40)");
    }

    @Test
    void detailsOfAUserAndAGroupUseTheLookups() {
        model.open(SnapshotFiles.demo(directory, "larkspur.json"));
        CategoryTable<?> users = model.tables().get(0);
        Row<?> maya = users.all().stream().filter(r -> r.searchText().contains("maya.okafor")).findFirst().orElseThrow();

        model.select(0, maya);

        ItemDetail detail = model.detailProperty().get();
        assertThat(detail.title()).startsWith("maya.okafor");
        assertThat(detail.fact("Groups")).isEqualTo("Cloud Admins");
        assertThat(detail.inlinePolicy()).isNull();

        model.selectedTableProperty().set(1);
        assertThat(model.detailProperty().get()).as("a new tab starts with nothing selected").isNull();
        model.select(1, model.tables().get(1).all().get(0));
        assertThat(model.detailProperty().get().fact("Members")).isNotNull();
    }

    @Test
    void anInvalidFileGivesItsMessageAndProblems() {
        model.open(SnapshotFiles.invalidUsers(directory));

        assertThat(model.phaseProperty().get()).isEqualTo(InspectorViewModel.Phase.INVALID);
        assertThat(model.invalidMessageProperty().get())
                .isEqualTo("broken.json: users[40] (zz bad name): userName must not contain whitespace (and 1 more problem)");
        assertThat(model.problems()).containsExactly(
                "broken.json: users[40] (zz bad name): userName must not contain whitespace",
                "broken.json: users[41] (zz other bad): userName must not contain whitespace");
    }

    @Test
    void aMissingFileIsInvalidWithASentence() {
        model.open(directory.resolve("gone.json"));

        assertThat(model.phaseProperty().get()).isEqualTo(InspectorViewModel.Phase.INVALID);
        assertThat(model.invalidMessageProperty().get()).contains("gone.json");
    }

    @Test
    void comparesWithASecondFile() {
        model.open(SnapshotFiles.demo(directory, "before.json"));
        files.answer(SnapshotFiles.changedDemo(directory, "after.json"));

        model.chooseAndCompare();

        assertThat(model.comparisonProperty().get().summary()).isEqualTo("3 differences between before.json and after.json.");
        assertThat(model.comparingProperty().get()).isFalse();
        assertThat(model.errorProperty().get()).isNull();
    }
}
