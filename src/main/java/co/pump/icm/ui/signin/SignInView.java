package co.pump.icm.ui.signin;

import java.util.Map;
import java.util.function.Function;

import co.pump.icm.aws.signin.AwsProfile;
import co.pump.icm.aws.signin.CheckStatus;
import co.pump.icm.aws.signin.DeviceCode;
import co.pump.icm.aws.signin.PortalAccount;
import co.pump.icm.aws.signin.PortalRole;
import co.pump.icm.ui.errors.ErrorPane;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;

/**
 * A sign-in step's view (SignInView.fxml): the headline, one tab per way to sign in, the
 * collapsed endpoint field, and the checklist. Only builds and binds; the secret fields are
 * {@link PasswordField}s and nothing else ever shows what they hold.
 */
public final class SignInView {

    private final SignInViewModel model;

    @FXML private Label headline;
    @FXML private Label where;
    @FXML private ToggleButton profileTab;
    @FXML private ToggleButton identityCenterTab;
    @FXML private ToggleButton accessKeysTab;
    @FXML private VBox profilePane;
    @FXML private VBox identityCenterPane;
    @FXML private VBox accessKeysPane;
    @FXML private ProgressIndicator profilesLoading;
    @FXML private Button refreshProfiles;
    @FXML private TableView<AwsProfile> profileTable;
    @FXML private TableColumn<AwsProfile, String> profileName;
    @FXML private TableColumn<AwsProfile, String> profileKind;
    @FXML private TableColumn<AwsProfile, String> profileRegion;
    @FXML private Label profileSummary;
    @FXML private Label profileNotice;
    @FXML private Label profileRegionLabel;
    @FXML private TextField profileRegionField;
    @FXML private Button checkProfile;
    @FXML private Label deviceNotice;
    @FXML private Label deviceIntro;
    @FXML private Label startUrlLabel;
    @FXML private TextField startUrl;
    @FXML private Label deviceRegionLabel;
    @FXML private TextField deviceRegion;
    @FXML private Button startDevice;
    @FXML private ProgressIndicator deviceStarting;
    @FXML private VBox portalForm;
    @FXML private VBox codeBox;
    @FXML private Label userCode;
    @FXML private Button openBrowser;
    @FXML private Label verificationUrl;
    @FXML private Label waitingText;
    @FXML private Button cancelDevice;
    @FXML private VBox roleBox;
    @FXML private Label signedInAt;
    @FXML private Button signInAgain;
    @FXML private ProgressIndicator listing;
    @FXML private Label accountListLabel;
    @FXML private ListView<PortalAccount> accountList;
    @FXML private Label roleListLabel;
    @FXML private ListView<PortalRole> roleList;
    @FXML private Button useRole;
    @FXML private Label accessKeyIdLabel;
    @FXML private TextField accessKeyId;
    @FXML private Label secretLabel;
    @FXML private PasswordField secretAccessKey;
    @FXML private Label tokenLabel;
    @FXML private PasswordField sessionToken;
    @FXML private Label keysRegionLabel;
    @FXML private TextField keysRegion;
    @FXML private Button checkKeys;
    @FXML private TextField endpointUrl;
    @FXML private ErrorPane error;
    @FXML private Node checkingRow;
    @FXML private Label resultHint;
    @FXML private VBox results;
    @FXML private Label verdict;
    @FXML private ChecklistPane checklist;

    public SignInView(SignInViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        headline.setText(SignInSide.HEADLINE);
        where.setText(model.side().where());
        bindTabs();
        bindProfiles();
        bindDevice();
        bindKeys();
        endpointUrl.textProperty().bindBidirectional(model.endpointUrlProperty());
        error.errorProperty().bind(model.errorProperty());
        showWhile(checkingRow, model.checkingProperty());
        verdict.textProperty().bind(model.verdictProperty());
        showWhile(results, model.verdictProperty().isNotEmpty());
        showWhile(resultHint, model.verdictProperty().isEmpty().and(model.checkingProperty().not()));
        model.results().verdictStatusProperty().addListener((obs, was, now) -> markVerdict(now));
        markVerdict(model.results().verdictStatusProperty().get());
        checklist.show(model.checklist());
    }

