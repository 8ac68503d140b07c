package co.pump.icm.ui.inspector;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import co.pump.icm.kind.ConfigurationComparer;
import co.pump.icm.model.SourceInfo;
import co.pump.icm.snapshot.Snapshot;
import co.pump.icm.snapshot.SnapshotException;
import co.pump.icm.snapshot.SnapshotProblem;
import co.pump.icm.snapshot.SnapshotReader;
import co.pump.icm.ui.app.FilePicker;
import co.pump.icm.ui.compare.ComparisonModel;
import co.pump.icm.ui.errors.UserError;
import co.pump.icm.ui.tasks.BackgroundTask;
import co.pump.icm.ui.tasks.TaskExecutor;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The snapshot inspector: reads a file in the background, then offers its categories as
 * searchable tables, the detail of the selected item, the source and digest at the top, and a
 * comparison with a second file. An invalid file shows its validation message and problems.
 * Holds no nodes.
 */
public final class InspectorViewModel {

    /** Where the inspector is with its file. */
    public enum Phase { LOADING, LOADED, INVALID }

    private final TaskExecutor tasks;
    private final FilePicker files;
    private final SnapshotTables tables = new SnapshotTables();
    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(this, "phase", Phase.LOADING);
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyObjectWrapper<Snapshot> snapshot = new ReadOnlyObjectWrapper<>(this, "snapshot");
    private final ReadOnlyStringWrapper digestText = new ReadOnlyStringWrapper(this, "digestText", "");
    private final ReadOnlyBooleanWrapper edited = new ReadOnlyBooleanWrapper(this, "edited");
    private final ObservableList<Fact> sourceFacts = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper invalidMessage = new ReadOnlyStringWrapper(this, "invalidMessage", "");
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ObjectProperty<UserError> error = new SimpleObjectProperty<>(this, "error");
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final IntegerProperty selectedTable = new SimpleIntegerProperty(this, "selectedTable");
    private final ObjectProperty<ItemDetail> detail = new SimpleObjectProperty<>(this, "detail");
    private final ReadOnlyObjectWrapper<ComparisonModel> comparison = new ReadOnlyObjectWrapper<>(this, "comparison");
    private final ReadOnlyBooleanWrapper comparing = new ReadOnlyBooleanWrapper(this, "comparing");

    public InspectorViewModel(TaskExecutor tasks, FilePicker files) {
        this.tasks = tasks;
        this.files = files;
        // The search covers every tab (their titles count what matches, "Users (3 of 40)"), so
        // that a person sees where else the name they typed appears.
        query.addListener((obs, was, now) -> filterAll(now));
        selectedTable.addListener((obs, was, now) -> detail.set(null));
    }

    /** Reads the file in the background; the phase says when it is loaded or invalid. */
    public void open(Path snapshotFile) {
        file.set(snapshotFile);
        phase.set(Phase.LOADING);
        BackgroundTask.of("Reading " + name(snapshotFile), progress -> {
            Snapshot read = SnapshotReader.read(snapshotFile);
            return new Loaded(read, SnapshotTables.prepare(read.config()));
        }).onSuccess(this::show).onFailure(this::showInvalid).executeWith(tasks);
    }

    /** Asks for a second snapshot file and compares this one with it. */
    public void chooseAndCompare() {
        files.openSnapshot("Compare with another snapshot file").ifPresent(this::compareWith);
    }

    /** Compares this snapshot (left) with another file (right), in the background. */
    public void compareWith(Path other) {
        Snapshot left = snapshot.get();
        if (left == null || comparing.get()) {
            return;
        }
        comparing.set(true);
        error.set(null);
        String leftLabel = name(file.get());
        String rightLabel = name(other);
        BackgroundTask.of("Comparing " + leftLabel + " with " + rightLabel, progress -> {
            Snapshot right = SnapshotReader.read(other);
            return ComparisonModel.of(ConfigurationComparer.compare(left.config(), right.config()), leftLabel,
                    rightLabel);
        }).onSuccess(comparison::set)
                .onFailure(failure -> error.set(compareError(rightLabel, failure)))
                .onFinished(() -> comparing.set(false))
                .executeWith(tasks);
    }

    /** Shows the detail of a row of the table at {@code index}; null clears it. */
    public void select(int index, Row<?> row) {
        detail.set(row == null ? null : tableAt(index).detailOf(row));
    }

    public List<CategoryTable<?>> tables() {
        return tables.all();
    }

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Snapshot> snapshotProperty() {
        return snapshot.getReadOnlyProperty();
    }

