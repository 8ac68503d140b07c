package co.pump.icm.ui.shell;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import co.pump.icm.ui.components.DemoRibbon;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.WindowEvent;

/**
 * The main window's frame (ShellView.fxml): demo ribbon and header on top, the step rail on the
 * left, the current step in the middle, Back, the status sentence and the primary button at the
 * bottom. Dropping a {@code .json} file anywhere opens it in the snapshot inspector.
 */
public final class ShellView {

    private final ShellViewModel model;
    /** The focus fell to the rail and the step had nothing to take it yet. */
    private boolean focusOwed;

    @FXML private BorderPane root;
    @FXML private DemoRibbon demoRibbon;
    @FXML private Label fromIdentity;
    @FXML private Label toIdentity;
    @FXML private ToggleButton themeToggle;
    @FXML private StackPane stepContent;
    @FXML private Button backButton;
    @FXML private Label statusText;
    @FXML private Button primaryButton;

    public ShellView(ShellViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        demoRibbon.activeProperty().bind(model.demoMode());
        fromIdentity.textProperty().bind(model.fromText());
        fromIdentity.visibleProperty().bind(model.fromText().isNotEmpty());
        fromIdentity.managedProperty().bind(fromIdentity.visibleProperty());
        toIdentity.textProperty().bind(model.toText());
        toIdentity.visibleProperty().bind(model.toText().isNotEmpty());
        toIdentity.managedProperty().bind(toIdentity.visibleProperty());
        themeToggle.selectedProperty().bindBidirectional(model.dark());
        StepRail rail = new StepRail(model.flow());
        root.setLeft(rail);
        // While the step works, nothing of it may take the focus (every control disabled): once it
        // is done, the focus the rail was given meanwhile goes back to the step.
        model.canGoBack().addListener((obs, was, now) -> {
            Node owner = root.getScene() == null ? null : root.getScene().getFocusOwner();
            if (now && focusOwed && owner != null && isInside(owner, rail)) {
                focusStepLater();
            }
        });
        root.sceneProperty().addListener((obs, was, scene) -> {
            if (scene != null) {
                scene.focusOwnerProperty().addListener((o, before, now) -> keepFocusOffTheRail(rail, before, now));
                // Before the window shows, no focus request holds, and JavaFX then gives the focus to
                // the window's first control: the header's theme toggle, where Enter switches the
                // theme. Once shown, the step's own first control (or Next) takes it.
                scene.windowProperty().addListener((o, before, window) -> {
                    if (window != null && window.isShowing()) {
                        javafx.application.Platform.runLater(this::focusCurrentStep);
                    } else if (window != null) {
                        window.addEventHandler(WindowEvent.WINDOW_SHOWN, event -> focusCurrentStep());
                    }
                });
            }
        });
        statusText.textProperty().bind(model.status());
        primaryButton.textProperty().bind(model.primaryLabel());
        primaryButton.disableProperty().bind(model.canAdvance().not());
        primaryButton.setOnAction(event -> model.primary());
        backButton.disableProperty().bind(model.canGoBack().not());
        backButton.setOnAction(event -> model.back());
        primaryButton.disabledProperty().addListener((obs, was, disabled) -> {
            if (!disabled) {
                focusPrimaryUnlessTyping();
            } else if (primaryButton.isFocused()) {
                // The focus must not fall to the rail (where Enter would go back to Start): the step's first control.
                focusStepLater();
            }
        });
        model.flow().currentProperty().addListener((obs, was, now) -> showCurrentStep());
        showCurrentStep();
        root.setOnDragOver(this::dragOver);
        root.setOnDragDropped(this::dropped);
    }

    private void showCurrentStep() {
        Parent view = model.flow().currentView();
        stepContent.getChildren().setAll(view);
        // Skins (a ScrollPane's content among them) exist only after CSS: then the first control can be found.
        view.applyCss();
        focusCurrentStep();
    }

    /** Enter means Next when the step can go on; otherwise the step's first control has the focus. */
    private void focusCurrentStep() {
        if (!primaryButton.isDisabled()) {
            primaryButton.requestFocus();
        } else if (!stepContent.getChildren().isEmpty()) {
            firstFocusable(stepContent.getChildren().get(0)).ifPresentOrElse(Node::requestFocus, this::focusStepLater);
        }
    }

    /** Focuses the step's first control once it is laid out (a scrolling page's content exists then). */
    private void focusStepLater() {
        javafx.application.Platform.runLater(() -> {
            if (stepContent.getChildren().isEmpty()) {
                return;
            }
            stepContent.getChildren().get(0).applyCss();
            firstFocusable(stepContent.getChildren().get(0)).ifPresent(first -> {
                focusOwed = false;
                first.requestFocus();
            });
        });
    }

    /**
     * A step that becomes valid by itself (background checks that passed) makes Enter mean Next
     * again, unless the user is typing in one of its fields.
     */
    private void focusPrimaryUnlessTyping() {
        Node owner = root.getScene() == null ? null : root.getScene().getFocusOwner();
        if (!(owner instanceof TextInputControl) || !isInside(owner, stepContent)) {
            primaryButton.requestFocus();
        }
    }

    /**
     * A focused control that is disabled or hidden (Cancel once pressed, a button its work replaced)
     * hands the focus to the next in line: the rail's first row, where Enter or Space would go back
     * to Start. The focus goes to the step's first control instead. Tab and a click on the rail
     * still reach it: the control they leave is still there and enabled.
     */
    private void keepFocusOffTheRail(StepRail rail, Node before, Node now) {
        if (before == null || now == null || !isInside(now, rail) || isInside(before, rail)) {
            return;
        }
        if (before.isDisabled() || !shown(before) || before.getScene() != now.getScene()) {
            focusOwed = true;
            focusStepLater();
        }
    }

    /** True when the node and every parent are visible. */
    private static boolean shown(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (at == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static Optional<Node> firstFocusable(Node node) {
        if (!node.isVisible() || node.isDisabled()) {
            return Optional.empty();
        }
        if (node.isFocusTraversable()) {
            return Optional.of(node);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                Optional<Node> found = firstFocusable(child);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    private void dragOver(DragEvent event) {
        if (event.getDragboard().hasFiles()
                && model.droppedSnapshot(paths(event.getDragboard().getFiles())).isPresent()) {
            event.acceptTransferModes(TransferMode.COPY);
        }
        event.consume();
    }

    private void dropped(DragEvent event) {
        boolean done = event.getDragboard().hasFiles() && model.drop(paths(event.getDragboard().getFiles()));
        event.setDropCompleted(done);
        event.consume();
    }

    private static List<Path> paths(List<File> files) {
        return files.stream().map(File::toPath).toList();
    }
}
