package co.pump.icm.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import co.pump.icm.aws.signin.Identity;
import co.pump.icm.aws.signin.WhoAmI;
import co.pump.icm.snapshot.SnapshotJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code icm whoami}: who the AWS options sign in as, and what that identity can do for a migration. */
@Command(name = "whoami",
        mixinStandardHelpOptions = true,
        description = {
                "Checks who you are signed in as: the account and identity, its organization, the IAM Identity",
                "Center instance it administers and in which Regions (all regions are searched when none is given;",
                "a multi-Region instance is worked with in its primary Region), the customer managed KMS key that",
                "encrypts it if there is one, and whether its users and groups are visible. Only reads.",
                "Exit codes: 0 all checks passed, 2 bad input, 3 a credential, permission or region problem."})
public final class WhoAmICommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    AwsOptions aws;

    @Option(names = "--json", description = "Print the checks as a JSON object.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        Identity identity = new WhoAmI().check(SignedInTarget.of(aws));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(SnapshotJson.prettyWriter().writeValueAsString(IdentityText.json(identity)));
        } else {
            IdentityText.print(out, identity);
        }
        out.flush();
        return identity.ok() ? ExitCodes.OK : ExitCodes.AWS_ACCESS;
    }
}
