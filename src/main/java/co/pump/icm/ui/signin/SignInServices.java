package co.pump.icm.ui.signin;

import java.net.URI;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

import co.pump.icm.aws.AwsTarget;
import co.pump.icm.aws.signin.DeviceLogin;
import co.pump.icm.aws.signin.Identity;
import co.pump.icm.aws.signin.PortalLocation;
import co.pump.icm.aws.signin.ProfileSignIn;
import co.pump.icm.aws.signin.WhoAmI;

/**
 * What the sign-in steps call outside the app, in one place so that tests can replace a part
 * (AWS files of their own, a browser that records what it was asked to open). Every function
 * but {@link #browser()} blocks on the network or the disk: the steps call them off the FX thread.
 *
 * @param profiles     reads the AWS config and credentials files afresh (each "Refresh")
 * @param deviceLogins starts an IAM Identity Center sign-in at a location
 * @param whoAmI       the who-am-I checks of a signed-in target
 * @param accountNames the name of the signed-in account, or null when it cannot be read
 * @param browser      opens a web page, best effort
 */
public record SignInServices(Supplier<ProfileSignIn> profiles, Function<PortalLocation, DeviceLogin> deviceLogins,
                             Function<AwsTarget, Identity> whoAmI, AccountNames accountNames, WebBrowser browser) {

    public SignInServices {
        Objects.requireNonNull(profiles, "profiles");
        Objects.requireNonNull(deviceLogins, "deviceLogins");
        Objects.requireNonNull(whoAmI, "whoAmI");
        Objects.requireNonNull(accountNames, "accountNames");
        Objects.requireNonNull(browser, "browser");
    }

    /** This computer's AWS files and token cache, AWS itself (or the endpoint chosen), the system's browser. */
    public static SignInServices defaults() {
        return new SignInServices(ProfileSignIn::defaults, DeviceLogin::new, target -> new WhoAmI().check(target),
                new OrganizationAccountNames(), new SystemBrowser());
    }

    /** The same services with the profiles read by the given sign-in (e.g. from temporary files). */
    public SignInServices withProfiles(Supplier<ProfileSignIn> value) {
        return new SignInServices(value, deviceLogins, whoAmI, accountNames, browser);
    }

    /** The same services with another browser. */
    public SignInServices withBrowser(WebBrowser value) {
        return new SignInServices(profiles, deviceLogins, whoAmI, accountNames, value);
    }

    /** The same services with other who-am-I checks. */
    public SignInServices withWhoAmI(Function<AwsTarget, Identity> value) {
        return new SignInServices(profiles, deviceLogins, value, accountNames, browser);
    }

    /** Looks up the name of the signed-in account. */
    @FunctionalInterface
    public interface AccountNames {
        /** The account's name, or null when it cannot be read (not allowed, not in an organization). */
        String nameOf(AwsTarget target, String accountId);
    }

    /** Opens a page in the user's web browser. */
    @FunctionalInterface
    public interface WebBrowser {
        /** Opens the page; throws when there is no browser to open it with. May block briefly. */
        void open(URI page) throws Exception;
    }
}
