package co.pump.icm.ui.signin;

import co.pump.icm.aws.signin.CheckStatus;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What the right-hand side of a sign-in step shows: one sentence over the checklist (the verdict,
 * with its mark) and the checklist's lines. Empty before the first check and while one runs.
 */
public final class SignInChecklist {

    private final ReadOnlyObjectWrapper<SignInOutcome> outcome = new ReadOnlyObjectWrapper<>(this, "outcome");
    private final ObservableList<ChecklistLine> lines = FXCollections.observableArrayList();
    private final ObservableList<ChecklistLine> linesView = FXCollections.unmodifiableObservableList(lines);
    private final ReadOnlyStringWrapper verdict = new ReadOnlyStringWrapper(this, "verdict", "");
    private final ReadOnlyObjectWrapper<CheckStatus> verdictStatus = new ReadOnlyObjectWrapper<>(this, "verdictStatus");

    SignInChecklist() {
    }

    /** The lines of the last check, in order: credentials, organization, IAM Identity Center, users and groups, role. */
    public ObservableList<ChecklistLine> lines() {
        return linesView;
    }

    /** E.g. {@code ✓ Ready: you can export from account 111111111111 (larkspur-management).}, or empty. */
    public ReadOnlyStringProperty verdictProperty() {
        return verdict.getReadOnlyProperty();
    }

    /** The verdict's mark: OK, WARNING (ready, with warnings to read) or PROBLEM; null before a check. */
    public ReadOnlyObjectProperty<CheckStatus> verdictStatusProperty() {
        return verdictStatus.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<SignInOutcome> outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    SignInOutcome outcome() {
        return outcome.get();
    }

    void show(SignInOutcome checked) {
        outcome.set(checked);
        lines.setAll(checked.lines());
        verdict.set(checked.verdict());
        verdictStatus.set(checked.verdictStatus());
    }

    void clear() {
        outcome.set(null);
        lines.clear();
        verdict.set("");
        verdictStatus.set(null);
    }
}
