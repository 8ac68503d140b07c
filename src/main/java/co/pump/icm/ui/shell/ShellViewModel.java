package co.pump.icm.ui.shell;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import co.pump.icm.ui.state.AccountIdentity;
import co.pump.icm.ui.state.MigrationState;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;

/**
 * The window around the steps: the header's identities, the footer's status sentence and
 * buttons, the demo ribbon, the theme, dropped files. Holds no nodes.
 */
public final class ShellViewModel {

    /** The footer's sentence until the import writes. */
    public static final String NOTHING_WRITTEN = "Nothing has been written yet.";
    /** The footer's sentence once the import has started writing. */
    public static final String WRITTEN = "Changes have been written to the new organization.";

    private final WizardFlow flow;
    private final MigrationState state;
    private final BooleanProperty dark;
    private final StringBinding from;
    private final StringBinding to;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status");
    private final ReadOnlyStringWrapper primaryLabel = new ReadOnlyStringWrapper(this, "primaryLabel");

    /**
     * @param dark the theme choice (see {@code Appearance#darkProperty()}), bound to the header's toggle
     */
    public ShellViewModel(WizardFlow flow, BooleanProperty dark) {
        this.flow = flow;
        this.state = flow.context().state();
        this.dark = dark;
        this.from = identity("FROM", state.sourceProperty());
        this.to = identity("TO", state.targetProperty());
        flow.currentModelProperty().addListener((obs, was, now) -> follow(now));
        follow(flow.currentModelProperty().get());
    }

    public WizardFlow flow() {
        return flow;
    }

    /** {@code FROM 111111111111 (acme-management) · us-east-1 ✓}, or empty until signed in. */
    public StringBinding fromText() {
        return from;
    }

    /** {@code TO 888888888888 (acme-identity-admin) · eu-west-1 ✓}, or empty until signed in. */
    public StringBinding toText() {
        return to;
    }

    /** Whether the demo ribbon shows. */
    public ReadOnlyBooleanProperty demoMode() {
        return state.demoModeProperty();
    }

    /** The footer's sentence: the step's own, or whether anything has been written. */
    public ReadOnlyStringProperty status() {
        return status.getReadOnlyProperty();
    }

    /** The primary button's text, as the current step wants it. */
    public ReadOnlyStringProperty primaryLabel() {
        return primaryLabel.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canAdvance() {
        return flow.canAdvanceProperty();
    }

    public ReadOnlyBooleanProperty canGoBack() {
        return flow.canGoBackProperty();
    }

    /** True for the dark theme; remembered for the next run. */
    public BooleanProperty dark() {
        return dark;
    }

    public void primary() {
        flow.primary();
    }

    public void back() {
        flow.back();
    }

    /** The snapshot file among dropped files: the first {@code .json} file, if any. */
    public Optional<Path> droppedSnapshot(List<Path> files) {
        return files.stream()
                .filter(file -> file.getFileName() != null
                        && co.pump.icm.ui.app.FileKind.SNAPSHOT.matches(file.getFileName().toString()))
                .filter(Files::isRegularFile)
                .findFirst();
    }

    /** Opens a dropped snapshot file in the inspector; returns whether there was one. */
    public boolean drop(List<Path> files) {
        Optional<Path> snapshot = droppedSnapshot(files);
        snapshot.ifPresent(file -> flow.context().windows().openInspector(file));
        return snapshot.isPresent();
    }

    private void follow(StepViewModel step) {
        status.unbind();
        primaryLabel.unbind();
        status.bind(Bindings.createStringBinding(
                () -> step.statusProperty().get() != null ? step.statusProperty().get()
                        : state.isWritesStarted() ? WRITTEN : NOTHING_WRITTEN,
                step.statusProperty(), state.writesStartedProperty()));
        primaryLabel.bind(step.primaryLabelProperty());
    }

    private static StringBinding identity(String side, ObservableValue<AccountIdentity> identity) {
        return Bindings.createStringBinding(
                () -> identity.getValue() == null ? "" : side + " " + identity.getValue().display(), identity);
    }
}