    /** "✓ VALID — unchanged since export" or "⚠ EDITED — …" with the reason. */
    public ReadOnlyStringProperty digestTextProperty() {
        return digestText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty editedProperty() {
        return edited.getReadOnlyProperty();
    }

    /** Where the snapshot was exported from, and when, by what. */
    public ObservableList<Fact> sourceFacts() {
        return sourceFacts;
    }

    /** The validation message of an invalid file (the sentence of its {@link SnapshotException}). */
    public ReadOnlyStringProperty invalidMessageProperty() {
        return invalidMessage.getReadOnlyProperty();
    }

    /** The problems of an invalid file, in file order. */
    public ObservableList<String> problems() {
        return problems;
    }

    /** A failure to show: a comparison that could not be made, or an unexpected read failure. */
    public ObjectProperty<UserError> errorProperty() {
        return error;
    }

    private void filterAll(String text) {
        for (CategoryTable<?> table : tables()) {
            table.filter(text);
        }
    }

    /** The search text; filters every tab (and the Differences). */
    public StringProperty queryProperty() {
        return query;
    }

    /** The index of the selected table (tab). */
    public IntegerProperty selectedTableProperty() {
        return selectedTable;
    }

    public ObjectProperty<ItemDetail> detailProperty() {
        return detail;
    }

    /** The change list of the last comparison, or null. */
    public ReadOnlyObjectProperty<ComparisonModel> comparisonProperty() {
        return comparison.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty comparingProperty() {
        return comparing.getReadOnlyProperty();
    }

    /** The file's name as titles show it. */
    public static String name(Path path) {
        return path == null ? "" : path.getFileName() == null ? path.toString() : path.getFileName().toString();
    }

    private record Loaded(Snapshot snapshot, SnapshotTables.Prepared tables) {
    }

    private void show(Loaded loaded) {
        Snapshot read = loaded.snapshot();
        tables.fill(loaded.tables());
        snapshot.set(read);
        edited.set(read.edited());
        digestText.set(read.edited()
                ? "⚠ EDITED — " + SnapshotReader.editedMessage(file.get(), read)
                : "✓ VALID — unchanged since export");
        sourceFacts.setAll(facts(read));
        filterAll(query.get());
        phase.set(Phase.LOADED);
    }

    private void showInvalid(Throwable failure) {
        if (failure instanceof SnapshotException invalid) {
            invalidMessage.set(invalid.getMessage());
            var lines = new ArrayList<String>();
            for (SnapshotProblem problem : invalid.problems()) {
                lines.add(problem.toString());
            }
            int more = invalid.problemCount() - invalid.problems().size();
            if (more > 0) {
                lines.add("… and " + more + " more");
            }
            problems.setAll(lines);
        } else {
            UserError shown = UserError.of(failure, name(file.get()) + " could not be read.");
            invalidMessage.set(shown.sentence());
            problems.clear();
            error.set(shown.hasDetails() ? new UserError("Technical details of the failure:", shown.details()) : null);
        }
        phase.set(Phase.INVALID);
    }

    private static UserError compareError(String rightLabel, Throwable failure) {
        if (failure instanceof SnapshotException invalid) {
            var details = new ArrayList<String>();
            invalid.problems().forEach(problem -> details.add(problem.toString()));
            return new UserError(rightLabel + " cannot be compared: it is not a valid snapshot. "
                    + invalid.getMessage(), String.join("\n", details));
        }
        return UserError.of(failure, "The comparison with " + rightLabel + " could not be made.");
    }

    private static List<Fact> facts(Snapshot read) {
        SourceInfo s = read.config().source();
        var facts = new ArrayList<Fact>();
        if (s != null) {
            add(facts, "Account", s.accountId());
            add(facts, "Organization", s.organizationId());
            add(facts, "Management account", s.managementAccountId());
            add(facts, "Region", s.region());
            add(facts, "Identity store", s.identityStoreId());
            add(facts, "Instance", s.instanceName() != null ? s.instanceName() : s.instanceArn());
            add(facts, "Read by", s.callerArn());
        }
        add(facts, "Exported", read.exportedAt() == null ? null : read.exportedAt().toString());
        add(facts, "Written by", writtenBy(read.tool()));
        return facts;
    }

    /**
     * The tool that wrote the file, as the screen calls it: the file records the command's name and
     * version ({@code icm 1.2.0}); on screen the product is Identity Center Migrator.
     */
    static String writtenBy(String tool) {
        return tool != null && tool.startsWith("icm ") ? "Identity Center Migrator " + tool.substring(4) : tool;
    }

    private static void add(List<Fact> facts, String name, String value) {
        if (value != null && !value.isBlank()) {
            facts.add(new Fact(name, value));
        }
    }

    private CategoryTable<?> tableAt(int index) {
        List<CategoryTable<?>> all = tables.all();
        return all.get(Math.max(0, Math.min(index, all.size() - 1)));
    }
}
