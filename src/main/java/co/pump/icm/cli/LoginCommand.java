package co.pump.icm.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;

import co.pump.icm.aws.ApiFamily;
import co.pump.icm.aws.AwsCallRunner;
import co.pump.icm.aws.AwsClients;
import co.pump.icm.aws.AwsProblems;
import co.pump.icm.aws.RateSettings;
import co.pump.icm.aws.signin.DeviceCode;
import co.pump.icm.aws.signin.DeviceLogin;
import co.pump.icm.aws.signin.PortalLocation;
import co.pump.icm.aws.signin.PortalRole;
import co.pump.icm.aws.signin.PortalRoleCredentials;
import co.pump.icm.aws.signin.PortalSession;
import co.pump.icm.model.MigratorException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * {@code icm login}: signs in to IAM Identity Center in the terminal with a device code, without
 * the AWS CLI, and lists the accounts and roles the user may take, or says which identity the
 * chosen one is. Keeps nothing: the token and the credentials stay in memory and end with the
 * command; nothing secret is printed.
 */
@Command(name = "login",
        mixinStandardHelpOptions = true,
        description = {
                "Signs in to IAM Identity Center with a code you approve in a browser, and lists the accounts and",
                "roles you may use; with --account and --role, says which identity that role signs in as.",
                "Nothing is saved and no secret is printed. Ctrl-C cancels.",
                "Exit codes: 0 signed in, 2 bad input, 3 sign-in refused, expired or denied, 130 cancelled."})
public final class LoginCommand implements Callable<Integer> {

    static final int CANCELLED = 130;

    @Spec
    CommandSpec spec;

    @Option(names = "--start-url", required = true, paramLabel = "URL",
            description = "Your AWS access portal URL, e.g. https://d-1234567890.awsapps.com/start.")
    String startUrl;

    @Option(names = "--region", required = true, paramLabel = "REGION",
            description = "The region of the IAM Identity Center instance, e.g. eu-west-1.")
    String region;

    @Option(names = "--endpoint-url", paramLabel = "URL",
            description = "Send the sign-in requests to this endpoint instead of AWS (e.g. the sandbox).")
    String endpointUrl;

    @Option(names = "--account", paramLabel = "ID", description = "The account to sign in to (with --role).")
    String account;

    @Option(names = "--role", paramLabel = "NAME", description = "The role (permission set) to take (with --account).")
    String role;

    @Override
    public Integer call() {
        if ((account == null) != (role == null)) {
            throw MigratorException.badInput("Give both --account and --role, or neither (to list the choices).");
        }
        var location = new PortalLocation(startUrl, region, endpoint());
        PrintWriter out = spec.commandLine().getOut();
        var login = new DeviceLogin(location);
        // Ctrl-C ends the JVM; cancelling first ends the wait cleanly and says so.
        Thread onInterrupt = new Thread(login::cancel, "icm-login-cancel");
        Runtime.getRuntime().addShutdownHook(onInterrupt);
        try (PortalSession session = login.signIn(code -> showCode(out, code))) {
            out.println("Signed in to IAM Identity Center until " + session.expiresAt() + ".");
            if (account == null) {
                listChoices(out, session.allRoles());
            } else {
                showIdentity(out, session.credentials(account, role));
            }
            out.flush();
            return ExitCodes.OK;
        } catch (CancellationException e) {
            spec.commandLine().getErr().println("icm: The sign-in was cancelled.");
            return CANCELLED;
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(onInterrupt);
            } catch (IllegalStateException shuttingDown) {
                // The JVM is already exiting (Ctrl-C): the hook has run.
            }
        }
    }

    private static void showCode(PrintWriter out, DeviceCode code) {
        out.println("To sign in, open this page in a browser and approve the code " + code.userCode() + ":");
        out.println("  " + code.verificationUriComplete());
        out.println("Waiting for the approval (the code expires in " + Math.max(1, code.expiresIn().toMinutes())
                + " minutes; Ctrl-C cancels)...");
        out.flush();
    }

    private static void listChoices(PrintWriter out, List<PortalRole> roles) {
        if (roles.isEmpty()) {
            out.println("No account or role is assigned to you in IAM Identity Center.");
            return;
        }
        out.println("You may use these accounts and roles:");
        for (PortalRole r : roles) {
            out.printf("  %s  %-28s %s%n", r.accountId(), r.accountName() == null ? "" : r.accountName(), r.roleName());
        }
        out.println("Choose one with --account ID --role NAME.");
    }

    private void showIdentity(PrintWriter out, PortalRoleCredentials credentials) {
        var runner = new AwsCallRunner(RateSettings.AWS_DEFAULTS);
        try (var clients = AwsClients.open(credentials.target(region), 2)) {
            var caller = runner.call(ApiFamily.STS, "GetCallerIdentity", "the signed-in identity",
                    () -> clients.sts().getCallerIdentity());
            out.println("Role " + credentials.roleName() + " in account " + credentials.accountId() + " signs in as "
                    + caller.arn() + " (its credentials last until " + credentials.expiration() + ").");
        } catch (SdkException e) {
            throw AwsProblems.explain(e, ApiFamily.STS, "GetCallerIdentity", "the signed-in identity");
        }
    }

    private URI endpoint() {
        if (endpointUrl == null) {
            return null;
        }
        try {
            URI uri = URI.create(endpointUrl);
            if (uri.getScheme() == null || uri.getHost() == null) {
                throw new IllegalArgumentException();
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw MigratorException.badInput("--endpoint-url '" + endpointUrl + "' is not a URL such as https://host:port.");
        }
    }
}