    /** The three ways to sign in, as a row of toggles (tabs) over the pane of the chosen one. */
    private void bindTabs() {
        Map<SignInMethod, ToggleButton> tabs = Map.of(SignInMethod.PROFILE, profileTab,
                SignInMethod.IDENTITY_CENTER, identityCenterTab, SignInMethod.ACCESS_KEYS, accessKeysTab);
        Map<SignInMethod, VBox> panes = Map.of(SignInMethod.PROFILE, profilePane,
                SignInMethod.IDENTITY_CENTER, identityCenterPane, SignInMethod.ACCESS_KEYS, accessKeysPane);
        var group = new ToggleGroup();
        tabs.forEach((method, tab) -> {
            tab.setText(method.label());
            tab.setTooltip(new Tooltip(method.description()));
            tab.setToggleGroup(group);
            tab.setOnAction(event -> {
                // A tab stays chosen when clicked again: one of the three is always shown.
                tab.setSelected(true);
                model.methodProperty().set(method);
            });
            showWhile(panes.get(method), model.methodProperty().isEqualTo(method));
        });
        tabs.get(model.methodProperty().get()).setSelected(true);
        model.methodProperty().addListener((obs, was, now) -> tabs.get(now).setSelected(true));
    }

    private void bindProfiles() {
        ProfileSignInForm form = model.profile();
        column(profileName, AwsProfile::name);
        column(profileKind, p -> p.kind().label());
        column(profileRegion, p -> p.region() == null ? "—" : p.region());
        profileSummary.textProperty().bind(form.selectedProperty().map(p -> p.name() + ": " + p.summary()));
        showWhile(profileSummary, form.selectedProperty().isNotNull());
        profileTable.setItems(form.profiles());
        profileTable.setPlaceholder(new Label("No profiles to show."));
        profileTable.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> form.selectedProperty().set(now));
        form.selectedProperty().addListener((obs, was, now) -> {
            if (profileTable.getSelectionModel().getSelectedItem() != now) {
                profileTable.getSelectionModel().select(now);
            }
        });
        showWhile(profilesLoading, form.loadingProperty());
        refreshProfiles.setOnAction(event -> form.refresh());
        refreshProfiles.disableProperty().bind(form.loadingProperty());
        profileNotice.textProperty().bind(form.noticeProperty());
        showWhile(profileNotice, form.noticeProperty().isNotEmpty());
        profileRegionLabel.setLabelFor(profileRegionField);
        profileRegionField.textProperty().bindBidirectional(form.regionProperty());
        profileRegionField.setOnAction(event -> form.check());
        checkProfile.setOnAction(event -> form.check());
        checkProfile.disableProperty().bind(model.checkingProperty().or(form.selectedProperty().isNull()));
        profileTable.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && form.selectedProperty().get() != null) {
                form.check();
            }
        });
    }

    private void bindDevice() {
        DeviceSignInForm form = model.device();
        var phase = form.phaseProperty();
        BooleanBinding busy = phase.isEqualTo(DeviceSignInForm.Phase.STARTING).or(phase.isEqualTo(DeviceSignInForm.Phase.WAITING));
        deviceNotice.textProperty().bind(form.noticeProperty());
        showWhile(deviceNotice, form.noticeProperty().isNotEmpty());
        startUrlLabel.setLabelFor(startUrl);
        deviceRegionLabel.setLabelFor(deviceRegion);
        startUrl.textProperty().bindBidirectional(form.startUrlProperty());
        deviceRegion.textProperty().bindBidirectional(form.regionProperty());
        startUrl.disableProperty().bind(busy);
        deviceRegion.disableProperty().bind(busy);
        startUrl.setOnAction(event -> form.start());
        deviceRegion.setOnAction(event -> form.start());
        startDevice.setOnAction(event -> form.start());
        startDevice.disableProperty().bind(busy.or(model.checkingProperty()));
        showWhile(deviceStarting, phase.isEqualTo(DeviceSignInForm.Phase.STARTING));
        showWhile(portalForm, phase.isEqualTo(DeviceSignInForm.Phase.IDLE).or(phase.isEqualTo(DeviceSignInForm.Phase.STARTING)));
        showWhile(deviceIntro, portalForm.visibleProperty().and(form.noticeProperty().isEmpty()));
        signedInAt.textProperty().bind(form.signedInAtProperty().map(SignInView::signedInText));
        signInAgain.setOnAction(event -> form.signInAgain());
        showWhile(codeBox, phase.isEqualTo(DeviceSignInForm.Phase.WAITING));
        userCode.textProperty().bind(form.codeProperty().map(DeviceCode::userCode));
        verificationUrl.textProperty().bind(form.codeProperty().map(code -> "Or go to " + code.verificationUri()
                + " and enter the code there."));
        waitingText.textProperty().bind(form.codeProperty().map(code -> "Waiting for you to approve… The code works for "
                + Math.max(1, code.expiresIn().toMinutes()) + " minutes."));
        openBrowser.setOnAction(event -> form.openBrowser());
        cancelDevice.setOnAction(event -> form.cancel());
        cancelDevice.disableProperty().bind(busy.not());
        showWhile(roleBox, phase.isEqualTo(DeviceSignInForm.Phase.SIGNED_IN));
        showWhile(listing, form.choice().listingProperty());
        accountListLabel.setLabelFor(accountList);
        roleListLabel.setLabelFor(roleList);
        accountList.setItems(form.choice().accounts());
        accountList.setCellFactory(list -> cell(a -> a.accountId() + (a.accountName() == null ? "" : "  ·  " + a.accountName())));
        accountList.setPlaceholder(new Label("No accounts yet."));
        select(accountList, form.choice().accountProperty());
        roleList.setItems(form.choice().roles());
        roleList.setCellFactory(list -> cell(PortalRole::roleName));
        roleList.setPlaceholder(new Label("Choose an account."));
        select(roleList, form.choice().roleProperty());
        roleList.setOnMouseClicked(event -> {
            if (event.getClickCount() == 2 && form.choice().roleProperty().get() != null) {
                form.useRole();
            }
        });
        useRole.setOnAction(event -> form.useRole());
        useRole.disableProperty().bind(form.choice().roleProperty().isNull().or(model.checkingProperty()));
    }

    private void bindKeys() {
        AccessKeysForm form = model.keys();
        accessKeyIdLabel.setLabelFor(accessKeyId);
        secretLabel.setLabelFor(secretAccessKey);
        tokenLabel.setLabelFor(sessionToken);
        keysRegionLabel.setLabelFor(keysRegion);
        accessKeyId.textProperty().bindBidirectional(form.accessKeyIdProperty());
        secretAccessKey.textProperty().bindBidirectional(form.secretAccessKeyProperty());
        sessionToken.textProperty().bindBidirectional(form.sessionTokenProperty());
        keysRegion.textProperty().bindBidirectional(form.regionProperty());
        for (TextField field : new TextField[] {accessKeyId, secretAccessKey, sessionToken, keysRegion}) {
            field.setOnAction(event -> model.checkAccessKeys());
        }
        checkKeys.setOnAction(event -> model.checkAccessKeys());
        checkKeys.disableProperty().bind(model.checkingProperty());
    }

    /** "✓ Signed in at d-1234567890.awsapps.com": the portal's host is enough to recognise it. */
    private static String signedInText(String startUrl) {
        if (startUrl == null || startUrl.isEmpty()) {
            return "";
        }
        String host = java.net.URI.create(startUrl).getHost();
        return "✓ Signed in at " + (host == null ? startUrl : host);
    }

    private void markVerdict(CheckStatus status) {
        verdict.getStyleClass().removeAll("verdict-ok", "verdict-warning", "verdict-problem");
        if (status != null) {
            verdict.getStyleClass().add("verdict-" + status.name().toLowerCase(java.util.Locale.ROOT));
        }
    }

    private static <T> void select(ListView<T> list, javafx.beans.property.ObjectProperty<T> chosen) {
        list.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> chosen.set(now));
        chosen.addListener((obs, was, now) -> {
            if (list.getSelectionModel().getSelectedItem() != now) {
                list.getSelectionModel().select(now);
            }
        });
    }

    private static <T> ListCell<T> cell(Function<T, String> text) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        };
    }

    private static <S> void column(TableColumn<S, String> column, Function<S, String> value) {
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
    }

    private static void showWhile(Node node, ObservableValue<Boolean> condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(node.visibleProperty());
    }
}
