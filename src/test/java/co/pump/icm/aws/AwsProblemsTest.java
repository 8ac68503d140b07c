package co.pump.icm.aws;

import static co.pump.icm.aws.AwsCallRunnerTest.awsError;
import static org.assertj.core.api.Assertions.assertThat;

import co.pump.icm.model.MigratorException;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkClientException;

class AwsProblemsTest {

    @Test
    void accessDeniedNamesTheMissingAction() {
        var problem = AwsProblems.explain(awsError(400, "AccessDeniedException", "User: arn:aws:sts::1:assumed-role/x/y is not authorized"),
                ApiFamily.SSO_ADMIN, "ListPermissionSets", "instance ssoins-1");
        assertThat(problem.kind()).isEqualTo(MigratorException.Kind.AWS_ACCESS);
        assertThat(problem).hasMessage("AWS denied sso:ListPermissionSets on instance ssoins-1. Add "
                + "sso:ListPermissionSets to the policy of the identity you signed in with (docs/permissions.md "
                + "lists what the migrator needs).");
    }

    @Test
    void expiredCredentialsSayToSignInAgain() {
        var problem = AwsProblems.explain(awsError(400, "ExpiredTokenException", "The security token included in the request is expired"),
                ApiFamily.IDENTITY_STORE, "ListUsers", "x");
        assertThat(problem).hasMessageStartingWith("Your AWS session has expired. Sign in again");
    }

    @Test
    void unknownKeysSayToCheckThem() {
        var problem = AwsProblems.explain(awsError(400, "UnrecognizedClientException", "The security token included in the request is invalid."),
                ApiFamily.IDENTITY_STORE, "ListUsers", "x");
        assertThat(problem).hasMessage("AWS did not accept the credentials (UnrecognizedClientException). "
                + "Check the access key ID and secret access key, or choose another profile.");
    }

    @Test
    void clockSkewSaysToFixTheClock() {
        var problem = AwsProblems.explain(awsError(403, "RequestTimeTooSkewed", "skewed"), ApiFamily.STS,
                "GetCallerIdentity", "x");
        assertThat(problem).hasMessage("AWS rejected the request because this computer's clock is wrong. "
                + "Set the clock to the correct time and retry.");
    }

    @Test
    void missingCredentialsAndRegionAreExplained() {
        assertThat(AwsProblems.explain(SdkClientException.create("Unable to load credentials from any of the providers"),
                ApiFamily.STS, "GetCallerIdentity", "x"))
                .hasMessage("No AWS credentials were found. Choose a profile with --profile, set AWS_PROFILE, "
                        + "or sign in first (aws sso login --profile NAME).");
        assertThat(AwsProblems.explain(SdkClientException.create("Unable to load region from any of the providers"),
                ApiFamily.STS, "GetCallerIdentity", "x"))
                .hasMessage("No AWS region is set. Pass --region, or set a region in the profile.");
    }

    @Test
    void noRawSdkTextReachesTheSentence() {
        var empty = AwsCallRunnerTest.awsError(404, null, null);
        assertThat(AwsProblems.describe(empty)).isEqualTo("AWS answered (HTTP 404)");
        assertThat(AwsProblems.plain("Unable to execute HTTP request: Connection reset (SDK Attempt Count: 1)"))
                .isEqualTo("Unable to execute HTTP request: Connection reset");
        assertThat(AwsProblems.plain("null")).isEqualTo("no reason given");
    }
}
