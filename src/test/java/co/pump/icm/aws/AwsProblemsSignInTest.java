package co.pump.icm.aws;

import static co.pump.icm.aws.AwsCallRunnerTest.awsError;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.UnknownHostException;

import co.pump.icm.aws.signin.WhoAmI;
import co.pump.icm.model.MigratorException;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;

/** The sentences of the sign-in's problems: clock skew, an unknown region, the access portal's refusals. */
class AwsProblemsSignInTest {

    private static final String CLOCK = "AWS rejected the request because this computer's clock is wrong. "
            + "Set the clock to the correct time and retry.";

    @Test
    void aSignatureThatExpiredMeansTheClockIsWrong() {
        // What SigV4 services answer to a clock more than 15 minutes off.
        var json = awsError(400, "InvalidSignatureException", "Signature expired: 20250101T000000Z is now earlier "
                + "than 20250101T001500Z (20250101T003000Z - 15 min.)");
        var query = awsError(403, "SignatureDoesNotMatch", "Signature expired: 20250101T000000Z is now earlier than "
                + "20250101T001500Z (20250101T003000Z - 15 min.)");
        var future = awsError(400, "InvalidSignatureException", "Signature not yet current: 20250101T010000Z is still "
                + "later than 20250101T004500Z (20250101T003000Z + 15 min.)");
        for (var e : java.util.List.of(json, query, future)) {
            assertThat(AwsProblems.isClockSkew(e)).isTrue();
            assertThat(AwsProblems.explain(e, ApiFamily.STS, "GetCallerIdentity", "the signed-in identity"))
                    .hasMessage(CLOCK);
        }
        // A bad signature for another reason stays a credentials problem.
        var wrongSecret = awsError(403, "SignatureDoesNotMatch", "The request signature we calculated does not match");
        assertThat(AwsProblems.isClockSkew(wrongSecret)).isFalse();
        assertThat(AwsProblems.explain(wrongSecret, ApiFamily.STS, "GetCallerIdentity", "x")).hasMessage("AWS did not "
                + "accept the credentials (SignatureDoesNotMatch). Check the access key ID and secret access key, or "
                + "choose another profile.");
    }

    @Test
    void anUnknownHostNamesTheRegionToCheck() {
        var e = SdkClientException.builder().message("Unable to execute HTTP request: sso.eu-wst-1.amazonaws.com")
                .cause(new UnknownHostException("sso.eu-wst-1.amazonaws.com")).build();
        MigratorException problem = AwsProblems.explain(e, ApiFamily.SSO_ADMIN, "ListInstances", "region eu-wst-1");
        assertThat(problem.kind()).isEqualTo(MigratorException.Kind.AWS_ACCESS);
        assertThat(problem).hasMessage("Could not reach AWS at sso.eu-wst-1.amazonaws.com for sso:ListInstances. "
                + "Check that the region is a real AWS region (for example eu-west-1) and that this computer is online.");
    }

    @Test
    void aWrongRegionNameGivesTheSameSentenceInWhoAmI() {
        // An endpoint that cannot resolve, as AWS's host of a region that does not exist cannot
        // (.invalid never resolves, RFC 2606). No retries: it would not resolve the next time either.
        var target = AwsTarget.withCredentials(StaticCredentialsProvider.create(AwsBasicCredentials.create(
                "AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")), "us-east-1",
                java.net.URI.create("https://sts.xx-nowhere-9.invalid"));
        var identity = new WhoAmI().check(target);
        assertThat(identity.signedIn()).isFalse();
        assertThat(identity.problems().get(0).message()).startsWith("Could not reach AWS at ")
                .contains("sts.xx-nowhere-9.invalid").endsWith("Check that the region is a real AWS region (for example eu-west-1) "
                        + "and that this computer is online.");
    }

    @Test
    void thePortalsRefusalsSayWhatToDo() {
        assertThat(AwsProblems.explain(awsError(401, "UnauthorizedException", "Session token not found or invalid"),
                ApiFamily.SSO_PORTAL, "ListAccounts", "the accounts of the access portal"))
                .hasMessage("Your IAM Identity Center sign-in has expired or was signed out. Sign in again.");
        assertThat(AwsProblems.explain(awsError(403, "ForbiddenException", "No access"), ApiFamily.SSO_PORTAL,
                "GetRoleCredentials", "role Admin in account 111111111111"))
                .hasMessage("IAM Identity Center gives you no access to role Admin in account 111111111111. Choose one "
                        + "of the accounts and roles the access portal lists for you.");
    }
}
