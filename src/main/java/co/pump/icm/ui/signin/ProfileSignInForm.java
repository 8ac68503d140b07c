package co.pump.icm.ui.signin;

import java.net.URI;
import java.util.List;

import co.pump.icm.aws.signin.AwsProfile;
import co.pump.icm.aws.signin.ProfileResolution;
import co.pump.icm.aws.signin.ProfileSignIn;
import co.pump.icm.ui.errors.UserError;
import co.pump.icm.ui.tasks.BackgroundTask;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The "AWS profile" tab: the profiles of the AWS config and credentials files with their kind
 * and region, read in the background (and again on "Refresh"), a region pre-filled from the chosen
 * profile, and "Check". An IAM Identity Center profile whose sign-in is missing or expired leads
 * to the in-app sign-in with its start URL filled in.
 */
public final class ProfileSignInForm {

    private final SignInViewModel step;
    private final ObservableList<AwsProfile> profiles = FXCollections.observableArrayList();
    private final ObjectProperty<AwsProfile> selected = new SimpleObjectProperty<>(this, "selected");
    private final StringProperty region = new SimpleStringProperty(this, "region", "");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private ProfileSignIn signIn;
    private boolean loaded;

    ProfileSignInForm(SignInViewModel step) {
        this.step = step;
        selected.addListener((obs, was, now) -> {
            if (now != null) {
                region.set(now.region() == null ? "" : now.region());
            }
        });
    }

    /** The profiles, {@code default} first, then by name. */
    public ObservableList<AwsProfile> profiles() {
        return profiles;
    }

    /** The profile chosen in the list, or null. */
    public ObjectProperty<AwsProfile> selectedProperty() {
        return selected;
    }

    /** The region to sign in to; set from the profile when one is chosen, and editable. */
    public StringProperty regionProperty() {
        return region;
    }

    /** True while the AWS files are being read. */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** A sentence about the list (e.g. that there are no profiles), or empty. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** Reads the profiles the first time the tab is needed. */
    void loadOnce() {
        if (!loaded) {
            refresh();
        }
    }

    /** Reads the AWS config and credentials files again, keeping the chosen profile when it is still there. */
    public void refresh() {
        if (loading.get()) {
            return;
        }
        loaded = true;
        loading.set(true);
        String keep = selected.get() == null ? null : selected.get().name();
        BackgroundTask.of("Reading the AWS profiles", progress -> {
                    ProfileSignIn read = step.services().profiles().get();
                    return new Loaded(read, read.profiles().list());
                })
                .onSuccess(result -> {
                    signIn = result.signIn();
                    profiles.setAll(result.profiles());
                    notice.set(result.profiles().isEmpty() ? "No AWS profiles were found on this computer "
                            + "(~/.aws/config and ~/.aws/credentials, or AWS_CONFIG_FILE). Use the IAM Identity Center "
                            + "sign-in or access keys instead." : "");
                    selected.set(result.profiles().stream().filter(p -> p.name().equals(keep)).findFirst().orElse(null));
                })
                .onFailure(error -> {
                    profiles.clear();
                    notice.set("");
                    step.showError(UserError.of(error, "The AWS profiles could not be read."));
                })
                .onFinished(() -> loading.set(false))
                .executeWith(step.tasks());
    }

    /** Signs in with the chosen profile, then runs the checks. */
    public void check() {
        AwsProfile profile = selected.get();
        if (profile == null || signIn == null) {
            step.showError(UserError.of("Choose a profile in the list first."));
            return;
        }
        String regionName;
        URI endpoint;
        try {
            regionName = Regions.orNull(region.get());
            endpoint = step.endpoint();
        } catch (RuntimeException e) {
            step.showError(UserError.of(e, "The profile could not be used."));
            return;
        }
        ProfileSignIn using = signIn;
        step.check("Signing in with the profile " + profile.name(), progress -> {
            ProfileResolution resolution = using.resolve(profile.name(), regionName, endpoint);
            if (resolution instanceof ProfileResolution.LoginNeeded needed) {
                return new Candidate.LoginFirst(needed, regionName);
            }
            var ready = (ProfileResolution.Ready) resolution;
            return new Candidate.Ready(SignInMethod.PROFILE, "the profile '" + profile.name() + "'", ready.target(),
                    null, null);
        });
    }

    private record Loaded(ProfileSignIn signIn, List<AwsProfile> profiles) {
    }
}
