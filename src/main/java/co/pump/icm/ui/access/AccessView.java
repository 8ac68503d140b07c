package co.pump.icm.ui.access;

import java.util.List;
import java.util.stream.Collectors;

import co.pump.icm.ui.errors.ErrorPane;
import co.pump.icm.ui.importing.ProgressText;
import co.pump.icm.verify.IdentityProviderChecklist;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The Test step's view (AccessView.fxml): the cards "Compare with the snapshot", "Portal URL" and
 * "Sign in as a user", and for an external identity provider what to set up there.
 */
public final class AccessView {

    private final AccessViewModel model;

    @FXML private ProgressIndicator driftSpinner;
    @FXML private Label driftHeadline;
    @FXML private VBox driftList;
    @FXML private Label driftNote;
    @FXML private Button compareButton;
    @FXML private Button driftCancel;
    @FXML private ErrorPane driftError;
    @FXML private TextField portalUrl;
    @FXML private Button copyPortal;
    @FXML private Button openPortal;
    @FXML private Label portalProblem;
    @FXML private Label portalFeedback;
    @FXML private Hyperlink portalDefault;
    @FXML private Label demoPortalNote;
    @FXML private VBox idpCard;
    @FXML private VBox idpSteps;
    @FXML private Label idpProvisioned;
    @FXML private Label signInUserLabel;
    @FXML private ComboBox<String> signInUser;
    @FXML private Button signInButton;
    @FXML private VBox codeBox;
    @FXML private Label deviceCode;
    @FXML private Label codeHint;
    @FXML private Button openBrowser;
    @FXML private Button approveDemo;
    @FXML private Button signInCancel;
    @FXML private HBox signInActions;
    @FXML private ProgressIndicator signInSpinner;
    @FXML private Label signInHeadline;
    @FXML private VBox accessChecks;
    @FXML private Label signInFeedback;
    @FXML private ErrorPane signInError;

    public AccessView(AccessViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        bindDrift(model.drift());
        bindPortal(model.portal());
        showWhen(demoPortalNote, model.demoProperty());
        showWhen(idpCard, model.checklistProperty().isNotNull());
        model.checklistProperty().addListener((obs, was, now) -> showChecklist(now));
        showChecklist(model.checklistProperty().get());
        signInUserLabel.setLabelFor(signInUser);
        showWhen(signInActions, signInCancel.visibleProperty());
        new SignInCardView(model, signInUser, signInButton, codeBox, deviceCode, codeHint, openBrowser, approveDemo,
                signInCancel, signInSpinner, signInHeadline, accessChecks, signInFeedback, signInError).bind();
    }

    private void showChecklist(IdentityProviderChecklist checklist) {
        idpSteps.getChildren().clear();
        if (checklist == null) {
            return;
        }
        int number = 1;
        for (String step : checklist.steps()) {
            var line = new Label(number++ + ".  " + step);
            line.setWrapText(true);
            line.getStyleClass().add("idp-step");
            idpSteps.getChildren().add(line);
        }
        idpProvisioned.setText(checklist.allProvisioned()
                ? "✓ Every user and group of the snapshot has arrived in the new organization."
                : "⚠ Not provisioned yet: " + names(checklist.usersNotProvisioned(), "user", "users") + "; "
                + names(checklist.groupsNotProvisioned(), "group", "groups") + ".");
    }

    private static String names(List<String> names, String one, String many) {
        String list = names.stream().limit(5).collect(Collectors.joining(", "));
        return ProgressText.plural(names.size(), one, many) + (names.isEmpty() ? "" : " (" + list
                + (names.size() > 5 ? ", …" : "") + ")");
    }

    private void bindDrift(DriftCard drift) {
        var checking = drift.stateProperty().isEqualTo(DriftCard.State.CHECKING);
        showWhen(driftSpinner, checking);
        driftHeadline.textProperty().bind(drift.headlineProperty());
        showWhen(driftHeadline, drift.headlineProperty().isNotEmpty());
        drift.drift().addListener((javafx.collections.ListChangeListener<DriftLine>) change -> showDrift(drift));
        showDrift(drift);
        showWhen(driftList, Bindings.isNotEmpty(drift.drift()));
        driftNote.textProperty().bind(drift.noteProperty());
        showWhen(driftNote, drift.noteProperty().isNotEmpty());
        compareButton.disableProperty().bind(checking);
        compareButton.setOnAction(event -> model.compare());
        showWhen(driftCancel, checking);
        driftCancel.setOnAction(event -> drift.cancel());
        driftError.errorProperty().bind(drift.errorProperty());
    }

    private void showDrift(DriftCard drift) {
        driftList.getChildren().clear();
        for (DriftLine line : drift.drift()) {
            var label = new Label(line.text());
            label.setWrapText(true);
            label.getStyleClass().add("drift-line");
            driftList.getChildren().add(label);
        }
    }

    private void bindPortal(PortalCard portal) {
        portalUrl.textProperty().bindBidirectional(portal.urlProperty());
        var usable = portal.problemProperty().isNull();
        copyPortal.disableProperty().bind(usable.not());
        // In the demo the address is not on the internet: opening it could only fail.
        openPortal.disableProperty().bind(usable.not().or(model.demoProperty()));
        copyPortal.setOnAction(event -> portal.copy());
        openPortal.setOnAction(event -> portal.open());
        portalProblem.textProperty().bind(portal.problemProperty());
        showWhen(portalProblem, usable.not());
        portalFeedback.textProperty().bind(portal.feedbackProperty());
        showWhen(portalFeedback, portal.feedbackProperty().isNotEmpty());
        showWhen(portalDefault, portal.defaultUrlProperty().isNotEmpty()
                .and(portal.urlProperty().isNotEqualTo(portal.defaultUrlProperty())));
        portalDefault.setOnAction(event -> portal.useDefault());
    }

    static void showWhen(Node node, ObservableValue<Boolean> condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(node.visibleProperty());
    }
}
