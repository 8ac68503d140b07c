package co.pump.icm.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;

import co.pump.icm.aws.signin.PortalLocation;
import co.pump.icm.model.Face;
import co.pump.icm.model.SourceInfo;
import co.pump.icm.plan.IdentitySource;
import co.pump.icm.plan.Plan;
import co.pump.icm.verify.AccessTest;
import co.pump.icm.verify.AccessTestJson;
import co.pump.icm.verify.AccessTestResult;
import co.pump.icm.verify.DriftCheck;
import co.pump.icm.verify.DriftItem;
import co.pump.icm.verify.ExpectedAccess;
import co.pump.icm.verify.ExpectedRole;
import co.pump.icm.verify.IdentityProviderChecklist;
import co.pump.icm.verify.PortalUrl;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code icm test-access}: signs in to the new access portal as a test user and compares the
 * accounts and roles the user sees with what the snapshot gives them.
 */
@Command(name = "test-access",
        mixinStandardHelpOptions = true,
        description = {
                "Signs in to the new AWS access portal as a test user (device code: open the page, approve), lists the",
                "accounts and roles the user sees, and compares them with what the snapshot gives that user (directly",
                "and through groups, after the account map and what the import skips). The target is read with the AWS",
                "options first, under the same import options as plan, apply and verify.",
                "Exit codes: 0 everything expected is there and nothing else, 1 something is missing or unexpected,",
                "2 bad input, 3 AWS access problem or the sign-in failed."})
public final class TestAccessCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    AwsOptions aws;

    @Mixin
    ImportOptions options;

    @Option(names = "--user", required = true, paramLabel = "NAME",
            description = "The user you sign in as, by user name in the snapshot (the portal does not say who signed in).")
    String user;

    @Option(names = "--start-url", paramLabel = "URL",
            description = "The new access portal URL, if it has a custom subdomain (default: "
                    + "https://<identity store ID>.awsapps.com/start).")
    String startUrl;

    @Option(names = "--out", paramLabel = "FILE", description = "Save the result as JSON, for icm report --access-test.")
    Path out;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (var planning = new TargetPlanning(aws, options, err)) {
            Plan plan = planning.plan();
            DriftCheck check = DriftCheck.of(plan, Instant.now());
            SourceInfo target = plan.target().source();
            String portal = startUrl != null ? PortalUrl.parse(startUrl) : PortalUrl.of(target.identityStoreId());
            List<String> leftAlone = check.leftAlone().stream().map(DriftItem::id).toList();
            List<ExpectedRole> expected = ExpectedAccess.of(planning.snapshot().config(), user,
                    plan.options(), leftAlone);
            if (plan.options().identitySource() == IdentitySource.MATCH) {
                IdentityProviderChecklist checklist = IdentityProviderChecklist.of(Face.COMMAND_LINE, target, portal, check);
                AccessTestText.checklist(stdout, checklist);
                if (checklist.usersNotProvisioned().stream().anyMatch(u -> u.equalsIgnoreCase(user.trim()))) {
                    stdout.println("✗ " + user.trim() + " has not been provisioned by your identity provider yet, so "
                            + "they cannot sign in. Test again once provisioning has run.");
                    stdout.flush();
                    return ExitCodes.DIFFERENCES;
                }
            }
            var location = new PortalLocation(portal, target.region(), planning.endpoint());
            AccessTestResult result = new AccessTest(location).run(user.trim(), expected,
                    code -> AccessTestText.code(stdout, user.trim(), code));
            AccessTestText.table(stdout, result);
            if (out != null) {
                AccessTestJson.write(result, out);
                stdout.println("Saved to " + out + ".");
                stdout.flush();
            }
            return result.passed() ? ExitCodes.OK : ExitCodes.DIFFERENCES;
        }
    }
}
